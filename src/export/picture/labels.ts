// Labels that do not overlap: nodes in order of importance try a few places
// around themselves (right, left, above, below); a place is taken when its
// box stays inside the frame and touches no label placed before, no other
// node and no reserved area (the legend, the title). The most important
// labels, when crowded by their own neighbours, may cover a node but never
// another label. A label with no free place is left out. A grid of cells
// keeps the look-ups local.

export interface Box { x0: number; y0: number; x1: number; y1: number }
export interface LabelRequest { key: string; text: string; x: number; y: number; r: number; fontSize: number; width: number }
export interface PlacedLabel { key: string; text: string; x: number; y: number; fontSize: number; anchor: 'start' | 'middle' | 'end'; box: Box }

const GAP = 3;
const CELL = 64;

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

class BoxGrid {
  private readonly cells = new Map<string, Array<{ box: Box; owner?: string; isNode: boolean }>>();
  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x0 / CELL); i <= Math.floor(b.x1 / CELL); i++) for (let j = Math.floor(b.y0 / CELL); j <= Math.floor(b.y1 / CELL); j++) out.push(`${i},${j}`);
    return out;
  }
  add(box: Box, owner?: string, isNode = false): void {
    const entry = { box, owner, isNode };
    for (const k of this.keys(box)) { const c = this.cells.get(k); if (c) c.push(entry); else this.cells.set(k, [entry]); }
  }
  free(box: Box, owner: string, nodesToo: boolean): boolean {
    return this.keys(box).every((k) => (this.cells.get(k) ?? []).every((o) => o.owner === owner || (o.isNode && !nodesToo) || !overlaps(o.box, box)));
  }
}

/** Candidate places for one label, best first; `y` is the text baseline. */
function candidates(l: LabelRequest): Array<Omit<PlacedLabel, 'key' | 'text' | 'fontSize'>> {
  const h = l.fontSize, w = l.width, ascent = 0.88 * h, descent = 0.24 * h;
  const mid = l.y + 0.32 * h; // baseline that centres the text on the node
  const right = l.x + l.r + GAP, left = l.x - l.r - GAP;
  const above = l.y - l.r - GAP - descent, below = l.y + l.r + GAP + ascent;
  return [
    { x: right, y: mid, anchor: 'start', box: { x0: right, y0: mid - ascent, x1: right + w, y1: mid + descent } },
    { x: left, y: mid, anchor: 'end', box: { x0: left - w, y0: mid - ascent, x1: left, y1: mid + descent } },
    { x: l.x, y: above, anchor: 'middle', box: { x0: l.x - w / 2, y0: above - ascent, x1: l.x + w / 2, y1: above + descent } },
    { x: l.x, y: below, anchor: 'middle', box: { x0: l.x - w / 2, y0: below - ascent, x1: l.x + w / 2, y1: below + descent } },
  ];
}

/**
 * Places labels in the order given (most important first) inside `frame`,
 * avoiding `nodes` (circles as boxes), `reserved` areas and each other; the
 * first `important` may cover nodes when nothing else is free.
 */
export function placeLabels(requests: LabelRequest[], frame: Box, nodes: Array<{ key: string; x: number; y: number; r: number }>, reserved: Box[] = [], important?: number): PlacedLabel[] {
  const grid = new BoxGrid();
  for (const n of nodes) grid.add({ x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r }, n.key, true);
  for (const b of reserved) grid.add(b);
  const inside = (b: Box) => b.x0 >= frame.x0 && b.y0 >= frame.y0 && b.x1 <= frame.x1 && b.y1 <= frame.y1;
  const placed: PlacedLabel[] = [];
  requests.forEach((l, rank) => {
    const spots = candidates(l).filter((c) => inside(c.box));
    const spot = spots.find((c) => grid.free(c.box, l.key, true)) ?? (rank < (important ?? 0) ? spots.find((c) => grid.free(c.box, l.key, false)) : undefined);
    if (!spot) return;
    grid.add(spot.box);
    placed.push({ key: l.key, text: l.text, fontSize: l.fontSize, ...spot });
  });
  return placed;
}

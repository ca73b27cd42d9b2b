// A scene as SVG: edges with arrowheads, nodes, labels that do not overlap,
// a title and a legend. The same code draws the command line's pictures and
// the viewer's exports, so both look alike. Output depends only on the
// scene: the same scene gives the same bytes.
import { placeLabels, type Box } from './labels';
import { FONT_FAMILY, type Scene, type SceneNode } from './scene';
import { escapeXml, textWidth } from './text';

const MARGIN = 12;
const ARROW = 7;
const TITLE_SIZE = 1.6; // × fontSize
/** This many labels, the most important, are shown even if they must cover a node. */
const IMPORTANT_LABELS = 20;
const f1 = (v: number) => (Math.round(v * 10) / 10).toString();

export function drawSvg(scene: Scene): string {
  const { width, height } = scene;
  const byKey = new Map(scene.nodes.map((n) => [n.key, n]));
  const title = scene.title ? titleOf(scene) : undefined;
  const legend = legendOf(scene, title ? title.box.y1 : MARGIN);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(scene.background)}"/>`,
    '<g class="edges" stroke-linecap="round">',
    ...scene.edges.flatMap((e) => edge(byKey.get(e.source), byKey.get(e.target), e.color)),
    '</g>',
    '<g class="nodes" stroke="#ffffff" stroke-width="0.8">',
    ...scene.nodes.map((n) => `<circle cx="${f1(n.x)}" cy="${f1(n.y)}" r="${f1(n.r)}" fill="${escapeXml(n.color)}"/>`),
    '</g>',
    labels(scene, [legend.box, ...(title ? [title.box] : [])]),
    legend.svg,
    title?.svg ?? '',
    '</svg>',
  ];
  return `${parts.filter(Boolean).join('\n')}\n`;
}

/** A line from the source's rim to just before the target's rim, and a filled arrowhead there. */
function edge(a: SceneNode | undefined, b: SceneNode | undefined, color: string): string[] {
  if (!a || !b) return [];
  const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy);
  if (len <= a.r + b.r + ARROW) return [];
  const ux = dx / len, uy = dy / len;
  const sx = a.x + ux * a.r, sy = a.y + uy * a.r;
  const tipX = b.x - ux * b.r, tipY = b.y - uy * b.r;
  const baseX = tipX - ux * ARROW, baseY = tipY - uy * ARROW;
  const half = ARROW * 0.45;
  const head = [[tipX, tipY], [baseX - uy * half, baseY + ux * half], [baseX + uy * half, baseY - ux * half]].map(([x, y]) => `${f1(x)},${f1(y)}`).join(' ');
  const c = escapeXml(color);
  return [
    `<line x1="${f1(sx)}" y1="${f1(sy)}" x2="${f1(baseX)}" y2="${f1(baseY)}" stroke="${c}" stroke-width="1"/>`,
    `<polygon points="${head}" fill="${c}"/>`,
  ];
}

function labels(scene: Scene, reserved: Box[]): string {
  const maxPriority = scene.nodes.reduce((m, n) => Math.max(m, n.priority), 1);
  const ordered = [...scene.nodes].filter((n) => n.label).sort((a, b) => Number(!!b.forceLabel) - Number(!!a.forceLabel) || b.priority - a.priority || (a.key < b.key ? -1 : 1));
  const requests = ordered.map((n) => {
    const fontSize = Math.round(scene.fontSize * (0.7 + 0.3 * Math.sqrt(n.priority / maxPriority)) * 10) / 10;
    return { key: n.key, text: n.label, x: n.x, y: n.y, r: n.r, fontSize, width: textWidth(n.label, fontSize) };
  });
  const frame = { x0: 2, y0: 2, x1: scene.width - 2, y1: scene.height - 2 };
  const important = Math.max(ordered.filter((n) => n.forceLabel).length, IMPORTANT_LABELS);
  const placed = placeLabels(requests, frame, scene.nodes, reserved, important);
  // Each label twice: a white halo under it keeps it readable over edges.
  const text = (l: (typeof placed)[number], extra: string) => `<text x="${f1(l.x)}" y="${f1(l.y)}" font-size="${l.fontSize}" text-anchor="${l.anchor}"${extra}>${escapeXml(l.text)}</text>`;
  return [
    `<g class="label-halos" fill="${escapeXml(scene.background)}" stroke="${escapeXml(scene.background)}" stroke-width="3" stroke-linejoin="round">`,
    ...placed.map((l) => text(l, '')),
    '</g>',
    '<g class="labels" fill="#222222">',
    ...placed.map((l) => text(l, ` data-key="${escapeXml(l.key)}"`)),
    '</g>',
  ].join('\n');
}

function titleOf(scene: Scene): { svg: string; box: Box } {
  const size = scene.fontSize * TITLE_SIZE, w = textWidth(scene.title!, size);
  const y = MARGIN + size;
  return {
    svg: `<text class="title" x="${f1(scene.width / 2)}" y="${f1(y)}" font-size="${f1(size)}" font-weight="bold" text-anchor="middle" fill="#222222">${escapeXml(scene.title!)}</text>`,
    box: { x0: scene.width / 2 - w / 2, y0: MARGIN, x1: scene.width / 2 + w / 2, y1: y + size * 0.3 },
  };
}

/** The legend in the top left corner, under the title: a swatch and a name per colour. */
function legendOf(scene: Scene, top: number): { svg: string; box: Box } {
  if (!scene.legend.length) return { svg: '', box: { x0: 0, y0: 0, x1: 0, y1: 0 } };
  const size = scene.fontSize, line = size * 1.5, pad = size * 0.6;
  const w = pad * 2 + size * 1.4 + Math.max(...scene.legend.map((l) => textWidth(l.label, size)));
  const h = pad * 2 + line * scene.legend.length;
  const x = MARGIN, y = top + MARGIN;
  const rows = scene.legend.map((l, i) => {
    const cy = y + pad + line * i + line / 2;
    return `<circle cx="${f1(x + pad + size * 0.45)}" cy="${f1(cy)}" r="${f1(size * 0.45)}" fill="${escapeXml(l.color)}"/><text x="${f1(x + pad + size * 1.4)}" y="${f1(cy + size * 0.35)}" font-size="${size}" fill="#222222">${escapeXml(l.label)}</text>`;
  });
  return {
    svg: [`<g class="legend"><rect x="${f1(x)}" y="${f1(y)}" width="${f1(w)}" height="${f1(h)}" fill="${escapeXml(scene.background)}" fill-opacity="0.9" stroke="#cccccc"/>`, ...rows, '</g>'].join('\n'),
    box: { x0: x, y0: y, x1: x + w, y1: y + h },
  };
}

// Labels of a small picture (a query's answer, a neighbourhood, a path): up
// to SMALL_PICTURE nodes every label is drawn, each placed beside its node
// where it overlaps no other label (right, left, above, below: the placement
// the exported pictures use, src/export/picture/labels.ts). Larger pictures
// keep sigma's label grid, which drops labels to keep them apart.
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import { placeLabels, type PlacedLabel } from '../../src/export/picture/labels';
import { graph, renderer } from './view';

/** Up to this many visible nodes, every label is drawn. */
export const SMALL_PICTURE = 100;

let placed: Map<string, PlacedLabel> | undefined;
let measure: CanvasRenderingContext2D | undefined;

/** Whether the picture is small enough to label every node. */
export function labelsEveryNode(): boolean {
  return graph.order <= SMALL_PICTURE;
}

/** The labels drawn in the last frame of a small picture, with their boxes (for tests and the curious). */
export function placedLabels(): PlacedLabel[] {
  return [...(placed?.values() ?? [])];
}

/** Forgets the placement: the next frame places its labels again (the camera or the nodes may have moved). */
export function forgetPlacement(): void {
  placed = undefined;
}

/** Where each visible node's label goes in this frame, most important (largest) node first. */
function placement(settings: Settings): Map<string, PlacedLabel> {
  if (placed) return placed;
  measure ??= document.createElement('canvas').getContext('2d')!;
  measure.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const nodes = graph.filterNodes((n) => !renderer.getNodeDisplayData(n)?.hidden).map((key) => {
    const d = renderer.getNodeDisplayData(key)!;
    const { x, y } = renderer.framedGraphToViewport(d);
    return { key, x, y, r: renderer.scaleSize(d.size), text: d.label ?? '' };
  }).sort((a, b) => b.r - a.r);
  const requests = nodes.filter((n) => n.text).map((n) => ({ ...n, fontSize: settings.labelSize, width: measure!.measureText(n.text).width }));
  const { width, height } = renderer.getDimensions();
  placed = new Map(placeLabels(requests, { x0: 0, y0: 0, x1: width, y1: height }, nodes, [], requests.length).map((p) => [p.key, p]));
  return placed;
}

/** sigma's label drawing for small pictures: at the placed spot, or not at all when every spot is taken. */
export function drawPlacedLabel(context: CanvasRenderingContext2D, data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string }, settings: Settings): void {
  if (!data.label) return;
  const spot = data.key !== undefined ? placement(settings).get(data.key) : undefined;
  if (!spot) return;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  context.fillStyle = settings.labelColor.color ?? '#000'; // the viewer colours labels by the setting, never by a node attribute
  context.textAlign = spot.anchor === 'start' ? 'left' : spot.anchor === 'end' ? 'right' : 'center';
  context.fillText(data.label, spot.x, spot.y);
  context.textAlign = 'left';
}

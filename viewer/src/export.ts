// Export of the current view as SVG and PNG with the command line's drawing
// code (src/export/picture): the scene is what sigma shows, in its viewport's
// pixels, so a picture from the page and one from `kg export` look alike.
import type Sigma from 'sigma';
import type { Scene, SceneNode } from '../../src/export/picture/scene';
import { drawSvg } from '../../src/export/picture/svg';

export function viewToSvg(renderer: Sigma, legend: Scene['legend']): string {
  // Draw once first: the container may have changed size since the last frame (a panel opened or closed).
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const graph = renderer.getGraph();
  const ratio = renderer.getCamera().getState().ratio;
  const nodes: SceneNode[] = [];
  const shown = new Set<string>();
  graph.forEachNode((n) => {
    const d = renderer.getNodeDisplayData(n);
    if (!d || d.hidden) return;
    const p = renderer.framedGraphToViewport(d);
    if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) return; // outside the frame: not in the picture
    shown.add(n);
    nodes.push({ key: n, label: d.label ?? '', x: p.x, y: p.y, r: renderer.scaleSize(d.size, ratio), color: d.color, priority: graph.degree(n), forceLabel: d.forceLabel || d.highlighted });
  });
  const edges = graph.filterEdges((e, _a, s, t) => shown.has(s) && shown.has(t) && !renderer.getEdgeDisplayData(e)?.hidden)
    .map((e) => ({ source: graph.source(e), target: graph.target(e), color: renderer.getEdgeDisplayData(e)!.color }));
  return drawSvg({ width, height, nodes, edges, legend, background: '#ffffff', fontSize: 13 });
}

export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  await new Promise((ok, ko) => { img.onload = ok; img.onerror = ko; img.src = url; });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(img.width * scale);
  canvas.height = Math.round(img.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  URL.revokeObjectURL(url);
  return new Promise((ok) => canvas.toBlob((b) => ok(b!), 'image/png'));
}

export function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

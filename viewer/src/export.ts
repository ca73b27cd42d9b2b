// Export of the current view as SVG (vector, labels as text) and PNG (the
// same drawing rasterised at a scale factor), from sigma's screen positions.
import type Sigma from 'sigma';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export function viewToSvg(renderer: Sigma): string {
  // Draw once first: the container may have changed size since the last frame (a panel opened or closed).
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const graph = renderer.getGraph();
  const parts: string[] = [];
  const data = (n: string) => renderer.getNodeDisplayData(n);
  graph.forEachEdge((e, _a, s, t) => {
    const ed = renderer.getEdgeDisplayData(e), a = data(s), b = data(t);
    if (!ed || ed.hidden || !a || !b || a.hidden || b.hidden) return;
    const p = renderer.framedGraphToViewport(a), q = renderer.framedGraphToViewport(b);
    parts.push(`<line x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${q.x.toFixed(1)}" y2="${q.y.toFixed(1)}" stroke="${ed.color}" stroke-width="1"/>`);
  });
  const ratio = renderer.getCamera().getState().ratio;
  graph.forEachNode((n) => {
    const d = data(n);
    if (!d || d.hidden) return;
    const p = renderer.framedGraphToViewport(d);
    const r = renderer.scaleSize(d.size, ratio);
    parts.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${d.color}"/>`);
    if (d.label && (d.forceLabel || d.highlighted || r > 5)) parts.push(`<text x="${(p.x + r + 2).toFixed(1)}" y="${(p.y + 4).toFixed(1)}" font-size="12">${esc(d.label)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${FONT}'><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
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

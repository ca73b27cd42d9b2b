// GraphML writer (graphology ships a GraphML reader only): every attribute
// becomes a string key, declared once per domain.
import type { MultiDirectedGraph } from 'graphology';

const esc = (s: unknown) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toGraphML(graph: MultiDirectedGraph): string {
  const nodeKeys = new Set<string>(), edgeKeys = new Set<string>();
  graph.forEachNode((_, a) => Object.keys(a).forEach((k) => nodeKeys.add(k)));
  graph.forEachEdge((_, a) => Object.keys(a).forEach((k) => edgeKeys.add(k)));
  const keyId = (domain: string, k: string) => `${domain}_${k.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const k of nodeKeys) lines.push(`  <key id="${keyId('n', k)}" for="node" attr.name="${esc(k)}" attr.type="string"/>`);
  for (const k of edgeKeys) lines.push(`  <key id="${keyId('e', k)}" for="edge" attr.name="${esc(k)}" attr.type="string"/>`);
  lines.push('  <graph edgedefault="directed">');
  graph.forEachNode((n, a) => {
    lines.push(`    <node id="${esc(n)}">${Object.entries(a).map(([k, v]) => `<data key="${keyId('n', k)}">${esc(v)}</data>`).join('')}</node>`);
  });
  graph.forEachEdge((e, a, s, t) => {
    lines.push(`    <edge id="${esc(e)}" source="${esc(s)}" target="${esc(t)}">${Object.entries(a).map(([k, v]) => `<data key="${keyId('e', k)}">${esc(v)}</data>`).join('')}</edge>`);
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

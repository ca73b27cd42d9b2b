// Two CSV tables, nodes and edges, with a column per attribute (RFC 4180 quoting).
import type { MultiDirectedGraph } from 'graphology';

const quote = (v: unknown) => { const s = v === undefined || v === null ? '' : String(v); return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };

function table(header: string[], rows: unknown[][]): string {
  return `${[header, ...rows].map((r) => r.map(quote).join(',')).join('\n')}\n`;
}

export function toCsv(graph: MultiDirectedGraph): { nodes: string; edges: string } {
  const nodeCols = new Set<string>(), edgeCols = new Set<string>();
  graph.forEachNode((_, a) => Object.keys(a).forEach((k) => nodeCols.add(k)));
  graph.forEachEdge((_, a) => Object.keys(a).forEach((k) => edgeCols.add(k)));
  const nodeRows: unknown[][] = [], edgeRows: unknown[][] = [];
  graph.forEachNode((n, a) => nodeRows.push([n, ...[...nodeCols].map((c) => a[c])]));
  graph.forEachEdge((e, a, s, t) => edgeRows.push([e, s, t, ...[...edgeCols].map((c) => a[c])]));
  return { nodes: table(['id', ...nodeCols], nodeRows), edges: table(['id', 'source', 'target', ...edgeCols], edgeRows) };
}

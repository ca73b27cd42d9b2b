// The stored graph (entities and their relationships, without provenance)
// as a graphology MultiDirectedGraph, the model every exporter writes from.
import { MultiDirectedGraph } from 'graphology';
import type { GraphStore } from '../store/store';
import { GraphQueries } from '../serve/graph-queries';

export async function loadGraph(store: GraphStore): Promise<MultiDirectedGraph> {
  const q = new GraphQueries(store);
  const { nodes } = await q.totals().then((t) => q.top(Math.max(1, t.nodes)));
  const all = await q.among(nodes.map((n) => n.key));
  const graph = new MultiDirectedGraph();
  for (const n of all.nodes) graph.mergeNode(n.key, { label: n.name, type: n.label, aliases: n.aliases.join('|'), ...flat(n.properties) });
  for (const e of all.edges) graph.mergeEdgeWithKey(e.key, e.source, e.target, { type: e.type, ...flat(e.properties) });
  return graph;
}

function flat(props: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(props)) {
    if (k === 'key' || v === null || v === undefined) continue;
    out[k] = Array.isArray(v) ? v.join('|') : typeof v === 'number' ? v : String(v);
  }
  return out;
}

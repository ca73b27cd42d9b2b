// The graph model: graphology holds what the server sent, with colour by
// type (from the ontology), size by a chosen metric, and positions kept
// between visits in localStorage.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { Subgraph } from './api';

const POSITIONS = 'kg.positions';
/** The smallest node, equal to the renderer's labelRenderedSizeThreshold. */
export const MIN_NODE_SIZE = 6;

/**
 * Adds what the server sent. A node new to the picture takes its saved
 * position, else a place on a ring around `near` (the node expanded, so that
 * its neighbours appear beside it), else a random one.
 */
export function mergeSubgraph(graph: Graph, sub: Subgraph, colors: Record<string, string>, near?: string): void {
  const saved = loadPositions();
  const centre = near && graph.hasNode(near) ? graph.getNodeAttributes(near) as { x: number; y: number } : undefined;
  const radius = centre ? ringRadius(graph) : 0;
  const fresh = sub.nodes.filter((n) => !graph.hasNode(n.key) && !saved[n.key]).length;
  let placed = 0;
  for (const n of sub.nodes) {
    const ring = centre && !graph.hasNode(n.key) && !saved[n.key] ? (2 * Math.PI * placed++) / fresh : undefined;
    const pos = saved[n.key] ?? (ring !== undefined && centre ? { x: centre.x + radius * Math.cos(ring), y: centre.y + radius * Math.sin(ring) } : { x: Math.random() * 100, y: Math.random() * 100 });
    graph.mergeNode(n.key, { label: n.name, entityType: n.label, color: colors[n.label] ?? '#999', aliases: n.aliases, properties: n.properties, ...(!graph.hasNode(n.key) ? pos : {}) });
  }
  for (const e of sub.edges) {
    if (!graph.hasEdge(e.key)) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { label: e.type, relType: e.type, properties: e.properties, size: 1.5, color: '#bbb', type: 'arrow' });
  }
}

/** A ring's radius: a tenth of the picture's extent, so that new neighbours sit beside the node, not across the picture. */
function ringRadius(graph: Graph): number {
  const xs = graph.mapNodes((_n, a) => a.x as number), ys = graph.mapNodes((_n, a) => a.y as number);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  return Number.isFinite(extent) && extent > 0 ? extent / 10 : 10;
}

export function sizeNodes(graph: Graph, by: string): void {
  const scores = by === 'pagerank' && graph.size ? pagerank(graph) : undefined;
  let max = 1; // a loop, not Math.max(...values): large graphs overflow the argument list
  graph.forEachNode((n) => { max = Math.max(max, scores ? scores[n] : graph.degree(n)); });
  graph.forEachNode((n) => {
    const v = by === 'uniform' ? 0.3 : (scores ? scores[n] : graph.degree(n)) / max;
    // Never below the size at which sigma draws a label: PageRank's small scores would hide every person's name.
    graph.setNodeAttribute(n, 'size', MIN_NODE_SIZE + 14 * Math.sqrt(v));
  });
}

export function communityColors(graph: Graph): Record<string, string> {
  if (!graph.size) return {};
  const parts = louvain(graph as never);
  const palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
  return Object.fromEntries(Object.entries(parts).map(([n, c]) => [n, palette[(c as number) % palette.length]]));
}

export function savePositions(graph: Graph): void {
  const out: Record<string, { x: number; y: number }> = loadPositions();
  graph.forEachNode((n, a) => { out[n] = { x: a.x, y: a.y }; });
  try { localStorage.setItem(POSITIONS, JSON.stringify(out)); } catch { /* storage full: positions are a convenience */ }
}

function loadPositions(): Record<string, { x: number; y: number }> {
  try { return JSON.parse(localStorage.getItem(POSITIONS) ?? '{}'); } catch { return {}; }
}

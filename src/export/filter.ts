// Which part of the graph to export or show: entity and relationship types,
// a date range, an ego network, the N best connected. The viewer's filters
// use the same predicates (nodeMonth), so an export matches what is shown.
// No Node imports: the viewer bundles this file.
import type Graph from 'graphology';
import { KgError } from '../errors';

export interface GraphFilter {
  /** Entity types to keep (all when empty). */
  types?: string[];
  /** Relationship types to keep (all when empty). */
  relationships?: string[];
  /** Year-months (YYYY-MM), inclusive; dated nodes (events, trips) outside are dropped, undated ones kept. */
  from?: string;
  to?: string;
  /** An ego network: the node with this name or key and everything within `depth` steps. */
  around?: string;
  depth?: number;
  /** Keep the N nodes with the most relationships (after the filters above). */
  top?: number;
}

export class FilterError extends KgError {
  constructor(message: string) { super(message, 'filter'); }
}

const MONTH = /^\d{4}-\d{2}$/;

/** The year-month a node is dated by (an event's date, a trip's start), if any. */
export function nodeMonth(props: Record<string, unknown> | undefined): string | undefined {
  const d = (props?.date ?? props?.start) as string | undefined;
  return typeof d === 'string' && /^\d{4}-\d{2}/.test(d) ? d.slice(0, 7) : undefined;
}

export function inDateRange(month: string | undefined, from?: string, to?: string): boolean {
  return !month || ((!from || month >= from) && (!to || month <= to));
}

export function validateFilter(f: GraphFilter, known: { types: string[]; relationships: string[] }): void {
  const unknown = (list: string[] | undefined, allowed: string[], what: string) => {
    const bad = (list ?? []).filter((t) => !allowed.includes(t));
    if (bad.length) throw new FilterError(`unknown ${what} ${bad.join(', ')}; known: ${allowed.join(', ')}`);
  };
  unknown(f.types, known.types, 'entity type');
  unknown(f.relationships, known.relationships, 'relationship type');
  for (const [name, v] of [['from', f.from], ['to', f.to]] as const) if (v !== undefined && !MONTH.test(v)) throw new FilterError(`--${name} wants a year and month such as 2024-06, got "${v}"`);
  if (f.depth !== undefined && !(Number.isInteger(f.depth) && f.depth >= 0)) throw new FilterError(`--depth wants a whole number ≥ 0, got ${f.depth}`);
  if (f.top !== undefined && !(Number.isInteger(f.top) && f.top > 0)) throw new FilterError(`--top wants a whole number > 0, got ${f.top}`);
}

/** Drops from `graph`, in place, whatever the filter leaves out. */
export function applyFilter(graph: Graph, f: GraphFilter): void {
  const types = f.types?.length ? new Set(f.types) : undefined;
  const rels = f.relationships?.length ? new Set(f.relationships) : undefined;
  // Collected first, dropped after: a graph is not changed while it is walked.
  graph.filterNodes((_n, a) => (types && !types.has(a.type)) || !inDateRange(nodeMonth(a), f.from, f.to)).forEach((n) => graph.dropNode(n));
  if (rels) graph.filterEdges((_e, a) => !rels.has(a.type)).forEach((e) => graph.dropEdge(e));
  if (f.around !== undefined) keepAround(graph, f.around, f.depth ?? 1);
  if (f.top !== undefined) keepTop(graph, f.top);
}

function keepAround(graph: Graph, around: string, depth: number): void {
  const centre = graph.hasNode(around) ? around : graph.findNode((_n, a) => a.label === around || (Array.isArray(a.aliases) && a.aliases.includes(around)));
  if (!centre) throw new FilterError(`no entity named "${around}" in the exported graph`);
  const kept = new Set([centre]);
  let frontier = [centre];
  for (let step = 0; step < depth && frontier.length; step++) {
    const next: string[] = [];
    for (const n of frontier) graph.forEachNeighbor(n, (m) => { if (!kept.has(m)) { kept.add(m); next.push(m); } });
    frontier = next;
  }
  graph.filterNodes((n) => !kept.has(n)).forEach((n) => graph.dropNode(n));
}

function keepTop(graph: Graph, top: number): void {
  if (graph.order <= top) return;
  // Ties broken by key: the same graph keeps the same nodes.
  const ranked = graph.mapNodes((n) => [n, graph.degree(n)] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [n] of ranked.slice(top)) graph.dropNode(n);
}

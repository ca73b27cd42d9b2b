// The server's JSON API.
import type { Names, Ontology } from '../../src/schema/ontology';

export interface ViewNode { key: string; label: string; name: string; aliases: string[]; properties: Record<string, unknown>; degree?: number }
export interface ViewEdge { key: string; type: string; source: string; target: string; properties: Record<string, unknown> }
export interface Subgraph { nodes: ViewNode[]; edges: ViewEdge[]; total?: { nodes: number; edges: number; lone: number } }
export interface Meta {
  ontology: Ontology;
  store: string; totals: { nodes: number; edges: number; lone: number }; maxNodes: number; presets: Array<{ title: Names; cypher: string; params?: Record<string, string> }>;
}
export interface DocumentSummary { title: string; date: string; name: string }
export interface NodeDetails { node: ViewNode; relationships: Array<ViewEdge & { other: ViewNode; direction: 'out' | 'in' }>; documents: Record<string, DocumentSummary> }
export interface QueryResponse { columns: string[]; rows: Array<Record<string, unknown>>; subgraph: Subgraph; error?: string }

async function json<T>(res: Response): Promise<T> {
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ?? res.statusText);
  return body as T;
}

const get = <T>(path: string, params: Record<string, string | number> = {}) =>
  fetch(`${path}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`).then((r) => json<T>(r));

export const api = {
  meta: () => get<Meta>('api/meta'),
  graph: (limit: number, lone = false) => get<Subgraph>('api/graph', { limit, lone: lone ? 1 : 0 }),
  neighbors: (key: string, offset = 0) => get<Subgraph & { neighbours: number }>('api/neighbors', { key, offset }),
  node: (key: string) => get<NodeDetails>('api/node', { key }),
  search: (q: string) => get<ViewNode[]>('api/search', { q }),
  document: (name: string) => get<Record<string, string>>('api/document', { name }),
  query: (cypher: string, params: Record<string, unknown> = {}) => fetch('api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cypher, params }) }).then((r) => json<QueryResponse>(r)),
};

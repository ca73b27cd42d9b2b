// The server's JSON API.
import type { Names, Ontology } from '../../src/schema/ontology';

export interface ViewNode { key: string; label: string; name: string; aliases: string[]; properties: Record<string, unknown>; degree?: number }
export interface ViewEdge { key: string; type: string; source: string; target: string; properties: Record<string, unknown> }
export interface Subgraph { nodes: ViewNode[]; edges: ViewEdge[]; total?: { nodes: number; edges: number; lone: number } }
export interface Meta {
  ontology: Ontology;
  store: string; totals: { nodes: number; edges: number; lone: number }; maxNodes: number;
  /** Paths between two entities: the default and the largest number of steps. */
  paths: { steps: number; maxSteps: number };
  presets: Array<{ title: Names; cypher: string; params?: Record<string, string> }>;
}
export interface DocumentSummary { title: string; date: string; name: string }
export interface NodeDetails { node: ViewNode; relationships: Array<ViewEdge & { other: ViewNode; direction: 'out' | 'in' }>; documents: Record<string, DocumentSummary> }
export interface PathsResponse extends Subgraph { paths: string[][]; documents: Record<string, DocumentSummary> }
export interface QueryResponse { columns: string[]; rows: Array<Record<string, unknown>>; subgraph: Subgraph; error?: string }

export interface TripFact { name: string; start: string | null; leaders: string[]; from?: string; to: string[]; doc: string; evidence: string; evidenceStart: number; evidenceEnd: number }
export interface Flow { from: string; to: string; trips: number }
export interface FlowReport { flows: Flow[]; unknown: TripFact[]; undated: number; trips: TripFact[] }
export interface InvestmentRow { area: string | null; period: string | null; status: string | null; projects: number; amount_yuan: number; without_amount: number }
export interface ProjectFact { name: string; status: string | null; investment: string | null; area: string | null; period: string | null; investors: string[]; evidence: { doc: string; text: string; start: number; end: number } | null }

/** Why the server refused a query (src/store/query-check.ts): a code the interface words itself, and where in the query. */
export interface Refusal { code: string; params?: Record<string, string | number>; offset?: number }

/** The server's error: its own message (English) and, for a refused query, the refusal. */
export class ApiError extends Error {
  constructor(message: string, readonly refusal?: Refusal) { super(message); }
}

async function json<T>(res: Response): Promise<T> {
  const body = await res.json();
  if (!res.ok) throw new ApiError(body.error ?? res.statusText, body.refusal);
  return body as T;
}

type Params = Record<string, string | number>;
const withQuery = (path: string, params: Params) => `${path}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;

const get = <T>(path: string, params: Params = {}) => fetch(withQuery(path, params)).then((r) => json<T>(r));

/** A picture the server draws (SVG text), or the server's error. */
async function svg(path: string, params: Params): Promise<string> {
  const res = await fetch(withQuery(path, params));
  if (!res.ok) await json(res);
  return res.text();
}

export const api = {
  meta: () => get<Meta>('api/meta'),
  graph: (limit: number, lone = false) => get<Subgraph>('api/graph', { limit, lone: lone ? 1 : 0 }),
  neighbors: (key: string, offset = 0) => get<Subgraph & { neighbours: number }>('api/neighbors', { key, offset }),
  node: (key: string) => get<NodeDetails>('api/node', { key }),
  search: (q: string) => get<ViewNode[]>('api/search', { q }),
  paths: (from: string, to: string, steps: number) => get<PathsResponse>('api/paths', { from, to, steps }),
  document: (name: string) => get<Record<string, string>>('api/document', { name }),
  flows: (params: Params) => get<FlowReport>('api/flows', params),
  flowMap: (params: Params) => svg('api/flows.svg', params),
  investments: (params: Params) => get<{ rows: InvestmentRow[]; projects: ProjectFact[] }>('api/investments', params),
  investmentChart: (params: Params) => svg('api/investments.svg', params),
  query: (cypher: string, params: Record<string, unknown> = {}) => fetch('api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cypher, params }) }).then((r) => json<QueryResponse>(r)),
};

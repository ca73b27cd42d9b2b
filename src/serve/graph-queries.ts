// The server's reads, written once for both backends through the store's
// dialect. Document nodes and provenance edges are left out of the picture.
import type { GraphStore } from '../store/store';
import { DOCUMENT_LABEL, PROVENANCE_TYPE } from '../schema/ontology';
import { PATHS } from '../defaults';
import { isPlainNode, isPlainPath, isPlainRelationship, type PlainNode, type PlainRelationship, type PlainValue } from '../store/values';

export interface ViewNode { key: string; label: string; name: string; aliases: string[]; properties: Record<string, unknown>; degree?: number }
export interface ViewEdge { key: string; type: string; source: string; target: string; properties: Record<string, unknown> }
export interface DocumentSummary { title: string; date: string; name: string }
export interface Totals { nodes: number; edges: number; /** Entities with no relationship (drawn only when asked for). */ lone: number }
export interface Subgraph { nodes: ViewNode[]; edges: ViewEdge[]; total?: Totals }

const viewNode = (n: PlainNode): ViewNode => ({
  key: n.key, label: n.label, name: String(n.properties.name ?? n.key), aliases: (n.properties.aliases as string[]) ?? [], properties: n.properties,
});

export class GraphQueries {
  constructor(private readonly store: GraphStore) {}

  private get notDoc() { return `${this.store.dialect.label('n')} <> '${DOCUMENT_LABEL}'`; }
  private get notProvenance() { return `${this.store.dialect.type('r')} <> '${PROVENANCE_TYPE}'`; }

  /**
   * The `limit` best-connected entities and the relationships among them;
   * the whole graph when it has no more entities than that.
   */
  async top(limit: number, lone = false): Promise<Subgraph> {
    const totals = await this.totals();
    if (totals.nodes <= limit) return { ...(await this.among(undefined, lone)), total: totals };
    // Rows, not collected lists: LadybugDB loses the order when a sorted, limited WITH feeds collect().
    const ranked = await this.store.read(
      `MATCH (n)-[r]-() WHERE ${this.notDoc} AND ${this.notProvenance} RETURN n.key AS key, count(r) AS degree ORDER BY degree DESC, key LIMIT $limit`,
      { limit },
    );
    const keys = ranked.rows.map((r) => r.key as string);
    const degree = new Map(ranked.rows.map((r) => [r.key as string, Number(r.degree)]));
    const sub = await this.among(keys);
    for (const n of sub.nodes) n.degree = degree.get(n.key);
    return { ...sub, total: totals };
  }

  async totals(): Promise<Totals> {
    const n = await this.store.read(`MATCH (n) WHERE ${this.notDoc} RETURN count(n) AS c`);
    const e = await this.store.read(`MATCH ()-[r]->() WHERE ${this.notProvenance} RETURN count(r) AS c`);
    const related = await this.store.read(`MATCH (n)-[r]-() WHERE ${this.notDoc} AND ${this.notProvenance} RETURN count(DISTINCT n) AS c`);
    const nodes = Number(n.rows[0]?.c ?? 0);
    return { nodes, edges: Number(e.rows[0]?.c ?? 0), lone: nodes - Number(related.rows[0]?.c ?? 0) };
  }

  /**
   * The given nodes (all related entities when none are given) and every relationship
   * between two of them. Results come back as a few collected lists rather
   * than a row per item: LadybugDB hands rows to JavaScript ~50× slower.
   */
  async among(keys?: string[], lone = false): Promise<Subgraph> {
    if (keys && !keys.length) return { nodes: [], edges: [] };
    const inKeys = (v: string) => (keys ? `${v}.key IN $keys` : 'true');
    // Without keys, the entities that have a relationship (a lone name adds nothing to a network picture), or all of them when asked.
    const nodes = await this.store.read(keys
      ? 'MATCH (n) WHERE n.key IN $keys RETURN collect(n) AS nodes'
      : lone ? `MATCH (n) WHERE ${this.notDoc} RETURN collect(n) AS nodes`
        : `MATCH (n)-[r]-() WHERE ${this.notDoc} AND ${this.notProvenance} RETURN collect(DISTINCT n) AS nodes`, { keys });
    const edges = await this.store.read(
      `MATCH (a)-[r]->(b) WHERE ${inKeys('a')} AND ${inKeys('b')} AND ${this.notProvenance} RETURN collect(a.key) AS sources, collect(b.key) AS targets, collect(r) AS rels, collect(${this.store.dialect.type('r')}) AS types`,
      { keys },
    );
    const e = edges.rows[0] ?? {};
    const [sources, targets, rels, types] = [e.sources, e.targets, e.rels, e.types].map((l) => (l ?? []) as PlainValue[]);
    return {
      nodes: ((nodes.rows[0]?.nodes ?? []) as PlainNode[]).map(viewNode),
      edges: rels.map((r, i) => edge(r as PlainRelationship, sources[i] as string, targets[i] as string, types[i] as string)),
    };
  }

  /**
   * A node with `limit` of its neighbours from `offset` on (the best connected
   * first), the relationships among them, and how many neighbours it has.
   */
  async neighbourhood(key: string, limit = Infinity, offset = 0): Promise<Subgraph & { neighbours: number }> {
    const rows = await this.store.read(
      `MATCH (n)-[r]-(m) WHERE n.key = $key AND ${this.notProvenance} RETURN m.key AS key, count(r) AS links ORDER BY links DESC, key`,
      { key },
    );
    const all = [...new Set(rows.rows.map((r) => r.key as string))];
    const page = all.slice(offset, offset + limit);
    return { ...(await this.among([key, ...page])), neighbours: all.length };
  }

  /** A node with every relationship, its evidence and the document it came from. */
  async details(key: string): Promise<{ node: ViewNode; relationships: Array<ViewEdge & { other: ViewNode; direction: 'out' | 'in' }>; documents: Record<string, DocumentSummary> } | undefined> {
    const n = await this.store.read('MATCH (n) WHERE n.key = $key RETURN n', { key });
    if (!n.rows.length) return undefined;
    const out = await this.store.read(`MATCH (n)-[r]->(m) WHERE n.key = $key AND ${this.notProvenance} RETURN r, m, ${this.store.dialect.type('r')} AS type`, { key });
    const inn = await this.store.read(`MATCH (m)-[r]->(n) WHERE n.key = $key AND ${this.notProvenance} RETURN r, m, ${this.store.dialect.type('r')} AS type`, { key });
    const rels = [
      ...out.rows.map((r) => ({ ...edge(r.r as PlainRelationship, key, (r.m as PlainNode).key, r.type as string), other: viewNode(r.m as PlainNode), direction: 'out' as const })),
      ...inn.rows.map((r) => ({ ...edge(r.r as PlainRelationship, (r.m as PlainNode).key, key, r.type as string), other: viewNode(r.m as PlainNode), direction: 'in' as const })),
    ];
    // A stable order for the panel: by relationship type, then by the other entity's name.
    rels.sort((a, b) => a.type.localeCompare(b.type) || a.other.name.localeCompare(b.other.name, 'zh'));
    return { node: viewNode(n.rows[0].n as PlainNode), relationships: rels, documents: await this.documentSummaries(rels.map((r) => String(r.properties.doc ?? ''))) };
  }

  /** The title, date and file name of each document, for a reader to know an article by (not by its digest). */
  async documentSummaries(keys: string[]): Promise<Record<string, DocumentSummary>> {
    const wanted = [...new Set(keys.filter(Boolean))];
    if (!wanted.length) return {};
    const res = await this.store.read(`MATCH (d:${DOCUMENT_LABEL}) WHERE d.key IN $keys RETURN d.key AS key, d.title AS title, d.date AS date, d.name AS name`, { keys: wanted });
    return Object.fromEntries(res.rows.map((r) => [String(r.key), { title: String(r.title ?? ''), date: String(r.date ?? ''), name: String(r.name ?? '') }]));
  }

  /** Entities whose name or an alias contains the text as written or simplified. */
  async search(written: string, simplified: string, limit = 20): Promise<ViewNode[]> {
    const res = await this.store.read(
      `MATCH (n) WHERE ${this.notDoc} AND (n.name CONTAINS $a OR n.name CONTAINS $b OR ${this.store.dialect.joined('n.aliases')} CONTAINS $a OR ${this.store.dialect.joined('n.aliases')} CONTAINS $b) RETURN n LIMIT $limit`,
      { a: written, b: simplified, limit },
    );
    return res.rows.map((r) => viewNode(r.n as PlainNode)).sort((a, b) => a.name.length - b.name.length);
  }

  /**
   * The shortest paths between two entities, of at most `steps` relationships
   * and none through a document: the entities and relationships on them, and
   * each path as its relationships' keys in order from `from`.
   */
  async paths(from: string, to: string, steps: number): Promise<Subgraph & { paths: string[][]; documents: Record<string, DocumentSummary> }> {
    if (!Number.isInteger(steps) || steps < 1 || steps > PATHS.maxSteps) throw new RangeError(`paths: steps must be a whole number from 1 to ${PATHS.maxSteps}, got ${steps}`);
    if (from === to) return { nodes: [], edges: [], paths: [], documents: {} };
    const res = await this.store.read(this.store.dialect.shortestPaths(steps, PROVENANCE_TYPE), { from, to, limit: PATHS.maxPaths });
    const sub = subgraphOf(res.rows);
    const paths = res.rows.map((r) => r.p).filter(isPlainPath).map((p) => p.relationships.map((r) => r.key));
    return { ...sub, paths, documents: await this.documentSummaries(sub.edges.map((e) => String(e.properties.doc ?? ''))) };
  }

  async document(name: string): Promise<Record<string, unknown> | undefined> {
    const res = await this.store.read(`MATCH (n:${DOCUMENT_LABEL}) WHERE n.key = $name RETURN n`, { name });
    return (res.rows[0]?.n as PlainNode | undefined)?.properties;
  }
}

function edge(r: PlainRelationship, source: string, target: string, type: string): ViewEdge {
  return { key: r.key, type: type ?? r.type, source, target, properties: r.properties };
}

/** The nodes and relationships a query's values contain, for drawing its result. */
export function subgraphOf(rows: Array<Record<string, PlainValue>>): Subgraph {
  const nodes = new Map<string, ViewNode>();
  const edges = new Map<string, ViewEdge>();
  const visit = (v: PlainValue): void => {
    if (isPlainNode(v)) { if (v.label !== DOCUMENT_LABEL) nodes.set(v.key, viewNode(v)); return; }
    if (isPlainRelationship(v)) { if (v.source && v.target && v.type !== PROVENANCE_TYPE) edges.set(v.key, edge(v, v.source, v.target, v.type)); return; }
    if (isPlainPath(v)) { v.nodes.forEach(visit); v.relationships.forEach(visit); return; }
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  rows.forEach((r) => Object.values(r).forEach(visit));
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)) };
}

// The production store: Neo4j through neo4j-driver. Uniqueness constraints
// on `key` for every label from the ontology; batched UNWIND … MERGE in
// managed write transactions; parameters only; reads in read transactions.
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import type { ResolvedGraph } from '../resolve/graph';
import { ident, mentionedOnlyIn, neo4jSchemaStatements } from './schema';
import { DOCUMENT_LABEL, ENTITY_TYPES, PROVENANCE_TYPE } from '../schema/ontology';
import { mergedRow, writePlan, type RelRows, type Row } from './rows';
import { queryLimits, StoreAuthFailed, StoreUnavailable, type Dialect, type GraphStore, type Progress, type QueryLimits, type QueryResult, type RemovalSummary, type WriteSummary } from './store';
import type { PlainNode, PlainRelationship, PlainValue } from './values';
import { checkReadQuery, QueryRefused, timeLimitRefusal } from './query-check';
import { NEO4J_RETRY_MS } from '../defaults';
import { NEO4J_DIALECT } from './dialects';


/** Rows in one write transaction (measured on the bench graph: 10,000 loads twice as fast as 1,000; more gains nothing). */
const BATCH = 10_000;
/** Sessions writing at once: two keep the server busy while the client encodes the next batch (a third gained nothing on 2 cores). */
const SESSIONS_IN_FLIGHT = 2;
/** Keys asked about in one read (an indexed IN list). */
const KEYS_PER_LOOKUP = 10_000;
/** Documents written with their provenance edges in one transaction. */
const DOCUMENTS_PER_TRANSACTION = 100;

export interface Neo4jOptions {
  uri: string; user?: string; password?: string; database?: string;
  /** How long a write keeps retrying while the server does not answer (NEO4J_RETRY_MS by default). */
  retryMs?: number;
}

/** How long after its time limit a user's query is answered as stopped, whatever the server is still doing. */
const DEADLINE_GRACE_MS = 2000;

export class Neo4jStore implements GraphStore {
  readonly dialect: Dialect = NEO4J_DIALECT;
  readonly description: string;
  private readonly driver: Driver;

  constructor(private readonly options: Neo4jOptions) {
    // Neo4j's own default user when none is given (NEO4J_URI and NEO4J_PASSWORD are enough).
    const auth = neo4j.auth.basic(options.user || 'neo4j', options.password ?? '');
    this.driver = neo4j.driver(options.uri, auth, { disableLosslessIntegers: true, maxTransactionRetryTime: options.retryMs ?? NEO4J_RETRY_MS });
    this.description = `Neo4j at ${options.uri}${options.database ? ` (database ${options.database})` : ''}`;
  }

  /** Checks that the server answers and takes kg's credentials, so that a wrong password fails at once, with the advice. */
  async connect(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (e) {
      await this.driver.close();
      throw storeErrorOf(e, this.description, 'did not answer');
    }
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
  }

  async ensureSchema(): Promise<void> {
    const session = this.session('WRITE');
    try {
      for (const statement of neo4jSchemaStatements()) await session.run(statement);
    } finally {
      await session.close();
    }
  }

  /**
   * Writes in batches, each its own transaction. If the server goes away
   * mid-load, the batches written stay, and running the same load again
   * completes it: every write is a MERGE on a unique key.
   */
  async write(graph: ResolvedGraph, progress?: Progress): Promise<WriteSummary> {
    try {
      return await this.writeBatches(graph, progress);
    } catch (e) {
      throw storeErrorOf(e, this.description, 'stopped answering during the load', 'run the same ingest again once it is back: what was written is merged, not duplicated');
    }
  }

  /** Every write is whole when it returns: nothing waits. */
  async finishLoad(): Promise<number> { return 0; }

  async storedDocuments(keys: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < keys.length; i += KEYS_PER_LOOKUP) {
      const res = await this.read(`MATCH (d:${ident(DOCUMENT_LABEL)}) WHERE d.key IN $keys RETURN d.key AS key`, { keys: keys.slice(i, i + KEYS_PER_LOOKUP) });
      for (const r of res.rows) out.add(r.key as string);
    }
    return out;
  }

  async removeDocuments(keys: string[]): Promise<RemovalSummary> {
    const summary: RemovalSummary = { documents: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
    if (!keys.length) return summary;
    const session = this.session('WRITE');
    try {
      // One transaction, in the embedded store's order: the entities only these documents mention are found
      // by their provenance before it goes, then the documents' relationships, those entities and the documents go.
      await session.executeWrite(async (tx) => {
        const count = async (cypher: string, params: Record<string, unknown> = { keys }) => Number((await tx.run(cypher, params)).records[0]?.get('n') ?? 0);
        const orphans = new Map<string, string[]>();
        for (const label of ENTITY_TYPES) orphans.set(label, (await tx.run(mentionedOnlyIn(label), { keys })).records.map((r) => r.get('key') as string));
        summary.relationshipsDeleted = await count('MATCH ()-[r]->() WHERE r.doc IN $keys WITH r DELETE r RETURN count(*) AS n');
        for (const [label, orphaned] of orphans) if (orphaned.length) summary.nodesDeleted += await count(`MATCH (n:${ident(label)}) WHERE n.key IN $orphaned DETACH DELETE n RETURN count(*) AS n`, { orphaned });
        summary.documents = await count(`MATCH (d:${ident(DOCUMENT_LABEL)}) WHERE d.key IN $keys DETACH DELETE d RETURN count(*) AS n`);
      });
    } finally {
      await session.close();
    }
    return summary;
  }

  /**
   * Entities first, then relationships, and last each document together with
   * its provenance edges in one transaction: a stored Document node means all
   * of its facts are stored, so a load that stopped midway and is run again
   * (which skips stored documents) completes it.
   */
  private async writeBatches(graph: ResolvedGraph, progress?: Progress): Promise<WriteSummary> {
    await this.ensureSchema();
    if (graph.replaces?.length) await this.removeDocuments(graph.replaces);
    const summary: WriteSummary = { nodesCreated: 0, nodesUpdated: 0, documentsCreated: 0, relationshipsCreated: 0 };
    const { nodeGroups, relGroups, total } = writePlan(graph);
    let done = 0;
    const advance = (rows: number, what: string) => progress?.((done += rows), total, what);
    // Labels, then relationship types, are written by a few sessions at once: the server works while the client encodes.
    await inParallel(nodeGroups.filter((g) => g.label !== DOCUMENT_LABEL), async ({ label, rows }, session) => {
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        const written = await session.executeWrite((tx) => writeNodeBatch(tx, label, batch));
        summary.nodesCreated += written.created;
        summary.nodesUpdated += written.updated;
        advance(batch.length, `${label} nodes`);
      }
    }, () => this.session('WRITE'));
    await inParallel(relGroups.filter((r) => r.type !== PROVENANCE_TYPE), async (g, session) => {
      for (let i = 0; i < g.rows.length; i += BATCH) {
        const batch = g.rows.slice(i, i + BATCH);
        // Awaited before adding: `x += await y` would read x before another session's addition landed.
        const created = await session.executeWrite((tx) => createMissingRelationships(tx, g, batch));
        summary.relationshipsCreated += created;
        advance(batch.length, `${g.type} relationships`);
      }
    }, () => this.session('WRITE'));
    const documents = nodeGroups.find((g) => g.label === DOCUMENT_LABEL)?.rows ?? [];
    const provenance = provenanceByDocument(relGroups.filter((r) => r.type === PROVENANCE_TYPE));
    const documentBatches: Row[][] = [];
    for (let i = 0; i < documents.length; i += DOCUMENTS_PER_TRANSACTION) documentBatches.push(documents.slice(i, i + DOCUMENTS_PER_TRANSACTION));
    await inParallel(documentBatches, async (docs, session) => {
      const mine = groupRows(docs.flatMap((d) => provenance.get(d.key as string) ?? []));
      const written = await session.executeWrite(async (tx) => {
        const { columns, values, at } = positional(docs);
        // A document is identified by its content: one stored already is left as it is.
        const res = await tx.run(`UNWIND $rows AS r MERGE (d:${ident(DOCUMENT_LABEL)} {key: ${at('key')}}) ON CREATE SET ${assignments('d', columns)}`, { rows: values });
        let relationships = 0;
        for (const g of mine) relationships += await createMissingRelationships(tx, g, g.rows);
        return { documents: res.summary.counters.updates().nodesCreated, relationships };
      });
      summary.documentsCreated += written.documents;
      summary.relationshipsCreated += written.relationships;
      advance(docs.length + mine.reduce((a, g) => a + g.rows.length, 0), `${DOCUMENT_LABEL} nodes and ${PROVENANCE_TYPE} relationships`);
    }, () => this.session('WRITE'));
    return summary;
  }

  async read(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
    const session = this.session('READ');
    try {
      const res = await session.executeRead((tx) => tx.run(cypher, toNeo4j(params)));
      const columns = (res.records[0]?.keys ?? []) as string[];
      return { columns, rows: res.records.map(plainRow) };
    } finally {
      await session.close();
    }
  }

  async query(cypher: string, params: Record<string, unknown> = {}, limits?: Partial<QueryLimits>): Promise<QueryResult> {
    checkReadQuery(cypher, params);
    const { timeoutMs, rowLimit } = queryLimits(limits);
    // A session of its own in read access mode, a read transaction with the server's own timeout.
    const session = this.session('READ');
    // The server checks its timeout only between steps; a single long step (a huge list comprehension) runs on, so the answer does not wait for it.
    let timer: NodeJS.Timeout | undefined;
    let late = false;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => { late = true; reject(new QueryRefused(`stopped after ${timeoutMs / 1000} s (the time limit for one query)`, timeLimitRefusal(timeoutMs))); }, timeoutMs + DEADLINE_GRACE_MS);
    });
    try {
      return await Promise.race([deadline, session.executeRead(async (tx) => {
        const rows: Array<Record<string, PlainValue>> = [];
        let columns: string[] = [];
        let truncated = false;
        const result = tx.run(cypher, toNeo4j(params));
        for await (const rec of result) {
          columns = rec.keys as string[];
          if (rows.length >= rowLimit) { truncated = true; break; }
          rows.push(plainRow(rec));
        }
        if (!columns.length) columns = ((await result.keys()) ?? []) as string[];
        return truncated ? { columns, rows, truncated } : { columns, rows };
      }, { timeout: timeoutMs })]);
    } catch (e) {
      if (late) throw e;
      const message = (e as Error).message;
      if (/timeout|terminated/i.test(message)) throw new QueryRefused(`stopped after ${timeoutMs / 1000} s (the time limit for one query)`, timeLimitRefusal(timeoutMs));
      if (/write|read.only|not allowed/i.test(message)) throw new QueryRefused(`read-only: ${message}`);
      throw new QueryRefused(message);
    } finally {
      clearTimeout(timer);
      // A session still running its query would make close() wait for it.
      if (late) session.close().catch(() => undefined);
      else await session.close();
    }
  }

  async counts(): Promise<{ nodes: number; relationships: number }> {
    const n = await this.read('MATCH (n) RETURN count(n) AS c');
    const r = await this.read('MATCH ()-[r]->() RETURN count(r) AS c');
    return { nodes: Number(n.rows[0].c), relationships: Number(r.rows[0].c) };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** Provenance rows by document, each with its group (the endpoint labels it is written under). */
function provenanceByDocument(groups: RelRows[]): Map<string, Array<{ group: RelRows; row: Row }>> {
  const out = new Map<string, Array<{ group: RelRows; row: Row }>>();
  for (const group of groups) for (const row of group.rows) {
    const doc = row.doc as string;
    (out.get(doc) ?? out.set(doc, []).get(doc)!).push({ group, row });
  }
  return out;
}

/** Rows back into groups of one (type, from, to). */
function groupRows(items: Array<{ group: RelRows; row: Row }>): RelRows[] {
  const out = new Map<RelRows, Row[]>();
  for (const { group, row } of items) (out.get(group) ?? out.set(group, []).get(group)!).push(row);
  return [...out].map(([group, rows]) => ({ ...group, rows }));
}

/**
 * One batch of a label's entities: the stored rows of its keys are read and
 * merged by the one rule (merge.ts) as in every store, and only new or
 * changed rows are written.
 */
async function writeNodeBatch(tx: ManagedTransaction, label: string, batch: Row[]): Promise<{ created: number; updated: number }> {
  const stored = await tx.run(`MATCH (n:${ident(label)}) WHERE n.key IN $keys RETURN n {.*} AS n`, { keys: batch.map((r) => r.key) });
  const existing = new Map(stored.records.map((rec) => { const n = rec.get('n') as Row; return [n.key as string, n]; }));
  const fresh = batch.filter((r) => !existing.has(r.key as string));
  const changed = batch.flatMap((r) => { const e = existing.get(r.key as string); const m = e && mergedRow(label, e, r); return m ? [m] : []; });
  const write = [...fresh, ...changed];
  if (write.length) {
    const { columns, values, at } = positional(write);
    await tx.run(`UNWIND $rows AS r MERGE (n:${ident(label)} {key: ${at('key')}}) SET ${assignments('n', columns)}`, { rows: values });
  }
  return { created: fresh.length, updated: changed.length };
}

/**
 * Creates the relationships of a batch of one (type, from, to) that are not
 * stored yet, found by their indexed keys; a stored one is left as it is.
 * Returns how many were created (the server's own count: a row whose
 * endpoint is missing creates none).
 */
async function createMissingRelationships(tx: ManagedTransaction, g: RelRows, rows: Row[]): Promise<number> {
  const stored = await tx.run(`MATCH ()-[x:${ident(g.type)}]->() WHERE x.key IN $keys RETURN x.key AS key`, { keys: rows.map((r) => r.key) });
  // Stored keys, and each key once: a row seen twice in a batch is created once, as MERGE would.
  const seen = new Set(stored.records.map((rec) => rec.get('key') as string));
  const fresh = rows.filter((r) => !seen.has(r.key as string) && seen.add(r.key as string));
  if (!fresh.length) return 0;
  const { columns, values, at } = positional(fresh);
  // A property given null in CREATE is no property.
  const properties = columns.flatMap((c, i) => (c === 'from' || c === 'to' ? [] : [`${ident(c)}: r[${i}]`])).join(', ');
  const res = await tx.run(`UNWIND $rows AS r MATCH (a:${ident(g.from)} {key: ${at('from')}}) MATCH (b:${ident(g.to)} {key: ${at('to')}})
    CREATE (a)-[x:${ident(g.type)} {${properties}}]->(b)`, { rows: values });
  return res.summary.counters.updates().relationshipsCreated;
}

/** Runs `work` on every item, a few at a time, each worker with a session of its own. */
async function inParallel<T>(items: T[], work: (item: T, session: Session) => Promise<void>, open: () => Session): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    const session = open();
    try {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item, session);
    } finally {
      await session.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(SESSIONS_IN_FLIGHT, items.length) }, worker));
}

/**
 * Rows as lists in the first row's column order (every row of a group is
 * built with the same columns): a map per row repeats every
 * column name, which made encoding the rows most of the client's work and
 * decoding them a good part of the server's.
 */
function positional(rows: Row[]): { columns: string[]; values: unknown[][]; at: (column: string) => string } {
  const columns = Object.keys(rows[0]);
  return { columns, values: rows.map((r) => columns.map((c) => r[c] ?? null)), at: (column) => `r[${columns.indexOf(column)}]` };
}

/** `v.column = r[i]` for every column but the key (null removes a property, as `SET v += map` did). */
function assignments(variable: string, columns: string[]): string {
  return columns.flatMap((c, i) => (c === 'key' ? [] : [`${variable}.${ident(c)} = r[${i}]`])).join(', ');
}

/** The driver's codes for a server it cannot reach or lost in the middle of a transaction. */
const UNREACHABLE = ['ServiceUnavailable', 'SessionExpired'];
const REFUSED_CREDENTIALS = ['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit'];

/**
 * The one place where the driver's errors become kg's: refused credentials
 * say which variables to set, an unreachable server what to do next;
 * anything else is passed on as it is.
 */
export function storeErrorOf(e: unknown, description: string, failure: string, advice = 'start it, or check NEO4J_URI'): unknown {
  const code = (e as { code?: string }).code ?? '';
  const reason = (e as Error).message;
  if (REFUSED_CREDENTIALS.includes(code)) {
    return new StoreAuthFailed(`${description} refused the user and password (${reason}); set NEO4J_USER (default neo4j) and NEO4J_PASSWORD to the server's (\`npm run neo4j\` uses NEO4J_PASSWORD, default kg-local-password)`);
  }
  if (UNREACHABLE.includes(code)) return new StoreUnavailable(`${description} ${failure} (${reason}); ${advice}`);
  return e;
}

/** JavaScript numbers that are whole go to Neo4j as integers (LIMIT $n wants one; the driver would send 50.0). */
function toNeo4j(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (v: unknown): unknown => {
    if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
    if (Array.isArray(v)) return v.map(convert);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x)]));
    return v;
  };
  return convert(params) as Record<string, unknown>;
}

/** Node element ids to keys, from every node in a row: a relationship there is drawn between its endpoints' keys. */
type KeyOf = Map<string, string>;

function plainRow(rec: Neo4jRecord): Record<string, PlainValue> {
  const keyOf: KeyOf = new Map();
  for (const k of rec.keys) collectKeys(rec.get(k), keyOf);
  return Object.fromEntries(rec.keys.map((k) => [k as string, toPlain(rec.get(k), keyOf)]));
}

function collectKeys(v: unknown, keyOf: KeyOf): void {
  if (v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) { v.forEach((x) => collectKeys(x, keyOf)); return; }
  if (neo4j.isNode(v as never)) {
    const n = v as unknown as { properties: Record<string, unknown>; elementId: string };
    if (typeof n.properties.key === 'string') keyOf.set(n.elementId, n.properties.key);
    return;
  }
  if (neo4j.isPath(v as never)) {
    const p = v as unknown as { start: unknown; segments: Array<{ end: unknown }> };
    [p.start, ...p.segments.map((s) => s.end)].forEach((x) => collectKeys(x, keyOf));
    return;
  }
  if (!neo4j.isRelationship(v as never) && !neo4j.isInt(v)) Object.values(v).forEach((x) => collectKeys(x, keyOf));
}

function toPlain(v: unknown, keyOf: KeyOf): PlainValue {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map((x) => toPlain(x, keyOf));
  if (neo4j.isNode(v as never)) {
    const n = v as unknown as { labels: string[]; properties: Record<string, unknown>; elementId: string };
    return { _kind: 'node', key: String(n.properties.key ?? n.elementId), label: n.labels[0], properties: n.properties } as PlainNode;
  }
  if (neo4j.isRelationship(v as never)) return relationship(v, keyOf);
  if (neo4j.isPath(v as never)) {
    const p = v as unknown as { start: unknown; segments: Array<{ relationship: unknown; end: unknown }> };
    const nodes = [toPlain(p.start, keyOf) as PlainNode, ...p.segments.map((s) => toPlain(s.end, keyOf) as PlainNode)];
    return { _kind: 'path', nodes, relationships: p.segments.map((s) => relationship(s.relationship, keyOf)) };
  }
  if (typeof v === 'object' && !(v instanceof Date)) return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, toPlain(x, keyOf)]));
  return (v instanceof Date ? v.toISOString() : typeof v === 'object' ? String(v) : v) as PlainValue;
}

function relationship(v: unknown, keyOf: KeyOf): PlainRelationship {
  const r = v as { type: string; properties: Record<string, unknown>; elementId: string; startNodeElementId: string; endNodeElementId: string };
  return { _kind: 'relationship', key: String(r.properties.key ?? r.elementId), type: r.type, source: keyOf.get(r.startNodeElementId), target: keyOf.get(r.endNodeElementId), properties: r.properties };
}

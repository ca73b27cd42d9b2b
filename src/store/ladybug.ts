// The embedded store: LadybugDB (a maintained Kùzu fork) in a data folder.
// New nodes are bulk-loaded with COPY FROM a CSV file, or a parameter list
// when their lists would not survive LadybugDB's CSV reader. Relationships
// of documents new to the store cannot be stored already: they wait in the
// store folder (pending.ts) and are loaded with COPY FROM their CSV files,
// all at once, by finishLoad (about ten times faster than a parameter list;
// UNWIND+MERGE runs at a few hundred a second), and so do the new documents
// of stored entities. Other rows are found by key first, so loading twice
// writes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as lbug from '@ladybugdb/core';
import type { ResolvedGraph } from '../resolve/graph';
import { DOCUMENT_LABEL, ENTITY_TYPES as ENTITY_LABELS } from '../schema/ontology';
import { DOCUMENT_PROPERTIES, ENTITY_PROPERTIES, NODE_LABELS, RELATION_PROPERTIES, ident, mentionedOnlyIn, relationshipTables } from './schema';
import { mergedRow, writePlan, type Row } from './rows';
import { queryLimits, StoreDamaged, type Dialect, type GraphStore, type Progress, type QueryLimits, type QueryResult, type RemovalSummary, type WriteSummary } from './store';
import type { PlainNode, PlainRelationship, PlainValue } from './values';
import { checkReadQuery, QueryRefused, refusalOfStoreMessage, timeLimitRefusal } from './query-check';
import { LADYBUG_BUFFER_POOL_MB } from '../defaults';
import { PENDING_COLUMN, PendingRelationships, type PendingBatch } from './pending';
import { KeyIndex } from './key-index';
import { QueryProcesses } from './query-process';
import { breakSeal, checkSeal, sealStore } from './seal';
import { LADYBUG_DIALECT } from './dialects';


const BATCH = 5000;
/**
 * Relationships loaded in one commit by finishLoad: each commit that COPYs
 * into a relationship table checkpoints at a cost that grows with the store,
 * so few large ones; but one transaction must fit the buffer pool.
 */
const LOAD_ROWS_PER_COMMIT = 4_000_000;
/** Keys looked up in one query (nodes through the primary-key index; relationships by a scan, so few large lookups beat many small). */
const LOOKUP_BATCH = 200_000;
/** From this many keys at once, a table's keys are read once into a KeyIndex (below, asking the primary-key index in any order is cheaper than reading them). */
const INDEX_FROM_KEYS = 1000;
/** The address space a database maps (LadybugDB's default is 8 TiB, which several open stores exhaust). */
const MAX_DB_SIZE = 2 ** 40;


export interface LadybugOptions {
  dir: string;
  readOnly?: boolean;
  /** Replay the write-ahead log only up to a damaged record instead of refusing to open (kg doctor --repair). */
  lenientRecovery?: boolean;
}

/** The database file in a store folder; LadybugDB keeps its log and checkpoint files beside it. */
export const databaseFile = (dir: string) => path.join(dir, 'graph.lbug');

export class LadybugStore implements GraphStore {
  readonly dialect: Dialect = LADYBUG_DIALECT;
  readonly description: string;
  private readonly db: lbug.Database;
  private readonly conn: lbug.Connection;
  private readonly dir: string;
  private readonly pending: PendingRelationships;
  private readonly readOnly: boolean;
  /** Per node table, the keys it may hold and where (key-index.ts), read once a batch is large enough to need it. */
  private readonly keyIndexes = new Map<string, KeyIndex>();
  /** Folders of CSV files COPY reads in the current transaction. */
  private readonly temporaryDirs: string[] = [];
  /** The processes user queries run in, started with the first one. */
  private queryProcesses?: QueryProcesses;
  /** Whether this process has made the schema and loaded what an earlier, interrupted ingest left waiting. */
  private ready = false;

  constructor(options: LadybugOptions) {
    if (!options.readOnly) fs.mkdirSync(options.dir, { recursive: true });
    else if (!(fs.statSync(path.join(options.dir, 'graph.lbug'), { throwIfNoEntry: false })?.size)) throw new Error(`store: no graph in ${options.dir} (missing or empty graph.lbug); run \`kg ingest\` first`);
    // Opening a database file damaged outside kg can crash the process (LadybugDB does not checksum its pages): kg's seal is checked first.
    if (checkSeal(databaseFile(options.dir), { quick: true }) === 'changed') throw new StoreDamaged(`graph.lbug in ${options.dir} is not the file kg last wrote (damaged, or changed outside kg); \`kg doctor --data ${options.dir}\` says more`);
    if (!options.readOnly) breakSeal(databaseFile(options.dir)); // this process may change the file: no seal until it closes
    this.db = new lbug.Database(databaseFile(options.dir), bufferPoolBytes(), true, !!options.readOnly, MAX_DB_SIZE, true, -1, !options.lenientRecovery);
    this.conn = new lbug.Connection(this.db);
    this.description = `LadybugDB at ${path.resolve(options.dir)}`;
    this.dir = options.dir;
    this.pending = new PendingRelationships(options.dir);
    this.readOnly = !!options.readOnly;
  }

  /** Opens the files now (LadybugDB opens lazily), so a damaged store is reported as such. */
  async open(): Promise<void> {
    try {
      await this.db.init();
    } catch (e) {
      throw damageOf(this.dir, (e as Error).message) ?? e;
    }
  }

  /** Makes the tables (and brings older stores up to date) once per process, then loads what an interrupted ingest left waiting. */
  async ensureSchema(): Promise<void> {
    if (this.ready) return;
    for (const label of NODE_LABELS) {
      const columns = label === DOCUMENT_LABEL
        ? [...DOCUMENT_PROPERTIES, PENDING_COLUMN].map((p) => `${ident(p)} STRING`)
        : ['name STRING', 'aliases STRING[]', ...ENTITY_PROPERTIES.map((p) => `${ident(p)} STRING`)];
      await this.run(`CREATE NODE TABLE IF NOT EXISTS ${ident(label)}(key STRING PRIMARY KEY, ${columns.join(', ')})`);
    }
    // Stores made before relationships waited in the folder, and before an entity's documents were its relationships only (rows.ts).
    await this.run(`ALTER TABLE ${ident(DOCUMENT_LABEL)} ADD IF NOT EXISTS ${ident(PENDING_COLUMN)} STRING`);
    for (const label of ENTITY_LABELS) await this.run(`ALTER TABLE ${ident(label)} DROP IF EXISTS docs`);
    for (const { type, pairs } of relationshipTables()) {
      const ends = pairs.map(([f, t]) => `FROM ${ident(f)} TO ${ident(t)}`).join(', ');
      const props = ['key STRING', 'doc STRING', 'evidence STRING', 'evidence_start INT64', 'evidence_end INT64', ...RELATION_PROPERTIES.map((p) => `${ident(p)} STRING`)];
      await this.run(`CREATE REL TABLE IF NOT EXISTS ${ident(type)}(${ends}, ${props.join(', ')})`);
    }
    this.ready = true;
    await this.finishLoad();
  }

  /**
   * Writes a batch in one transaction: a batch that fails leaves nothing of
   * itself behind. The relationships of its new documents wait for finishLoad.
   */
  async write(graph: ResolvedGraph, progress?: Progress): Promise<WriteSummary> {
    await this.ensureSchema();
    const storedDocuments = await this.existingNodes(DOCUMENT_LABEL, graph.documents.map((d) => d.key));
    // Replacing documents, or writing ones already stored, reads their relationships: those waiting are loaded first.
    if (this.pending.waiting() && (graph.replaces?.length || storedDocuments.size)) await this.finishLoad();
    return this.inTransaction(async () => {
      if (graph.replaces?.length) await this.removeRows(graph.replaces);
      return this.writeRows(graph, storedDocuments, progress);
    });
  }

  /**
   * Loads the relationships waiting in the store folder (pending.ts): those
   * of batches that committed, exactly once, with one COPY per table for
   * each commit of up to LOAD_ROWS_PER_COMMIT rows (one transaction must fit
   * the buffer pool). Returns how many documents' relationships it loaded.
   */
  async finishLoad(progress?: Progress): Promise<number> {
    if (this.readOnly) return 0;
    const committed: PendingBatch[] = [];
    for (const b of this.pending.batches()) {
      if (b.documents.length && (await this.needsLoad(b))) committed.push(b);
      else this.pending.remove(b); // never committed, or loaded before a kill took the folder
    }
    const total = committed.reduce((a, b) => a + b.rows, 0);
    let done = 0;
    for (const chunk of chunksOf(committed, LOAD_ROWS_PER_COMMIT, (b) => b.rows)) {
      await this.inTransaction(async () => {
        for (const t of tablesOf(chunk)) {
          progress?.(done, total, `loading relationships (now ${t.type})`);
          await this.copyRelationships(t.type, t.from, t.to, t.files);
        }
        await this.exec(`UNWIND $keys AS k MATCH (d:${ident(DOCUMENT_LABEL)} {key: k}) SET d.${ident(PENDING_COLUMN)} = NULL`, { keys: chunk.flatMap((b) => b.documents) });
      });
      for (const b of chunk) this.pending.remove(b);
      progress?.((done += chunk.reduce((a, b) => a + b.rows, 0)), total, 'loading relationships');
    }
    return committed.reduce((a, b) => a + b.documents.length, 0);
  }

  /**
   * Whether a waiting batch committed and is not loaded yet: its documents
   * carry its id; or they are stored without its mark but no relationship
   * cites them. The second happens when the load's commit fails in its
   * checkpoint (a full disk): LadybugDB's recovery then keeps the cleared
   * marks, which went through its log, and loses the copied relationships,
   * which did not. So a document counts as loaded only once its relationships are.
   */
  private async needsLoad(batch: PendingBatch): Promise<boolean> {
    const docs = await this.rows(`UNWIND $keys AS k MATCH (d:${ident(DOCUMENT_LABEL)} {key: k}) RETURN d.${ident(PENDING_COLUMN)} AS mark`, { keys: batch.documents });
    if (docs.some((d) => d.mark === batch.id)) return true;
    if (!docs.length || !batch.rows) return false;
    const cited = await this.rows('MATCH ()-[r]->() WHERE r.doc IN $keys RETURN count(r) AS n', { keys: batch.documents });
    const n = Number(cited[0]?.n);
    if (n && n < batch.rows) throw new StoreDamaged(`${this.dir}: ${batch.rows - n} of the ${batch.rows} relationships of ${batch.documents.length} documents are missing; \`kg remove\` those documents and ingest them again`);
    return n === 0;
  }

  async storedDocuments(keys: string[]): Promise<Set<string>> {
    if (!this.readOnly) await this.ensureSchema();
    return new Set((await this.existingNodes(DOCUMENT_LABEL, keys)).keys());
  }

  async removeDocuments(keys: string[]): Promise<RemovalSummary> {
    await this.ensureSchema();
    await this.finishLoad();
    return this.inTransaction(() => this.removeRows(keys));
  }

  private async inTransaction<T>(work: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const out = await work();
      await this.run('COMMIT');
      return out;
    } catch (e) {
      await this.run('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      for (const dir of this.temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  private async removeRows(keys: string[]): Promise<RemovalSummary> {
    const summary: RemovalSummary = { documents: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
    if (!keys.length) return summary;
    // The entities no other document mentions, found by their provenance before it goes.
    const orphans = new Map<string, string[]>();
    for (const label of ENTITY_LABELS) {
      const hit = await this.rows(mentionedOnlyIn(label), { keys });
      orphans.set(label, hit.map((r) => r.key as string));
    }
    for (const { type } of relationshipTables()) {
      const hit = await this.rows(`MATCH ()-[r:${ident(type)}]->() WHERE r.doc IN $keys RETURN count(r) AS n`, { keys });
      if (!Number(hit[0]?.n)) continue;
      await this.exec(`MATCH ()-[r:${ident(type)}]->() WHERE r.doc IN $keys DELETE r`, { keys });
      summary.relationshipsDeleted += Number(hit[0].n);
    }
    for (const [label, orphaned] of orphans) {
      if (orphaned.length) await this.exec(`UNWIND $keys AS k MATCH (n:${ident(label)} {key: k}) DETACH DELETE n`, { keys: orphaned });
      summary.nodesDeleted += orphaned.length;
    }
    const docs = await this.rows(`MATCH (d:${ident(DOCUMENT_LABEL)}) WHERE d.key IN $keys RETURN count(d) AS n`, { keys });
    await this.exec(`MATCH (d:${ident(DOCUMENT_LABEL)}) WHERE d.key IN $keys DETACH DELETE d`, { keys });
    summary.documents = Number(docs[0]?.n ?? 0);
    return summary;
  }

  private async writeRows(graph: ResolvedGraph, storedDocuments: Map<string, Row>, progress?: Progress): Promise<WriteSummary> {
    const summary: WriteSummary = { nodesCreated: 0, nodesUpdated: 0, documentsCreated: 0, relationshipsCreated: 0 };
    const { nodeGroups, relGroups, total } = writePlan(graph);
    let done = 0;
    const freshDocuments = new Set(graph.documents.map((d) => d.key).filter((k) => !storedDocuments.has(k)));
    const isNew = (r: Row) => freshDocuments.has(r.doc as string);
    const groups = [];
    for (const { label, rows } of nodeGroups) {
      groups.push({ label, rows, existing: label === DOCUMENT_LABEL ? storedDocuments : await this.existingNodes(label, rows.map((r) => r.key as string)) });
    }
    // The relationships of new documents wait in the store folder, written before the commit that marks their documents.
    const waiting = relGroups.map((g) => ({ ...g, rows: g.rows.filter(isNew) })).filter((g) => g.rows.length);
    const batch = waiting.length ? this.pending.nextId() : undefined;
    if (batch) this.pending.stage(batch, [...freshDocuments], waiting.map((g) => ({ type: g.type, from: g.from, to: g.to, rows: g.rows.length, csv: csvOf(g.rows) })));
    for (const { label, rows, existing } of groups) {
      const fresh = rows.filter((r) => !existing.has(r.key as string)).map((r) => (label === DOCUMENT_LABEL && batch ? { ...r, [PENDING_COLUMN]: batch } : r));
      const changed = rows.flatMap((r) => { const s = existing.get(r.key as string); const m = s && mergedRow(label, s, r); return m ? [m] : []; });
      const appended = await this.copyNodes(label, fresh);
      this.keyIndexes.get(label)?.append(appended.map((r) => r.key as string));
      await this.updateNodes(label, changed);
      if (label === DOCUMENT_LABEL) summary.documentsCreated += fresh.length;
      else summary.nodesCreated += fresh.length;
      summary.nodesUpdated += changed.length;
      progress?.((done += rows.length), total, `${label} nodes`);
    }
    for (const g of waiting) summary.relationshipsCreated += g.rows.length;
    // Relationships of documents already stored (a graph written again) are looked up and written now.
    const stored = new Map<string, Set<string>>();
    const known = (rows: Row[]) => rows.filter((r) => !isNew(r));
    for (const g of relGroups) {
      if (!stored.has(g.type)) stored.set(g.type, await this.existingRelationshipKeys(g.type, relGroups.filter((x) => x.type === g.type).flatMap((x) => known(x.rows).map((r) => r.key as string))));
      const keys = stored.get(g.type)!;
      const fresh = known(g.rows).filter((r) => !keys.has(r.key as string));
      if (fresh.length) await this.copyRelationships(g.type, g.from, g.to, [await this.temporaryCsv(fresh)]);
      for (const r of fresh) keys.add(r.key as string);
      summary.relationshipsCreated += fresh.length;
      progress?.((done += g.rows.length), total, `${g.type} relationships`);
    }
    return summary;
  }

  read(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
    return this.rowsOf(this.conn, cypher, params, Infinity);
  }

  /**
   * A user's query: checked as a read here, then run in a process of its own
   * (query-process.ts) that is killed if it overruns its time or memory.
   */
  async query(cypher: string, params: Record<string, unknown> = {}, limits?: Partial<QueryLimits>): Promise<QueryResult> {
    const { columns } = checkReadQuery(cypher, params);
    // The binding tells a plain object by its constructor property, which a parameter of that name replaces.
    if (Object.hasOwn(params, 'constructor')) throw new QueryRefused('LadybugDB takes no parameter named "constructor": give it another name');
    this.queryProcesses ??= new QueryProcesses(this.dir);
    return withColumnsAsWritten(await this.queryProcesses.run(cypher, params, queryLimits(limits)), columns);
  }

  /** Runs a query already checked by query(), with its limits, on a connection of its own (in a query process). */
  async runCheckedQuery(cypher: string, params: Record<string, unknown>, { timeoutMs, rowLimit }: QueryLimits): Promise<QueryResult> {
    const conn = new lbug.Connection(this.db);
    try {
      conn.setQueryTimeout(timeoutMs);
      conn.setMaxNumThreadForExec(1); // one core at most: a heavy query leaves the others to other requests
      return await this.rowsOf(conn, cypher, params, rowLimit);
    } catch (e) {
      const message = (e as Error).message;
      if (/interrupt/i.test(message)) throw new QueryRefused(`stopped after ${timeoutMs / 1000} s (the time limit for one query)`, timeLimitRefusal(timeoutMs));
      if (/buffer pool is full|unable to allocate/i.test(message)) throw new QueryRefused(`stopped: the query needs more memory than the store's page cache (${bufferPoolBytes() / 2 ** 20} MB) holds; bound it (a shorter variable-length pattern such as [*1..3], LIMIT, or fewer rows)`);
      throw e;
    } finally {
      await conn.close();
    }
  }

  private async rowsOf(conn: lbug.Connection, cypher: string, params: Record<string, unknown>, rowLimit: number): Promise<QueryResult> {
    const single = await execute(conn, cypher, params, (message) => new QueryRefused(message, refusalOfStoreMessage(message)));
    const columns = await single.getColumnNames();
    const rows: Array<Record<string, PlainValue>> = [];
    let truncated = false;
    // Rows are fetched synchronously, as in rows(): the query itself ran off the event loop.
    while (single.hasNext()) {
      const row = single.getNextSync() as Record<string, unknown> | null;
      if (!row) break;
      if (rows.length >= rowLimit) { truncated = true; break; }
      const ids = new Map<string, string>();
      collectIds(row, ids);
      rows.push(Object.fromEntries(columns.map((c) => [c, toPlain(row[c], ids)])));
    }
    single.close();
    return truncated ? { columns, rows, truncated } : { columns, rows };
  }

  async counts(): Promise<{ nodes: number; relationships: number }> {
    const n = await this.rows('MATCH (n) RETURN count(n) AS c');
    const r = await this.rows('MATCH ()-[r]->() RETURN count(r) AS c');
    return { nodes: Number(n[0]?.c ?? 0), relationships: Number(r[0]?.c ?? 0) };
  }

  /** Folds the write-ahead log into the database file. */
  async checkpoint(): Promise<void> {
    await this.run('CHECKPOINT');
  }

  /** Loads what is waiting (writers other than an ingest need not call finishLoad) unless told not to, then closes. */
  async close({ load = true }: { load?: boolean } = {}): Promise<void> {
    try {
      if (this.ready && load) await this.finishLoad();
    } finally {
      this.queryProcesses?.close();
      await this.conn.close();
      await this.db.close();
    }
    // Sealed when nothing waits to be loaded: with relationships waiting, the next writer changes the file at once (the ingest's load stage).
    if (!this.readOnly && !this.pending.waiting()) sealStore(databaseFile(this.dir));
  }

  /**
   * The stored rows of the given keys only, found through the primary-key
   * index (a batch reads what it touches, not the whole graph); from a
   * large batch on, only the keys the table may hold are looked up, in the
   * table's order (key-index.ts).
   */
  private async existingNodes(label: string, all: string[]): Promise<Map<string, Row>> {
    const out = new Map<string, Row>();
    const keys = await this.inTableOrder(label, all, (k) => k);
    const columns = label === DOCUMENT_LABEL ? ['key'] : ['key', 'name', 'aliases', ...ENTITY_PROPERTIES];
    const returned = columns.map((c) => `n.${ident(c)} AS ${ident(c)}`).join(', ');
    for (let i = 0; i < keys.length; i += LOOKUP_BATCH) {
      const r = await this.rows(`UNWIND $keys AS k MATCH (n:${ident(label)} {key: k}) RETURN ${returned}`, { keys: keys.slice(i, i + LOOKUP_BATCH) });
      for (const row of r) out.set(row.key as string, row as Row);
    }
    return out;
  }

  /**
   * Of items about a node table, those whose keys it may hold, in its row
   * order (key-index.ts), once there are enough to be worth reading the
   * table's keys for, or they are read already; otherwise all, as they are.
   */
  private async inTableOrder<T>(label: string, items: T[], keyOf: (item: T) => string): Promise<T[]> {
    let index = this.keyIndexes.get(label);
    if (!index && items.length < INDEX_FROM_KEYS) return items;
    if (!index) {
      index = new KeyIndex();
      for (const r of await this.rows(`MATCH (n:${ident(label)}) RETURN n.key AS key, offset(id(n)) AS offset`)) index.add(r.key as string, Number(r.offset));
      this.keyIndexes.set(label, index);
    }
    return index.stored(items, keyOf);
  }

  private async existingRelationshipKeys(type: string, keys: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    if (!keys.length) return out;
    for (let i = 0; i < keys.length; i += LOOKUP_BATCH) {
      const r = await this.rows(`MATCH ()-[r:${ident(type)}]->() WHERE r.key IN $keys RETURN r.key AS key`, { keys: keys.slice(i, i + LOOKUP_BATCH) });
      for (const row of r) out.add(row.key as string);
    }
    return out;
  }

  /** Appends new nodes; returns them in the order the table stored them. */
  private async copyNodes(label: string, rows: Row[]): Promise<Row[]> {
    if (!rows.length) return rows;
    // Rows whose lists LadybugDB's CSV reader reads back exactly go by file; the rest by parameter list.
    const byFile = rows.filter(csvReadsBack), byParameter = rows.filter((r) => !csvReadsBack(r));
    if (byFile.length) await this.copyFrom(label, [await this.temporaryCsv(byFile)], '');
    if (byParameter.length) {
      const columns = Object.keys(byParameter[0]);
      const query = `COPY ${ident(label)} FROM (UNWIND $rows AS r RETURN ${columns.map((c) => `r.${ident(c)}`).join(', ')})`;
      for (let i = 0; i < byParameter.length; i += BATCH) await this.exec(query, { rows: byParameter.slice(i, i + BATCH) });
    }
    return [...byFile, ...byParameter];
  }

  /** Writes the merged values of stored entities. */
  private async updateNodes(label: string, changed: Row[]): Promise<void> {
    if (!changed.length) return;
    const rows = await this.inTableOrder(label, changed, (r) => r.key as string);
    const sets = Object.keys(rows[0]).filter((c) => c !== 'key').map((c) => `n.${ident(c)} = r.${ident(c)}`);
    await this.exec(`UNWIND $rows AS r MATCH (n:${ident(label)} {key: r.key}) SET ${sets.join(', ')}`, { rows });
  }

  private async copyRelationships(type: string, from: string, to: string, files: string[]): Promise<void> {
    // The endpoint labels go into the COPY options as strings.
    await this.copyFrom(type, files, `, from='${ident(from).slice(1, -1)}', to='${ident(to).slice(1, -1)}'`);
  }

  private async copyFrom(table: string, files: string[], options: string): Promise<void> {
    for (const f of files) if (/['\\]/.test(f)) throw new Error(`store: cannot COPY from ${f}: a quote or backslash in its path`);
    // parallel=false: LadybugDB's parallel CSV reader cannot read quoted line breaks (evidence may hold one).
    await this.run(`COPY ${ident(table)} FROM [${files.map((f) => `'${f}'`).join(', ')}] (header=true, parallel=false, auto_detect=false, delim=',', quote='"', escape='"'${options})`);
  }

  /** The rows as a CSV file in a private temporary folder, removed when the transaction ends. */
  private async temporaryCsv(rows: Row[]): Promise<string> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-copy-'));
    this.temporaryDirs.push(dir);
    const file = path.join(dir, 'rows.csv');
    fs.writeFileSync(file, csvOf(rows));
    return file;
  }

  private async run(query: string): Promise<void> {
    (await execute(this.conn, query, {}, storeError)).close();
  }

  private async exec(query: string, params: Record<string, unknown>): Promise<void> {
    (await execute(this.conn, query, params, storeError)).close();
  }

  /**
   * The rows of one of kg's own queries, fetched synchronously: the binding's
   * async getNext goes through the thread pool once per row, about 40 µs a
   * row, which made a large batch's lookups take seconds (190k keys: 7 s
   * async, 0.2–0.5 s sync).
   */
  private async rows(query: string, params: Record<string, unknown> = {}): Promise<Array<Record<string, unknown>>> {
    const result = await execute(this.conn, query, params, storeError);
    try {
      return result.getAllSync() as Array<Record<string, unknown>>;
    } finally {
      result.close();
    }
  }
}

/** LadybugDB's own words, with what to do where there is something to do. */
const storeError = (message: string) => new Error(`store: ${message}${/buffer pool is full/i.test(message) ? ` (LadybugDB's page cache is ${bufferPoolBytes() / 2 ** 20} MB: set KG_BUFFER_POOL_MB higher and run the same command again; what was committed is kept)` : ''}`);

/** Items in consecutive groups whose weights add up to at most `limit` (an item heavier than that alone). */
function chunksOf<T>(items: T[], limit: number, weight: (item: T) => number): T[][] {
  const out: T[][] = [];
  let size = Infinity;
  for (const item of items) {
    if (size + weight(item) > limit) { out.push([]); size = 0; }
    out[out.length - 1].push(item);
    size += weight(item);
  }
  return out;
}

/** The files of some batches grouped by relationship table: one COPY each. */
function tablesOf(batches: PendingBatch[]): Array<{ type: string; from: string; to: string; files: string[] }> {
  const tables = new Map<string, { type: string; from: string; to: string; files: string[] }>();
  for (const f of batches.flatMap((b) => b.files)) {
    const k = `${f.type}.${f.from}.${f.to}`;
    if (!tables.has(k)) tables.set(k, { type: f.type, from: f.from, to: f.to, files: [] });
    tables.get(k)!.files.push(f.file);
  }
  return [...tables.values()];
}

/** LadybugDB's page cache (its default, most of the machine's memory, lets one ingest take gigabytes); KG_BUFFER_POOL_MB overrides. */
function bufferPoolBytes(): number {
  const mb = Number(process.env.KG_BUFFER_POOL_MB ?? LADYBUG_BUFFER_POOL_MB);
  if (!Number.isInteger(mb) || mb < 64) throw new Error(`store: KG_BUFFER_POOL_MB wants a whole number of megabytes ≥ 64, got "${process.env.KG_BUFFER_POOL_MB}"`);
  return mb * 1024 * 1024;
}

/** A list item LadybugDB's CSV reader gives back unchanged: no separator, bracket, quote or edge space, not NULL. */
const PLAIN_ITEM = /^(?!null$)[^\s,[\]{}"'\\](?:[^,[\]{}"'\\]*[^\s,[\]{}"'\\])?$/i;
const csvReadsBack = (row: Row) => Object.values(row).every((v) => !Array.isArray(v) || v.every((x) => PLAIN_ITEM.test(x)));

/**
 * Rows as CSV for COPY: numbers bare, null as an empty field (read back as
 * NULL), lists as [a,b] (LadybugDB's form, which has no quoting: csvReadsBack
 * says which lists survive it), strings bare unless they hold a separator, a
 * quote or a line break (then quoted, quotes doubled). Why bare: LadybugDB
 * reads quoted fields about nine times slower (measured: 44 MB of evidence
 * rows, 4.9 s quoted against 0.55 s bare), and every other character,
 * backslashes and edge spaces included, reads back unchanged.
 */
function csvOf(rows: Row[]): string {
  const columns = Object.keys(rows[0]);
  const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const text = (s: string) => (s === '' || /[,"\r\n]/.test(s) ? quoted(s) : s);
  const cell = (v: Row[string]) => (v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : Array.isArray(v) ? quoted(`[${v.join(',')}]`) : text(String(v)));
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => cell(r[c])).join(','));
  return `${lines.join('\n')}\n`;
}

/**
 * What LadybugDB says when its files were left mid-write: a checkpoint that
 * did not finish (a read-only open refuses; a writing open finishes it) or a
 * write-ahead log cut short or corrupted (every open refuses).
 */
const INTERRUPTED_CHECKPOINT = /checkpoint is in progress/i;
const DAMAGED_LOG = /\.wal\b|WAL|checksum/;
/** What LadybugDB says when the pages of graph.lbug itself are damaged (it has no checksums for them). */
const UNREADABLE = /bad_alloc|corrupt/i;

function damageOf(dir: string, message: string): StoreDamaged | undefined {
  if (INTERRUPTED_CHECKPOINT.test(message)) return new StoreDamaged(`${dir} was left in the middle of a checkpoint (a crash, a kill or a full disk); run \`kg doctor --data ${dir}\` to finish it`);
  if (DAMAGED_LOG.test(message)) return new StoreDamaged(`the write-ahead log in ${dir} is damaged (${message}); run \`kg doctor --data ${dir} --repair\` to keep every transaction before the damage`);
  if (UNREADABLE.test(message)) return new StoreDamaged(`graph.lbug in ${dir} cannot be read (${message}): the file looks damaged; \`kg doctor --data ${dir}\` checks it`);
  return undefined;
}

/** Prepares and runs one statement with its parameters; the result of its last part. */
async function execute(conn: lbug.Connection, query: string, params: Record<string, unknown>, fail: (message: string) => Error): Promise<lbug.QueryResult> {
  const statement = await conn.prepare(query);
  if (!statement.isSuccess()) throw fail(statement.getErrorMessage());
  const result = await conn.execute(statement, params as Record<string, lbug.LbugValue>);
  return Array.isArray(result) ? result[result.length - 1] : result;
}

type IdMap = Map<string, string>;
const idOf = (id: unknown) => { const o = id as { table: number; offset: number }; return `${o.table}:${o.offset}`; };

function collectIds(v: unknown, ids: IdMap): void {
  if (Array.isArray(v)) { v.forEach((x) => collectIds(x, ids)); return; }
  if (!v || typeof v !== 'object') return;
  const o = v as Record<string, unknown>;
  if ('_label' in o && '_id' in o && !('_src' in o) && typeof o.key === 'string') ids.set(idOf(o._id), o.key);
  for (const x of Object.values(o)) collectIds(x, ids);
}

function toPlain(v: unknown, ids: IdMap): PlainValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map((x) => toPlain(x, ids));
  if (v instanceof Date) return v.toISOString();
  if (typeof v !== 'object') return v as PlainValue;
  const o = v as Record<string, unknown>;
  if ('_nodes' in o && '_rels' in o) {
    return { _kind: 'path', nodes: (o._nodes as unknown[]).map((n) => toPlain(n, ids) as PlainNode), relationships: (o._rels as unknown[]).map((r) => toPlain(r, ids) as PlainRelationship) };
  }
  if ('_label' in o && '_src' in o) {
    return { _kind: 'relationship', key: String(o.key ?? idOf(o._id)), type: String(o._label), source: ids.get(idOf(o._src)), target: ids.get(idOf(o._dst)), properties: properties(o) };
  }
  if ('_label' in o && '_id' in o) return { _kind: 'node', key: String(o.key ?? idOf(o._id)), label: String(o._label), properties: properties(o) };
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, toPlain(x, ids)]));
}

function properties(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (!k.startsWith('_') && v !== null) out[k] = typeof v === 'bigint' ? Number(v) : v;
  return out;
}

/** LadybugDB's column names (COUNT(n._ID)) replaced by the query's own (count(n)), as Neo4j gives them; kept when they cannot be matched one to one. */
function withColumnsAsWritten(result: QueryResult, written: string[] | undefined): QueryResult {
  if (!written || written.length !== result.columns.length || new Set(written).size !== written.length || written.includes('')) return result;
  const rows = result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [written[i], row[c]])));
  return { ...result, columns: written, rows };
}

// The store interface both backends implement: schema, idempotent writes,
// read-only Cypher, counts. Values in results are plain JSON (values.ts).
import type { ResolvedGraph } from '../resolve/graph';
import type { PlainValue } from './values';
import { QUERY_ROW_LIMIT, QUERY_TIMEOUT_MS } from '../defaults';
import { KgError } from '../errors';

/** What a write changed: entity nodes created and updated, documents created, relationships created. */
export interface WriteSummary { nodesCreated: number; nodesUpdated: number; documentsCreated: number; relationshipsCreated: number }
export interface RemovalSummary { documents: number; nodesDeleted: number; relationshipsDeleted: number }
export interface QueryResult { columns: string[]; rows: Array<Record<string, PlainValue>>; truncated?: boolean }

/** What one user query may cost. */
export interface QueryLimits { timeoutMs: number; rowLimit: number }
export type Progress = (done: number, total: number, what: string) => void;

/** How the backends' Cypher differs where the server needs it. */
export interface Dialect {
  /** Which backend: code that must differ asks this, never the shape of an expression. */
  kind: 'ladybug' | 'neo4j';
  /** What the backend is called to a user (no paths). */
  name: string;
  /** Expression for a node variable's label. */
  label(v: string): string;
  /** Expression for a relationship variable's type. */
  type(v: string): string;
  /** Expression joining a list of strings with '|', for CONTAINS searches. */
  joined(list: string): string;
  /**
   * A query for every shortest path p between the nodes keyed $from and $to,
   * of at most `steps` relationships (an integer the caller has checked), none
   * of them of type `skipped`; at most $limit paths.
   */
  shortestPaths(steps: number, skipped: string): string;
}

export interface GraphStore {
  readonly description: string;
  readonly dialect: Dialect;
  ensureSchema(): Promise<void>;
  /** Merges the graph in (first removing the documents it replaces); one commit on the embedded store. */
  write(graph: ResolvedGraph, progress?: Progress): Promise<WriteSummary>;
  /**
   * Loads what write() left waiting: the embedded store keeps the
   * relationships of new documents in its folder until then, to load them
   * with one COPY per table (ladybug.ts, pending.ts); Neo4j has nothing
   * waiting. close() does it too, unless told to leave them to whoever opens
   * the store next. Returns the documents whose relationships it loaded.
   */
  finishLoad(progress?: Progress): Promise<number>;
  /**
   * Removes documents and what only they supported: their relationships and
   * provenance, and entities no other document mentions (the others keep
   * their names and values as merged).
   */
  removeDocuments(keys: string[]): Promise<RemovalSummary>;
  /** Which of these documents (by content key) the store holds, looked up by key, not by reading every document. */
  storedDocuments(keys: string[]): Promise<Set<string>>;
  /** Runs one of kg's own reading queries; parameters only, never pasted text. */
  read(cypher: string, params?: Record<string, unknown>): Promise<QueryResult>;
  /**
   * Runs a user's query: refused unless it parses as a read (query-check.ts),
   * then run on a connection of its own, within a time and a row limit.
   */
  query(cypher: string, params?: Record<string, unknown>, limits?: Partial<QueryLimits>): Promise<QueryResult>;
  counts(): Promise<{ nodes: number; relationships: number }>;
  /** Closes; `load: false` leaves what write() left waiting to the next opener (kg ingest loads it on a thread of its own). */
  close(options?: { load?: boolean }): Promise<void>;
}


/**
 * The embedded store's files were left mid-write (a crash, a kill, a full
 * disk) and cannot be opened as they are; the message says what to run.
 */
export class StoreDamaged extends KgError {
  constructor(message: string) { super(message, 'store'); }
}

/** The store cannot be reached (a Neo4j server that stopped, a store being written by another process). */
export class StoreUnavailable extends KgError {
  constructor(message: string) { super(message, 'store'); }
}

/** The server refused the user and password kg was given; the message says which variables set them. */
export class StoreAuthFailed extends KgError {
  constructor(message: string) { super(message, 'store'); }
}

export function queryLimits(limits: Partial<QueryLimits> = {}): QueryLimits {
  return { timeoutMs: limits.timeoutMs ?? QUERY_TIMEOUT_MS, rowLimit: limits.rowLimit ?? QUERY_ROW_LIMIT };
}

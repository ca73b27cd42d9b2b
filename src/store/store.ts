// The store interface both backends implement: schema, idempotent writes,
// read-only Cypher, counts. Values in results are plain JSON (values.ts).
import type { ResolvedGraph } from '../resolve/graph';
import type { KnownNode } from '../resolve/resolve';
import type { PlainValue } from './values';
import { ENTITY_TYPES } from '../schema/ontology';
import { ident } from './schema';

export interface WriteSummary { nodesCreated: number; nodesUpdated: number; relationshipsCreated: number }
export interface QueryResult { columns: string[]; rows: Array<Record<string, PlainValue>> }
export type Progress = (done: number, total: number, what: string) => void;

/** How the backends' Cypher differs where the server needs it. */
export interface Dialect {
  /** Expression for a node variable's label. */
  label(v: string): string;
  /** Expression for a relationship variable's type. */
  type(v: string): string;
  /** Expression joining a list of strings with '|', for CONTAINS searches. */
  joined(list: string): string;
}

export interface GraphStore {
  readonly description: string;
  readonly dialect: Dialect;
  ensureSchema(): Promise<void>;
  knownNodes(): Promise<KnownNode[]>;
  write(graph: ResolvedGraph, progress?: Progress): Promise<WriteSummary>;
  /** Runs a query that must not write; parameters only, never pasted text. */
  read(cypher: string, params?: Record<string, unknown>): Promise<QueryResult>;
  counts(): Promise<{ nodes: number; relationships: number }>;
  close(): Promise<void>;
}

/** Every stored entity's key, name and aliases, so new documents resolve onto existing nodes; the same query in both backends. */
export async function readKnownNodes(read: (cypher: string) => Promise<QueryResult>): Promise<KnownNode[]> {
  const out: KnownNode[] = [];
  for (const label of ENTITY_TYPES) {
    const r = await read(`MATCH (n:${ident(label)}) RETURN n.key AS key, n.name AS name, n.aliases AS aliases`);
    for (const row of r.rows) out.push({ key: row.key as string, label, name: row.name as string, aliases: (row.aliases as string[]) ?? [] });
  }
  return out;
}

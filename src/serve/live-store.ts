// The store as the server sees it: opened when first needed, opened again
// when the embedded store's files change (an ingest while the server runs:
// a reload shows the new entities), and after a failed open (a server
// started during an ingest) the next request tries again instead of
// failing forever.
import fs from 'node:fs';
import path from 'node:path';
import { StoreUnavailable, type GraphStore, type QueryLimits, type QueryResult } from '../store/store';
import { LADYBUG_DIALECT } from '../store/ladybug';
import { NEO4J_DIALECT } from '../store/neo4j';
import { openStore, storeLocation, type StoreOptions } from '../store/open';

/** A checkpoint of an ingest running beside the server (LadybugDB's words for it), which ends by itself. */
const CHECKPOINT_UNDER_WAY = /checkpoint is in progress|shadow pages|\.wal\b.*No such file/i;
/** How long a request waits for such a checkpoint before it is answered 503. */
const CHECKPOINT_WAIT_MS = 10_000;

/**
 * Opens the store, waiting out a checkpoint under way instead of failing the
 * request at once. It does not open while the checkpoint's files are there:
 * a read-only open racing another process's checkpoint can crash the reader
 * (LadybugDB issue 642), and the reader here is the server.
 */
async function openWaitingForCheckpoint(open: () => Promise<GraphStore>, checkpointFiles: string[]): Promise<GraphStore> {
  const until = Date.now() + CHECKPOINT_WAIT_MS;
  const pause = () => new Promise((ok) => setTimeout(ok, 200));
  for (;;) {
    if (checkpointFiles.some((f) => fs.existsSync(f)) && Date.now() < until) { await pause(); continue; }
    try {
      return await open();
    } catch (e) {
      if (!CHECKPOINT_UNDER_WAY.test((e as Error).message) || Date.now() > until) throw e;
      await pause();
    }
  }
}

export class LiveStore implements GraphStore {
  readonly dialect;
  readonly description: string;
  private current?: GraphStore;
  private stamp = '';
  private readonly files: string[];
  /** Files LadybugDB keeps beside the database only while a checkpoint runs. */
  private readonly checkpointFiles: string[];

  constructor(private readonly options: StoreOptions) {
    const where = storeLocation(options);
    this.dialect = where.neo4j ? NEO4J_DIALECT : LADYBUG_DIALECT;
    this.description = this.dialect.name;
    this.files = where.dir ? ['graph.lbug', 'graph.lbug.wal'].map((f) => path.join(where.dir!, f)) : [];
    this.checkpointFiles = where.dir ? ['graph.lbug.shadow', 'graph.lbug.checkpoint.intent.lock'].map((f) => path.join(where.dir!, f)) : [];
  }

  /** The open store, reopened when its files changed since it was opened. */
  private async store(): Promise<GraphStore> {
    const stamp = this.files.map((f) => { try { const s = fs.statSync(f); return `${s.mtimeMs}:${s.size}`; } catch { return '-'; } }).join('|');
    if (this.current && stamp === this.stamp) return this.current;
    const old = this.current;
    this.current = undefined;
    await old?.close().catch(() => undefined);
    try {
      this.current = await openWaitingForCheckpoint(() => openStore({ ...this.options, readOnly: true }), this.checkpointFiles);
      this.stamp = stamp;
      return this.current;
    } catch (e) {
      throw new StoreUnavailable(`${(e as Error).message.replace(/\/\S+/g, '…')}; try again shortly`);
    }
  }

  async ensureSchema(): Promise<void> { /* the server only reads */ }
  async write(): Promise<never> { throw new StoreUnavailable('the server only reads'); }
  async removeDocuments(): Promise<never> { throw new StoreUnavailable('the server only reads'); }
  async finishLoad(): Promise<number> { return 0; }
  async storedDocuments(keys: string[]): Promise<Set<string>> { return (await this.store()).storedDocuments(keys); }
  async read(cypher: string, params?: Record<string, unknown>): Promise<QueryResult> { return (await this.store()).read(cypher, params); }
  async query(cypher: string, params?: Record<string, unknown>, limits?: Partial<QueryLimits>): Promise<QueryResult> { return (await this.store()).query(cypher, params, limits); }
  async counts(): Promise<{ nodes: number; relationships: number }> { return (await this.store()).counts(); }
  async close(): Promise<void> { await this.current?.close().catch(() => undefined); this.current = undefined; }
}

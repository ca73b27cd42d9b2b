// The store as the server sees it: opened when first needed, opened again
// when the embedded store's files change (an ingest while the server runs:
// a reload shows the new entities), and after a failed open (a server
// started during an ingest) the next request tries again instead of
// failing forever.
import fs from 'node:fs';
import path from 'node:path';
import { StoreUnavailable, type GraphStore, type QueryLimits, type QueryResult } from '../store/store';
import { LADYBUG_DIALECT, NEO4J_DIALECT } from '../store/dialects';
import { openStore, storeLocation, type StoreOptions } from '../store/open';
import { openWaitingForCheckpoint } from '../store/checkpoint-wait';

export class LiveStore implements GraphStore {
  readonly dialect;
  readonly description: string;
  private current?: GraphStore;
  private stamp = '';
  private readonly files: string[];
  private readonly dir?: string;

  constructor(private readonly options: StoreOptions) {
    const where = storeLocation(options);
    this.dialect = where.neo4j ? NEO4J_DIALECT : LADYBUG_DIALECT;
    this.description = this.dialect.name;
    this.files = where.dir ? ['graph.lbug', 'graph.lbug.wal'].map((f) => path.join(where.dir!, f)) : [];
    this.dir = where.dir;
  }

  /** The open store, reopened when its files changed since it was opened. */
  private async store(): Promise<GraphStore> {
    const stamp = this.files.map((f) => { try { const s = fs.statSync(f); return `${s.mtimeMs}:${s.size}`; } catch { return '-'; } }).join('|');
    if (this.current && stamp === this.stamp) return this.current;
    const old = this.current;
    this.current = undefined;
    await old?.close().catch(() => undefined);
    try {
      const open = () => openStore({ ...this.options, readOnly: true });
      // An ingest beside the server: its checkpoints are waited out, not answered 503.
      this.current = this.dir ? await openWaitingForCheckpoint(this.dir, open) : await open();
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

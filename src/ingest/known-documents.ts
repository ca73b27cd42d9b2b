// What an ingest asks the store about documents: which of a batch's it holds
// (by key, through the index) and which stored documents a batch replaces
// (same path, other content). Paths have no index, so they are read once per
// ingest and kept up to date here, not scanned again for every batch (that
// scan made a long ingest quadratic).
import type { DocumentRecord } from '../resolve/graph';
import type { GraphStore } from '../store/store';
import { DOCUMENT_LABEL } from '../schema/ontology';

export class KnownDocuments {
  private keysByPath?: Map<string, Set<string>>;

  constructor(private readonly store: GraphStore) {}

  /** Which of these documents (by content key) the store holds. */
  async stored(keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const res = await this.store.read(`UNWIND $keys AS k MATCH (d:${DOCUMENT_LABEL} {key: k}) RETURN d.key AS key`, { keys });
    return new Set(res.rows.map((r) => r.key as string));
  }

  /** Stored documents under the paths of these documents with other content: writing these replaces them. */
  async replacedBy(documents: DocumentRecord[]): Promise<string[]> {
    const byPath = await this.paths();
    const incoming = new Set(documents.map((d) => d.key));
    return [...new Set(documents.flatMap((d) => [...(byPath.get(d.path) ?? [])]))].filter((k) => !incoming.has(k));
  }

  /** Documents now written, replacing what `replaced` named. */
  written(documents: DocumentRecord[], replaced: string[]): void {
    const byPath = this.keysByPath!;
    const gone = new Set(replaced);
    for (const [p, keys] of byPath) for (const k of keys) if (gone.has(k)) { keys.delete(k); if (!keys.size) byPath.delete(p); }
    for (const d of documents) { if (!byPath.has(d.path)) byPath.set(d.path, new Set()); byPath.get(d.path)!.add(d.key); }
  }

  private async paths(): Promise<Map<string, Set<string>>> {
    if (!this.keysByPath) {
      this.keysByPath = new Map();
      for (const r of (await this.store.read(`MATCH (d:${DOCUMENT_LABEL}) RETURN d.path AS path, d.key AS key`)).rows) {
        const p = r.path as string;
        if (!this.keysByPath.has(p)) this.keysByPath.set(p, new Set());
        this.keysByPath.get(p)!.add(r.key as string);
      }
    }
    return this.keysByPath;
  }
}

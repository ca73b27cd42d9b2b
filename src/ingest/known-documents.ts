// What an ingest asks the store about documents: which of a batch's it holds
// and which stored documents a batch replaces (same path, other content).
// The stored documents' keys and paths are read once per ingest and kept up
// to date here: paths have no index (a scan per batch made a long ingest
// quadratic), and a batch's documents are mostly new, so asking the key
// index about each of them finds nothing at a cost that grew with the store.
import type { DocumentRecord } from '../resolve/graph';
import type { GraphStore } from '../store/store';
import { DOCUMENT_LABEL } from '../schema/ontology';

export class KnownDocuments {
  private readonly keysByPath = new Map<string, Set<string>>();
  private readonly keys = new Set<string>();
  private loaded = false;

  constructor(private readonly store: GraphStore) {}

  /** Which of these documents (by content key) the store holds. */
  async stored(keys: string[]): Promise<Set<string>> {
    await this.load();
    return new Set(keys.filter((k) => this.keys.has(k)));
  }

  /** Stored documents under the paths of these documents with other content: writing these replaces them. */
  async replacedBy(documents: DocumentRecord[]): Promise<string[]> {
    await this.load();
    const incoming = new Set(documents.map((d) => d.key));
    return [...new Set(documents.flatMap((d) => [...(this.keysByPath.get(d.path) ?? [])]))].filter((k) => !incoming.has(k));
  }

  /** Documents now written, replacing what `replaced` named. */
  written(documents: DocumentRecord[], replaced: string[]): void {
    // A replaced document is stored under the path of the document replacing it.
    for (const d of documents) for (const k of replaced) this.keysByPath.get(d.path)?.delete(k);
    for (const k of replaced) this.keys.delete(k);
    for (const d of documents) this.remember(d.path, d.key);
  }

  private remember(path: string, key: string): void {
    if (!this.keysByPath.has(path)) this.keysByPath.set(path, new Set());
    this.keysByPath.get(path)!.add(key);
    this.keys.add(key);
  }

  private async load(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    for (const r of (await this.store.read(`MATCH (d:${DOCUMENT_LABEL}) RETURN d.path AS path, d.key AS key`)).rows) {
      this.remember(r.path as string, r.key as string);
    }
  }
}

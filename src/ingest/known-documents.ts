// What an ingest asks the store about documents: which of a batch's it holds
// (the store looks them up by key) and which stored documents a batch
// replaces (same path, other content). Paths have no index, so the stored
// paths are read once per ingest and kept here as 30-bit hashes: a batch
// whose paths are all new (the usual case) asks nothing, and one that may
// reuse a path asks about those paths only. Hashes, not the paths: at 100k
// documents the paths with their keys took 41 MB of the ingest's heap, a
// number that grew with every batch; the hashes take about 3 MB.
import type { DocumentRecord } from '../resolve/graph';
import type { GraphStore } from '../store/store';
import { DOCUMENT_LABEL } from '../schema/ontology';
import { hash } from '../store/key-index';

export class KnownDocuments {
  private paths?: Set<number>;

  constructor(private readonly store: GraphStore) {}

  /** Which of these documents (by content key) the store holds. */
  stored(keys: string[]): Promise<Set<string>> {
    return this.store.storedDocuments(keys);
  }

  /** Stored documents under the paths of these documents with other content: writing these replaces them. */
  async replacedBy(documents: DocumentRecord[]): Promise<string[]> {
    const paths = await this.storedPaths();
    // A hash that matches says "maybe": the store answers for those paths only.
    const maybe = [...new Set(documents.map((d) => d.path).filter((p) => paths.has(hash(p))))];
    if (!maybe.length) return [];
    const incoming = new Set(documents.map((d) => d.key));
    const stored = await this.store.read(`MATCH (d:${DOCUMENT_LABEL}) WHERE d.path IN $paths RETURN d.key AS key`, { paths: maybe });
    return [...new Set(stored.rows.map((r) => r.key as string))].filter((k) => !incoming.has(k));
  }

  /** Documents now written (under their paths). */
  written(documents: DocumentRecord[]): void {
    for (const d of documents) this.paths?.add(hash(d.path));
  }

  private async storedPaths(): Promise<Set<number>> {
    if (!this.paths) this.paths = new Set((await this.store.read(`MATCH (d:${DOCUMENT_LABEL}) RETURN d.path AS path`)).rows.map((r) => hash(r.path as string)));
    return this.paths;
  }
}

// One ingest: read and extract files, resolve them into graph records, merge
// them into the store, and report what joined existing nodes and which
// people stayed apart from same-named ones (possible namesakes).
import { extractFiles } from './documents';
import { resolve } from '../resolve/resolve';
import type { GraphStore, Progress, WriteSummary } from '../store/store';

export interface IngestReport {
  read: number;
  extracted: number;
  failures: Array<{ file: string; error: string }>;
  warnings: Array<{ file: string; warning: string }>;
  entities: number;
  nodes: number;
  relations: number;
  written: WriteSummary;
  /** Extracted entities that became part of a node another entity (stored or in this batch) already stood for. */
  joined: number;
  /** People of this batch kept apart from a same-named person (another province or no shared context). */
  namesakes: number;
}

export async function ingestFiles(files: string[], store: GraphStore, progress?: Progress): Promise<IngestReport> {
  const batch = extractFiles(files, (i) => progress?.(i + 1, files.length, 'extracting'));
  const graph = resolve(batch.documents);
  await store.ensureSchema();
  const namesakes = await countNamesakes(store, graph.nodes.filter((n) => n.label === 'Person'));
  const written = await store.write(graph, progress);
  const entities = batch.documents.reduce((a, d) => a + d.extraction.entities.length, 0);
  return {
    read: files.length, extracted: batch.documents.length, failures: batch.failures, warnings: batch.warnings,
    entities, nodes: graph.nodes.length, relations: graph.relationships.length, written,
    joined: entities - written.nodesCreated,
    namesakes,
  };
}

/** People of the batch whose name another person node (stored or new) also has. */
async function countNamesakes(store: GraphStore, people: Array<{ key: string; name: string }>): Promise<number> {
  if (!people.length) return 0;
  const stored = await store.read('MATCH (n:Person) WHERE n.name IN $names RETURN n.key AS key, n.name AS name', { names: [...new Set(people.map((p) => p.name))] });
  const keysByName = new Map<string, Set<string>>();
  for (const r of [...stored.rows.map((x) => ({ key: x.key as string, name: x.name as string })), ...people]) {
    if (!keysByName.has(r.name)) keysByName.set(r.name, new Set());
    keysByName.get(r.name)!.add(r.key);
  }
  return people.filter((p) => keysByName.get(p.name)!.size > 1).length;
}

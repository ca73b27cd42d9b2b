// An ingest as a stream of batches: each batch of files is hashed, the
// documents the store already holds are skipped before any decoding or
// extraction (so a second ingest of a folder, or one resumed after a kill,
// redoes nothing finished), the rest are extracted (over worker threads),
// resolved and written in one commit. Memory holds one batch. Entities meet
// across batches by their identity keys (resolve/identity.ts), which depend
// on the entity and its own document only.
import { documentDigest } from '../read/document';
import { resolve, type ExtractedDocument } from '../resolve/resolve';
import type { DocumentRecord } from '../resolve/graph';
import type { DocExtraction } from '../schema/types';
import type { GraphStore, Progress, WriteSummary } from '../store/store';
import { DOCUMENT_LABEL } from '../schema/ontology';
import { INGEST_BATCH } from '../defaults';
import { ExtractionPool } from './pool';
import { fileError } from './documents';

export interface IngestOptions {
  progress?: Progress;
  /** Worker threads for extraction (1: on this thread). */
  jobs?: number;
  /** Documents per commit. */
  batchSize?: number;
}

export interface IngestReport {
  read: number;
  /** Documents the store already held (same bytes): skipped without extraction. */
  unchanged: number;
  /** Stored documents replaced by new content under the same path. */
  replaced: number;
  extracted: number;
  failures: Array<{ file: string; error: string }>;
  warnings: Array<{ file: string; warning: string }>;
  entities: number;
  relations: number;
  written: WriteSummary;
  /** Extracted entities that became part of a node another entity (stored or in this ingest) already stood for. */
  joined: number;
  /** People kept apart from a same-named person (another province or no shared context). */
  namesakes: number;
  batches: number;
  /** Where the time went, in milliseconds (for benchmarks). */
  timings: { extract: number; resolve: number; write: number };
}

export async function ingestFiles(files: string[], store: GraphStore, options: IngestOptions = {}): Promise<IngestReport> {
  const report = emptyReport(files.length);
  const size = options.batchSize ?? INGEST_BATCH;
  const pool = new ExtractionPool(options.jobs ?? 1);
  await store.ensureSchema();
  try {
    for (let start = 0; start < files.length; start += size) {
      // Extraction counts files of the whole ingest; writing counts rows of its batch.
      const extracting = (done: number) => options.progress?.(start + done, files.length, 'extracting');
      await ingestBatch(files.slice(start, start + size), store, pool, report, extracting, options.progress ?? noProgress);
    }
  } finally {
    await pool.close();
  }
  return report;
}

const noProgress: Progress = () => undefined;

async function ingestBatch(files: string[], store: GraphStore, pool: ExtractionPool, report: IngestReport, extracting: (done: number) => void, progress: Progress): Promise<void> {
  const digests = new Map<string, string>();
  for (const file of files) {
    try { digests.set(file, documentDigest(file)); } catch (e) { report.failures.push({ file, error: fileError(file, e) }); }
  }
  const stored = await storedDocuments(store, [...new Set(digests.values())]);
  const todo = [...digests].filter(([, d]) => !stored.has(d)).map(([f]) => f);
  report.unchanged += digests.size - todo.length;
  const extracted: ExtractedDocument[] = [];
  const started = Date.now();
  const outcomes = await pool.extract(todo, (done) => extracting(files.length - todo.length + done));
  await pool.close(); // the workers' memory back before the write, which needs its own (one batch costs a second to start them again)
  report.timings.extract += Date.now() - started;
  for (const outcome of outcomes) {
    if ('error' in outcome) { report.failures.push({ file: outcome.file, error: outcome.error }); continue; }
    for (const warning of outcome.warnings) report.warnings.push({ file: outcome.file, warning });
    extracted.push(outcome.extracted);
  }
  await writeExtracted(extracted, store, report, progress);
}

/** Resolves a batch of extractions and writes it, replacing older content stored under the same paths. */
async function writeExtracted(extracted: ExtractedDocument[], store: GraphStore, report: IngestReport, progress: Progress): Promise<void> {
  if (!extracted.length) return;
  let started = Date.now();
  const graph = resolve(extracted);
  report.timings.resolve += Date.now() - started;
  started = Date.now();
  graph.replaces = await replacedDocuments(store, extracted);
  report.replaced += graph.replaces.length;
  report.namesakes += await countNamesakes(store, graph.nodes.filter((n) => n.label === 'Person'));
  const written = await store.write(graph, (d, t, what) => progress(d, t, `writing ${what}`));
  report.timings.write += Date.now() - started;
  const entities = extracted.reduce((a, d) => a + d.extraction.entities.length, 0);
  report.extracted += extracted.length;
  report.entities += entities;
  report.relations += graph.relationships.length;
  report.joined += entities - written.nodesCreated;
  report.batches++;
  for (const k of Object.keys(written) as Array<keyof WriteSummary>) report.written[k] += written[k];
}

/**
 * Loads `kg extract` output (JSON Lines, each with its document record) in
 * batches, resolving and writing exactly as a direct ingest does.
 */
export async function ingestExtracted(lines: AsyncIterable<{ file: string; line: number; text: string }>, store: GraphStore, options: IngestOptions = {}): Promise<IngestReport> {
  const report = emptyReport(0);
  const size = options.batchSize ?? INGEST_BATCH;
  await store.ensureSchema();
  let batch: ExtractedDocument[] = [];
  const flush = async () => {
    const stored = await storedDocuments(store, batch.map((d) => d.document.key));
    const fresh = batch.filter((d) => !stored.has(d.document.key));
    report.unchanged += batch.length - fresh.length;
    await writeExtracted(fresh, store, report, options.progress ?? noProgress);
    batch = [];
  };
  for await (const { file, line, text } of lines) {
    if (!text.trim()) continue;
    report.read++;
    try {
      batch.push(parseShardLine(text));
    } catch (e) {
      report.failures.push({ file: `${file}:${line}`, error: (e as Error).message });
      continue;
    }
    options.progress?.(report.read, report.read, 'reading');
    if (batch.length >= size) await flush();
  }
  if (batch.length) await flush();
  return report;
}

function parseShardLine(text: string): ExtractedDocument {
  const x = JSON.parse(text) as DocExtraction & { document?: DocumentRecord };
  if (!x.document?.key || typeof x.document.text !== 'string') throw new Error('no document record: made by an older kg extract? extract the files again');
  if (!Array.isArray(x.entities) || !Array.isArray(x.relations)) throw new Error('not kg extract output (no entities or relations)');
  const { document, ...extraction } = x;
  return { extraction, document };
}

/** Stored documents under the paths of this batch's documents with other content: the batch replaces them. */
async function replacedDocuments(store: GraphStore, extracted: ExtractedDocument[]): Promise<string[]> {
  const res = await store.read(`MATCH (d:${DOCUMENT_LABEL}) WHERE d.path IN $paths RETURN d.key AS key`, { paths: extracted.map((d) => d.document.path) });
  const incoming = new Set(extracted.map((d) => d.document.key));
  return res.rows.map((r) => r.key as string).filter((k) => !incoming.has(k));
}

function emptyReport(read: number): IngestReport {
  return {
    read, unchanged: 0, replaced: 0, extracted: 0, failures: [], warnings: [], entities: 0, relations: 0,
    written: { nodesCreated: 0, nodesUpdated: 0, documentsCreated: 0, relationshipsCreated: 0 }, joined: 0, namesakes: 0, batches: 0,
    timings: { extract: 0, resolve: 0, write: 0 },
  };
}

/** Which of these documents (by digest) the store holds. */
async function storedDocuments(store: GraphStore, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const res = await store.read(`MATCH (d:${DOCUMENT_LABEL}) WHERE d.key IN $keys RETURN d.key AS key`, { keys });
  return new Set(res.rows.map((r) => r.key as string));
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

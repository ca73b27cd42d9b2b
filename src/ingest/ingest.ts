// An ingest as a stream of batches: each batch of files is hashed, the
// documents the store already holds are skipped before any decoding or
// extraction (so a second ingest of a folder, or one resumed after a kill,
// redoes nothing finished), the rest are extracted over worker threads while
// this thread resolves and writes the batch before, each batch in one commit
// (the embedded store's relationships are loaded once, at the end:
// finishLoad). Memory holds two batches. Entities meet
// across batches by their identity keys (resolve/identity.ts), which depend
// on the entity and its own document only.
import { validateExtraction } from '../schema/validate';
import { documentDigest } from '../read/document';
import { resolve, type ExtractedDocument } from '../resolve/resolve';
import type { DocumentRecord } from '../resolve/graph';
import type { DocExtraction } from '../schema/types';
import type { GraphStore, Progress, WriteSummary } from '../store/store';
import { INGEST_BATCH } from '../defaults';
import { ExtractionPool } from './pool';
import { fileError, type FileOutcome } from './documents';
import { KnownDocuments } from './known-documents';

export interface IngestOptions {
  progress?: Progress;
  /** Threads extracting, while this one resolves and writes (a small ingest is extracted on this thread). */
  jobs?: number;
  /** Documents per commit. */
  batchSize?: number;
  /** false: leave the relationships waiting and the namesakes uncounted, for finishIngest on another thread. */
  load?: boolean;
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
  /** People in the store kept apart from a same-named person (another province or no shared context): those `kg duplicates` lists. */
  namesakes: number;
  batches: number;
  /** Where the time went, in milliseconds (for benchmarks): load is the embedded store's final load of the relationships (finishLoad). */
  timings: { extract: number; resolve: number; write: number; load: number };
}

/** What the batches of one ingest share: the store, what it knows of stored documents, the report. */
interface Run { store: GraphStore; known: KnownDocuments; report: IngestReport; progress: Progress }

export async function ingestFiles(files: string[], store: GraphStore, options: IngestOptions = {}): Promise<IngestReport> {
  const run = await startRun(store, emptyReport(files.length), options);
  const size = options.batchSize ?? INGEST_BATCH;
  const pool = new ExtractionPool(options.jobs ?? 1, files.length);
  // A pipeline two batches deep: while one batch is resolved and written
  // here, the pool's workers extract the next.
  let previous: Extracted | undefined;
  try {
    for (let start = 0; start < files.length; start += size) {
      const batch = files.slice(start, start + size);
      const { todo, keys } = await unstored(batch, run, previous?.keys);
      // Extraction counts files of the whole ingest (skipped ones are done); writing counts rows of its batch.
      const extracting = extractBatch(todo, run, pool, (done) => run.progress(start + batch.length - todo.length + done, files.length, 'extracting'));
      extracting.catch(() => undefined); // should writing fail first, its error is the one the ingest ends with
      if (previous) await writeOutcomes(previous.outcomes, run);
      previous = { outcomes: await extracting, keys };
    }
    if (previous) await writeOutcomes(previous.outcomes, run);
  } finally {
    await pool.close();
  }
  return endRun(run, options);
}

/** A batch extracted, waiting to be written, and its documents' keys. */
interface Extracted { outcomes: FileOutcome[]; keys: Set<string> }

const noProgress: Progress = () => undefined;

async function startRun(store: GraphStore, report: IngestReport, options: IngestOptions): Promise<Run> {
  await store.ensureSchema();
  return { store, known: new KnownDocuments(store), report, progress: options.progress ?? noProgress };
}

/** The end of an ingest: finishIngest here, or, told not to load, on another thread later. */
function endRun({ store, report, progress }: Run, options: IngestOptions): Promise<IngestReport> | IngestReport {
  return options.load === false ? report : finishIngest(store, report, progress);
}

/** Loads what the batches left waiting and counts namesakes, once for the whole ingest. */
export async function finishIngest(store: GraphStore, report: IngestReport, progress: Progress = noProgress): Promise<IngestReport> {
  const started = Date.now();
  await store.finishLoad(progress);
  report.timings.load += Date.now() - started;
  report.namesakes = await countNamesakes(store);
  return report;
}

/**
 * The files of a batch whose content the store does not hold, nor the batch
 * before it, which is being written (`pending`): the others are skipped
 * without decoding or extraction.
 */
async function unstored(files: string[], run: Run, pending = new Set<string>()): Promise<{ todo: string[]; keys: Set<string> }> {
  const { report } = run;
  const digests = new Map<string, string>();
  for (const file of files) {
    try { digests.set(file, documentDigest(file)); } catch (e) { report.failures.push({ file, error: fileError(file, e) }); }
  }
  const stored = await run.known.stored([...new Set(digests.values())]);
  const todo = [...digests].filter(([, d]) => !stored.has(d) && !pending.has(d));
  report.unchanged += digests.size - todo.length;
  return { todo: todo.map(([f]) => f), keys: new Set(todo.map(([, d]) => d)) };
}

async function extractBatch(files: string[], run: Run, pool: ExtractionPool, onDone: (done: number) => void): Promise<FileOutcome[]> {
  const started = Date.now();
  const outcomes = await pool.extract(files, onDone);
  run.report.timings.extract += Date.now() - started;
  return outcomes;
}

async function writeOutcomes(outcomes: FileOutcome[], run: Run): Promise<void> {
  const { report } = run;
  const extracted: ExtractedDocument[] = [];
  for (const outcome of outcomes) {
    if ('error' in outcome) { report.failures.push({ file: outcome.file, error: outcome.error }); continue; }
    for (const warning of outcome.warnings) report.warnings.push({ file: outcome.file, warning });
    extracted.push(outcome.extracted);
  }
  await writeExtracted(extracted, run);
}

/** Resolves a batch of extractions and writes it, replacing older content stored under the same paths. */
async function writeExtracted(extracted: ExtractedDocument[], run: Run): Promise<void> {
  if (!extracted.length) return;
  const { report, store, known } = run;
  let started = Date.now();
  const graph = resolve(extracted);
  report.timings.resolve += Date.now() - started;
  started = Date.now();
  graph.replaces = await known.replacedBy(graph.documents);
  report.replaced += graph.replaces.length;
  // The count is of every row written (nodes and relationships); `what` names the group being written now.
  const written = await store.write(graph, (d, t, what) => run.progress(d, t, `writing nodes and relationships (now ${what})`));
  known.written(graph.documents);
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
  const run = await startRun(store, emptyReport(0), options);
  const { report } = run;
  const size = options.batchSize ?? INGEST_BATCH;
  let batch: ExtractedDocument[] = [];
  const flush = async () => {
    const stored = await run.known.stored(batch.map((d) => d.document.key));
    const fresh = batch.filter((d) => !stored.has(d.document.key));
    report.unchanged += batch.length - fresh.length;
    await writeExtracted(fresh, run);
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
  return endRun(run, options);
}

function parseShardLine(text: string): ExtractedDocument {
  const x = JSON.parse(text) as DocExtraction & { document?: DocumentRecord };
  if (!x.document?.key || typeof x.document.text !== 'string') throw new Error('no document record: made by an older kg extract? extract the files again');
  if (!Array.isArray(x.entities) || !Array.isArray(x.relations)) throw new Error('not kg extract output (no entities or relations)');
  const { document, ...extraction } = x;
  const problems = validateExtraction(extraction);
  if (problems.length) throw new Error(`not a valid extraction: ${problems.slice(0, 3).join('; ')}`);
  return { extraction, document };
}

function emptyReport(read: number): IngestReport {
  return {
    read, unchanged: 0, replaced: 0, extracted: 0, failures: [], warnings: [], entities: 0, relations: 0,
    written: { nodesCreated: 0, nodesUpdated: 0, documentsCreated: 0, relationshipsCreated: 0 }, joined: 0, namesakes: 0, batches: 0,
    timings: { extract: 0, resolve: 0, write: 0, load: 0 },
  };
}

/** How many people in the store share their name with another person node (one aggregation over the people stored). */
async function countNamesakes(store: GraphStore): Promise<number> {
  const shared = await store.read('MATCH (n:Person) WITH n.name AS name, count(*) AS n WHERE n > 1 RETURN sum(n) AS people');
  return Number(shared.rows[0]?.people ?? 0);
}

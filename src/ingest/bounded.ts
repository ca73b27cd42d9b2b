// An ingest in processes of its own whose V8 heaps are capped (ingestHeapMb).
// Why capped: an ingest allocates a batch's worth of short-lived objects at a
// time, and under the default limit (a quarter of the machine's memory) V8
// let the heap grow past 600 MB before collecting, though less than 200 MB of
// it was live. Capped, it collects sooner: at 30k documents, with a 400 MB
// cap, the heap's peak went from 666 to 278 MB. A running process cannot cap
// its heap any other way (V8 takes --max-old-space-size at start only).
// Why processes, not threads: a thread that ended after using LadybugDB (or
// jieba) sometimes crashed the whole command while Node tore down its native
// references (V8 "Check failed: node->IsInUse()" in GlobalHandles::Destroy,
// 1 run in 17 to 41, after the store was closed and the work reported). A
// stage's process answers, then leaves with process.exit(), which skips that
// teardown; and should one still crash, the answer is already in.
import fs from 'node:fs';
import { fork } from 'node:child_process';
import type { StoreOptions } from '../store/open';
import type { Progress } from '../store/store';
import type { IngestReport } from './ingest';
import { compiledScript } from '../paths';
import { ingestHeapMb, LOAD_HEAP_MB, ONE_PROCESS_INPUT_BYTES, YOUNG_GENERATION_MB } from '../defaults';
import { KgError } from '../errors';

export interface IngestJob {
  /** Files to ingest, or with `extracted`, shards of `kg extract` output. */
  paths: string[];
  extracted: boolean;
  store: StoreOptions;
  jobs: number;
  batchSize: number;
}

export interface IngestOutcome { report: IngestReport; counts: { nodes: number; relationships: number }; description: string }

/** Error of the ingest's process, with the name of the error it threw (StoreDamaged, StoreUnavailable, …). */
export class IngestFailed extends KgError {
  constructor(name: string, message: string) { super(message); this.name = name; }
}

/** What one of the ingest's processes does (ingest-worker.ts): the batches, the load of what they left waiting, or both for a small input. */
export type StageJob = { stage: 'batches' | 'whole'; job: IngestJob } | { stage: 'load'; store: StoreOptions; report: IngestReport };

/**
 * Runs the batches in one process, then loads the relationships they left
 * waiting in another, started once the first has answered (it has closed the
 * store by then). Why two: the first's page cache and heap go with it; at
 * 100k documents the load peaked at 1.31 GB after the batches in the same
 * thread and at 0.8–0.95 GB on its own. A small input runs both in one.
 */
export async function ingestInOwnProcesses(job: IngestJob, progress?: Progress): Promise<IngestOutcome> {
  const heapMb = ingestHeapMb(job.batchSize);
  const outOfMemory = `ingest: a batch of ${job.batchSize} documents did not fit the ingest's ${heapMb} MB heap; run again with a smaller --batch-size (what was committed is kept)`;
  if (fitsOneProcess(job.paths)) return inProcess<IngestOutcome>({ stage: 'whole', job }, heapMb, outOfMemory, progress);
  const report = await inProcess<IngestReport>({ stage: 'batches', job }, heapMb, outOfMemory, progress);
  return inProcess<IngestOutcome>({ stage: 'load', store: job.store, report }, LOAD_HEAP_MB, 'ingest: loading the relationships ran out of memory', progress);
}

/** Whether the input is at most ONE_PROCESS_INPUT_BYTES, reading sizes only until it is more (not 100k of them for a large ingest). */
function fitsOneProcess(files: string[]): boolean {
  let bytes = 0;
  for (const f of files) if ((bytes += fs.statSync(f).size) > ONE_PROCESS_INPUT_BYTES) return false;
  return true;
}

/** V8's words when a heap reaches its cap. */
const HEAP_LIMIT = /heap limit|heap out of memory/i;

function inProcess<T>(stage: StageJob, heapMb: number, outOfMemory: string, progress?: Progress): Promise<T> {
  const child = fork(compiledScript('ingest', 'ingest-worker'), [], {
    execArgv: [`--max-old-space-size=${heapMb}`, `--max-semi-space-size=${Math.max(1, Math.round(YOUNG_GENERATION_MB / 3))}`],
    serialization: 'advanced', stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-4000); process.stderr.write(d); });
  child.send(stage);
  // Settled at the answer: the exit that follows changes nothing (a promise settles once).
  return new Promise((resolve, reject) => {
    child.on('message', (m: { progress?: [number, number, string]; outcome?: T; error?: { name: string; message: string } }) => {
      if (m.progress) progress?.(...m.progress);
      else if (m.outcome) resolve(m.outcome);
      else if (m.error) reject(new IngestFailed(m.error.name, m.error.message));
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => reject(HEAP_LIMIT.test(stderr)
      ? new IngestFailed('IngestOutOfMemory', outOfMemory)
      : new Error(`ingest: its process stopped (${signal ?? `exit code ${code}`}) before it finished; what was committed is kept`)));
  });
}

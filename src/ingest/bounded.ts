// An ingest on threads of its own whose V8 heaps are capped (ingestHeapMb).
// Why: an ingest allocates a batch's worth of short-lived objects at a time,
// and under the default limit (a quarter of the machine's memory) V8 let the
// heap grow past 600 MB before collecting, though less than 200 MB of it was
// live. Capped, it collects sooner: at 30k documents, with a 400 MB cap, the
// heap's peak went from 666 to 278 MB. A running process cannot cap its heap
// any other way (V8 takes --max-old-space-size at start only).
import { Worker } from 'node:worker_threads';
import type { StoreOptions } from '../store/open';
import type { Progress } from '../store/store';
import type { IngestReport } from './ingest';
import { workerScript } from './worker-script';
import { ingestHeapMb, LOAD_HEAP_MB, YOUNG_GENERATION_MB } from '../defaults';

export interface IngestJob {
  /** Files to ingest, or with `extracted`, shards of `kg extract` output. */
  paths: string[];
  extracted: boolean;
  store: StoreOptions;
  jobs: number;
  batchSize: number;
}

export interface IngestOutcome { report: IngestReport; counts: { nodes: number; relationships: number }; description: string }

/** Error of the ingest's thread, with the name of the error it threw (StoreDamaged, StoreUnavailable, …). */
export class IngestFailed extends Error {
  constructor(name: string, message: string) { super(message); this.name = name; }
}

/** What one of the ingest's threads does (ingest-worker.ts). */
export type StageJob = { stage: 'batches'; job: IngestJob } | { stage: 'load'; store: StoreOptions; report: IngestReport };

/**
 * Runs the batches on one thread, then loads the relationships they left
 * waiting on another, started once the first has answered. Why two: the
 * first has closed the store (its page cache is given back) and its heap
 * goes with it; at 100k documents the load peaked at 1.31 GB on the
 * batches' thread and at 0.8–0.95 GB on its own.
 */
export async function ingestOnOwnThread(job: IngestJob, progress?: Progress): Promise<IngestOutcome> {
  const heapMb = ingestHeapMb(job.batchSize);
  const outOfMemory = `ingest: a batch of ${job.batchSize} documents did not fit the ingest's ${heapMb} MB heap; run again with a smaller --batch-size (what was committed is kept)`;
  const report = await onThread<IngestReport>({ stage: 'batches', job }, heapMb, outOfMemory, progress);
  return onThread<IngestOutcome>({ stage: 'load', store: job.store, report }, LOAD_HEAP_MB, 'ingest: loading the relationships ran out of memory', progress);
}

function onThread<T>(stage: StageJob, heapMb: number, outOfMemory: string, progress?: Progress): Promise<T> {
  const worker = new Worker(workerScript('ingest-worker'), { workerData: stage, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  // Settled at the thread's answer, not at its exit, so that the next thread
  // starts while this one is still up: with LadybugDB 0.19.1, a thread that
  // opens a database after the previous one has exited crashes the process
  // (heap corruption, in 3-8 of 10 runs of a 20-line reproduction), which
  // never happened in 36 runs of this order. A promise settles once: the
  // exit that follows an outcome or an error changes nothing.
  return new Promise((resolve, reject) => {
    worker.on('message', (m: { progress?: [number, number, string]; outcome?: T; error?: { name: string; message: string } }) => {
      if (m.progress) progress?.(...m.progress);
      else if (m.outcome) resolve(m.outcome);
      else if (m.error) reject(new IngestFailed(m.error.name, m.error.message));
    });
    worker.on('error', (e: Error & { code?: string }) => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new IngestFailed('IngestOutOfMemory', outOfMemory) : e));
    worker.on('exit', (code) => reject(new Error(`ingest: its thread stopped (exit code ${code}) before it finished`)));
  });
}

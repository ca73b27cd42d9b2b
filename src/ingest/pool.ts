// Extraction over worker threads, while the thread that owns the pool
// resolves and writes the batch before (ingest.ts). Files are handed out one
// at a time to whichever worker is free; outcomes come back in the order of
// the files, so any number of workers gives exactly the serial run's graph.
// Every worker holds its own copy of the dictionaries (about 125 MB); the
// owning thread loads none of them, except for a small ingest, which it
// extracts itself (a worker's start, loading the dictionaries, costs about a
// second).
import { Worker } from 'node:worker_threads';
import { extractFile, type FileOutcome } from './documents';
import { compiledScript } from '../paths';
import { YOUNG_GENERATION_MB } from '../defaults';

/**
 * A worker's heap: extraction keeps about 25 MB live, more for a long
 * document. Low limits make V8 collect early instead of growing; the young
 * generation's is what counts (10k documents: 161 MB resident at V8's
 * default, 126 MB at 8 MB, no slower; the old one's 256 or 64 MB, 4 MB).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };

/** Below this many files per worker, starting one costs more than it saves. */
const FILES_PER_WORKER = 100;

const WORKER_SCRIPT = compiledScript('ingest', 'extract-worker');

export class ExtractionPool {
  private workers: Worker[] = [];
  /** Workers to start (0: this thread extracts). */
  private readonly size: number;

  /** `jobs` threads extracting at most, for a run of `files` files in all. */
  constructor(jobs: number, files: number) {
    if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`pool: jobs must be a whole number ≥ 1, got ${jobs}`);
    this.size = Math.min(jobs, Math.floor(files / FILES_PER_WORKER));
  }

  async extract(files: string[], onDone?: (done: number) => void): Promise<FileOutcome[]> {
    const outcomes: FileOutcome[] = new Array(files.length);
    let next = 0, done = 0;
    const finish = (id: number, outcome: FileOutcome) => { outcomes[id] = outcome; onDone?.(++done); };
    if (!this.size) {
      files.forEach((file, id) => finish(id, extractFile(file)));
      return outcomes;
    }
    // Started once and kept between batches: starting them (loading the dictionaries) for every batch cost more than half the extraction time.
    while (this.workers.length < this.size) this.workers.push(new Worker(WORKER_SCRIPT, { resourceLimits: WORKER_LIMITS }));
    await Promise.all(this.workers.map((worker) => new Promise<void>((ok, ko) => {
      const send = () => { if (next < files.length) { worker.postMessage({ id: next, file: files[next++] }); } else { cleanup(); ok(); } };
      const onMessage = ({ id, outcome }: { id: number; outcome: FileOutcome }) => { finish(id, outcome); send(); };
      const onError = (e: Error) => { cleanup(); ko(e); };
      const cleanup = () => { worker.off('message', onMessage); worker.off('error', onError); };
      worker.on('message', onMessage);
      worker.on('error', onError);
      send();
    })));
    return outcomes;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}

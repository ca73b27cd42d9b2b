// Extraction over threads, one per core by default: this thread and a
// worker for each other job. Files are handed out one at a time to whichever
// thread is free; outcomes come back in the order of the files, so a
// parallel run gives exactly the serial run's graph. Why this thread takes
// a share: it would wait anyway, and every worker holds its own copy of the
// dictionaries (about 125 MB). With few files, this thread extracts alone (a
// worker's start, loading the dictionaries, costs about a second).
import { Worker } from 'node:worker_threads';
import { extractFile, type FileOutcome } from './documents';
import { workerScript } from './worker-script';
import { YOUNG_GENERATION_MB } from '../defaults';

/**
 * A worker's heap: extraction keeps about 25 MB live, more for a long
 * document. Low limits make V8 collect early instead of growing; the young
 * generation's is what counts (10k documents: 161 MB resident at V8's
 * default, 126 MB at 8 MB, no slower; the old one's 256 or 64 MB, 4 MB).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };

/** Below this many files per job, starting a worker costs more than it saves. */
const FILES_PER_WORKER = 100;

const WORKER_SCRIPT = workerScript('extract-worker');

export class ExtractionPool {
  private workers: Worker[] = [];

  constructor(private readonly jobs: number) {
    if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`pool: jobs must be a whole number ≥ 1, got ${jobs}`);
  }

  async extract(files: string[], onDone?: (done: number) => void): Promise<FileOutcome[]> {
    const jobs = Math.max(1, Math.min(this.jobs, Math.floor(files.length / FILES_PER_WORKER)));
    while (this.workers.length < jobs - 1) this.workers.push(new Worker(WORKER_SCRIPT, { resourceLimits: WORKER_LIMITS }));
    const outcomes: FileOutcome[] = new Array(files.length);
    let next = 0, done = 0;
    const take = () => (next < files.length ? next++ : undefined);
    const finish = (id: number, outcome: FileOutcome) => { outcomes[id] = outcome; onDone?.(++done); };
    const working = this.workers.slice(0, jobs - 1).map((worker) => new Promise<void>((ok, ko) => {
      const send = () => { const id = take(); if (id !== undefined) worker.postMessage({ id, file: files[id] }); else { cleanup(); ok(); } };
      const onMessage = ({ id, outcome }: { id: number; outcome: FileOutcome }) => { finish(id, outcome); send(); };
      const onError = (e: Error) => { cleanup(); ko(e); };
      const cleanup = () => { worker.off('message', onMessage); worker.off('error', onError); };
      worker.on('message', onMessage);
      worker.on('error', onError);
      send();
    }));
    // This thread is the last job: it extracts a file at a time, letting the workers' answers in between.
    for (let id = take(); id !== undefined; id = take()) {
      finish(id, extractFile(files[id]));
      if (working.length) await new Promise(setImmediate);
    }
    await Promise.all(working);
    return outcomes;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}

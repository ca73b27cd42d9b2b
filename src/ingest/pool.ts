// Extraction over worker threads, one per core by default. Files are handed
// out one at a time to whichever worker is free; outcomes come back in the
// order of the files, so a parallel run gives exactly the serial run's graph.
// With one job, or few files, extraction runs on this thread (a worker's
// start, loading the dictionaries, costs about a second).
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

/** Below this many files per job, starting workers costs more than it saves. */
const FILES_PER_WORKER = 100;

const WORKER_SCRIPT = workerScript('extract-worker');

export class ExtractionPool {
  private workers: Worker[] = [];

  constructor(private readonly jobs: number) {
    if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`pool: jobs must be a whole number ≥ 1, got ${jobs}`);
  }

  async extract(files: string[], onDone?: (done: number) => void): Promise<FileOutcome[]> {
    const wanted = Math.min(this.jobs, Math.floor(files.length / FILES_PER_WORKER));
    if (wanted <= 1) return files.map((f, i) => { const o = extractFile(f); onDone?.(i + 1); return o; });
    while (this.workers.length < wanted) this.workers.push(new Worker(WORKER_SCRIPT, { resourceLimits: WORKER_LIMITS }));
    const outcomes: FileOutcome[] = new Array(files.length);
    let next = 0, done = 0;
    await Promise.all(this.workers.slice(0, wanted).map((worker) => new Promise<void>((ok, ko) => {
      const send = () => { if (next < files.length) { const id = next++; worker.postMessage({ id, file: files[id] }); } else { cleanup(); ok(); } };
      const onMessage = ({ id, outcome }: { id: number; outcome: FileOutcome }) => { outcomes[id] = outcome; onDone?.(++done); send(); };
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

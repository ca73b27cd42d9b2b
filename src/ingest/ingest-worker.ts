// The thread an ingest runs on (bounded.ts): opens the store, ingests, and
// answers with progress messages, then the outcome or the error.
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/open';
import { ingestExtracted, ingestFiles } from './ingest';
import { shardLines } from './shards';
import type { IngestJob, IngestOutcome } from './bounded';

async function run(job: IngestJob): Promise<IngestOutcome> {
  const store = await openStore(job.store);
  let outcome: IngestOutcome;
  try {
    const options = { jobs: job.jobs, batchSize: job.batchSize, progress: (done: number, total: number, what: string) => parentPort!.postMessage({ progress: [done, total, what] }) };
    const report = job.extracted ? await ingestExtracted(shardLines(job.paths), store, options) : await ingestFiles(job.paths, store, options);
    outcome = { report, counts: await store.counts(), description: store.description };
  } finally {
    await store.close();
  }
  return outcome;
}

run(workerData as IngestJob).then(
  (outcome) => parentPort!.postMessage({ outcome }),
  (e: Error) => parentPort!.postMessage({ error: { name: e.name, message: e.message } }),
);

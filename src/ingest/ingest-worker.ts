// The threads an ingest runs on (bounded.ts), one stage each: `batches`
// opens the store, ingests in batches and closes it with the relationships
// still waiting; `load` opens it again, loads them and counts. Each answers
// with progress messages, then its outcome or the error.
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/open';
import { finishIngest, ingestExtracted, ingestFiles } from './ingest';
import { shardLines } from './shards';
import type { IngestOutcome, StageJob } from './bounded';
import type { IngestReport } from './ingest';

const progress = (done: number, total: number, what: string) => parentPort!.postMessage({ progress: [done, total, what] });

async function batches({ job }: Extract<StageJob, { stage: 'batches' }>): Promise<IngestReport> {
  const store = await openStore(job.store);
  try {
    const options = { jobs: job.jobs, batchSize: job.batchSize, progress, load: false };
    return job.extracted ? await ingestExtracted(shardLines(job.paths), store, options) : await ingestFiles(job.paths, store, options);
  } finally {
    await store.close({ load: false });
  }
}

async function load({ store: where, report }: Extract<StageJob, { stage: 'load' }>): Promise<IngestOutcome> {
  const store = await openStore(where);
  try {
    await finishIngest(store, report, progress);
    return { report, counts: await store.counts(), description: store.description };
  } finally {
    await store.close();
  }
}

const job = workerData as StageJob;
(job.stage === 'batches' ? batches(job) : load(job)).then(
  (outcome) => parentPort!.postMessage({ outcome }),
  (e: Error) => parentPort!.postMessage({ error: { name: e.name, message: e.message } }),
);

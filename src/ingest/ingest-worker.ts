// The processes an ingest runs in (bounded.ts), one stage each: `batches`
// opens the store, ingests in batches and closes it with the relationships
// still waiting; `load` opens it again, loads them and counts; `whole` does
// both with the store open once (a small input). Each takes its
// job as its first message, answers with progress messages, then its outcome
// or the error, and leaves with process.exit() (bounded.ts says why).
import { openStore } from '../store/open';
import { finishIngest, ingestExtracted, ingestFiles } from './ingest';
import { shardLines } from './shards';
import type { IngestOutcome, StageJob } from './bounded';
import type { IngestReport } from './ingest';
import type { GraphStore } from '../store/store';

const progress = (done: number, total: number, what: string) => process.send!({ progress: [done, total, what] });

type BatchesJob = Extract<StageJob, { stage: 'batches' | 'whole' }>['job'];

function ingestBatches(job: BatchesJob, store: GraphStore): Promise<IngestReport> {
  const options = { jobs: job.jobs, batchSize: job.batchSize, progress, load: false };
  return job.extracted ? ingestExtracted(shardLines(job.paths), store, options) : ingestFiles(job.paths, store, options);
}

async function loadWaiting(store: GraphStore, report: IngestReport): Promise<IngestOutcome> {
  await finishIngest(store, report, progress);
  return { report, counts: await store.counts(), description: store.description };
}

async function batches({ job }: { job: BatchesJob }): Promise<IngestReport> {
  const store = await openStore(job.store);
  try {
    return await ingestBatches(job, store);
  } finally {
    await store.close({ load: false });
  }
}

async function load({ store: where, report }: Extract<StageJob, { stage: 'load' }>): Promise<IngestOutcome> {
  const store = await openStore(where);
  try {
    return await loadWaiting(store, report);
  } finally {
    await store.close();
  }
}

async function whole({ job }: { job: BatchesJob }): Promise<IngestOutcome> {
  const store = await openStore(job.store);
  try {
    return await loadWaiting(store, await ingestBatches(job, store));
  } finally {
    await store.close();
  }
}

const STAGES = { batches, load, whole } as const;

const answer = (message: object) => process.send!(message, () => process.exit(0));
process.once('message', (job: StageJob) => {
  (STAGES[job.stage] as (job: StageJob) => Promise<object>)(job).then(
    (outcome) => answer({ outcome }),
    (e: Error) => answer({ error: { name: e.name, message: e.message } }),
  );
});

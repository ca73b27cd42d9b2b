// The processes an ingest runs in (bounded.ts), one stage each: `batches`
// opens the store, ingests in batches and closes it with the relationships
// still waiting; `load` opens it again, loads them and counts. Each takes its
// job as its first message, answers with progress messages, then its outcome
// or the error, and leaves with process.exit() (bounded.ts says why).
import { openStore } from '../store/open';
import { finishIngest, ingestExtracted, ingestFiles } from './ingest';
import { shardLines } from './shards';
import type { IngestOutcome, StageJob } from './bounded';
import type { IngestReport } from './ingest';

const progress = (done: number, total: number, what: string) => process.send!({ progress: [done, total, what] });

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

const answer = (message: object) => process.send!(message, () => process.exit(0));
process.once('message', (job: StageJob) => {
  (job.stage === 'batches' ? batches(job) : load(job)).then(
    (outcome) => answer({ outcome }),
    (e: Error) => answer({ error: { name: e.name, message: e.message } }),
  );
});

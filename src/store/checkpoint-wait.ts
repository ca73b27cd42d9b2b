// Waiting out the checkpoint of a writer running beside a reader (an ingest
// beside kg serve): a read-only open fails while one runs ("checkpoint is in
// progress", "Couldn't replay shadow pages"), and one racing it can crash
// the reader (LadybugDB issue 642), so a reader does not open while the
// checkpoint's files are there, and tries again when it failed for that.
import fs from 'node:fs';
import path from 'node:path';

/** LadybugDB's words for a checkpoint under way, which ends by itself (and kg's, once ladybug.ts has told the user about it). */
const CHECKPOINT_UNDER_WAY = /checkpoint is in progress|middle of a checkpoint|shadow pages|\.wal\b.*No such file/i;
/** Files LadybugDB keeps beside the database only while a checkpoint runs. */
const CHECKPOINT_FILES = ['graph.lbug.shadow', 'graph.lbug.checkpoint.intent.lock'];
/**
 * How long a reader waits for checkpoints before it gives up with the error:
 * an ingest's batches checkpoint one after another, and on a busy 2-core
 * machine a run of them outlasted 10 s (a CI run answered 503 once).
 */
const CHECKPOINT_WAIT_MS = 30_000;
const PAUSE_MS = 200;

export async function openWaitingForCheckpoint<T>(dir: string, open: () => Promise<T>): Promise<T> {
  const until = Date.now() + CHECKPOINT_WAIT_MS;
  const files = CHECKPOINT_FILES.map((f) => path.join(dir, f));
  const pause = () => new Promise((ok) => setTimeout(ok, PAUSE_MS));
  for (;;) {
    if (files.some((f) => fs.existsSync(f)) && Date.now() < until) { await pause(); continue; }
    try {
      return await open();
    } catch (e) {
      if (!CHECKPOINT_UNDER_WAY.test((e as Error).message) || Date.now() > until) throw e;
      await pause();
    }
  }
}

// The process a LadybugDB user query runs in (query-process.ts): it opens
// the store read-only and answers one checked query at a time over IPC. The
// parent kills it when a query overruns its time or memory, which nothing
// inside LadybugDB can stop (UNWIND range(1, 2000000000) builds its list in
// one call that no timeout interrupts).
import { LadybugStore } from './ladybug';
import { QueryRefused } from './query-check';
import { StoreDamaged, StoreUnavailable, type QueryLimits } from './store';
import { openWaitingForCheckpoint } from './checkpoint-wait';

interface Request { id: number; cypher: string; params: Record<string, unknown>; limits: QueryLimits }

const dir = process.argv[2];
const opened = openWaitingForCheckpoint(dir, async () => {
  const store = new LadybugStore({ dir, readOnly: true });
  await store.open();
  return store;
});

process.on('message', async ({ id, cypher, params, limits }: Request) => {
  try {
    const store = await opened;
    process.send!({ id, result: await store.runCheckedQuery(cypher, params, limits) });
  } catch (e) {
    process.send!({ id, error: (e as Error).message, refusal: (e as QueryRefused).refusal, kind: e instanceof QueryRefused ? 'refused' : e instanceof StoreDamaged || e instanceof StoreUnavailable ? 'unavailable' : 'failed' });
  }
});
process.on('disconnect', () => process.exit(0));

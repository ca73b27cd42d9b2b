// Shortest paths between two entities on the embedded store (the Neo4j suite
// checks the same paths there); the server's /api/paths checks its input.
import { LadybugStore } from '../src/store/ladybug';
import { ingestFiles } from '../src/ingest/ingest';
import { discoverDocuments } from '../src/read/discover';
import { GraphQueries } from '../src/serve/graph-queries';
import { SAMPLES, tempDir } from './helpers/run';
import { expectSamplePaths } from './helpers/paths';

describe('paths between two entities on LadybugDB', () => {
  let store: LadybugStore;
  beforeAll(async () => {
    store = new LadybugStore({ dir: tempDir('paths') });
    await ingestFiles(discoverDocuments([SAMPLES]), store);
  });
  afterAll(() => store?.close());

  test('the shortest paths of the samples, none through a document, none beyond the steps asked', async () => {
    await expectSamplePaths(new GraphQueries(store));
  });

  test('steps outside 1 to the maximum are refused, not pasted into the query', async () => {
    const q = new GraphQueries(store);
    await expect(q.paths('a', 'b', 0)).rejects.toThrow(/steps must be a whole number/);
    await expect(q.paths('a', 'b', 2.5)).rejects.toThrow(/steps must be a whole number/);
    await expect(q.paths('a', 'b', 99)).rejects.toThrow(/steps must be a whole number/);
  });
});

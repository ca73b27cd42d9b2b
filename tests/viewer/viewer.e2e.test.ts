// The viewer end to end on the embedded store (neo4j.test.ts runs the same suite on Neo4j).
import { kg, SAMPLES, tempDir } from '../helpers/run';
import { viewerSuite } from './viewer-suite';

viewerSuite('LadybugDB', async () => {
  const data = tempDir('viewer');
  expect(kg(['ingest', '--data', data, '-q', SAMPLES]).code).toBe(0);
  return ['--data', data];
});

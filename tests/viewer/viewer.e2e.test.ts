// The viewer end to end on the embedded store (neo4j.test.ts runs the same suite on Neo4j).
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { kg, ROOT, SAMPLES, tempDir } from '../helpers/run';
import { edgeToPairDistance, launch } from '../helpers/browser';
import { serve } from '../helpers/serve';
import { viewerSuite } from './viewer-suite';

viewerSuite('LadybugDB', async () => {
  const data = tempDir('viewer');
  expect(kg(['ingest', '--data', data, '-q', SAMPLES]).code).toBe(0);
  return ['--data', data];
});

describe('viewer on a large store', () => {
  test('3,000 entities are laid out on the first visit: related nodes end up close, not in a random square', async () => {
    const data = tempDir('viewer-large');
    // A synthetic graph of the product's shape (scripts/synthetic-graph.mjs), written by the built store.
    const writer = `
      const { syntheticGraph } = await import(${JSON.stringify(path.join(ROOT, 'scripts', 'synthetic-graph.mjs'))});
      const { LadybugStore } = (await import('node:module')).createRequire(import.meta.url)(${JSON.stringify(path.join(ROOT, 'dist', 'src', 'store', 'ladybug.js'))});
      const store = new LadybugStore({ dir: process.argv[1] });
      await store.write(syntheticGraph(3000, 6000));
      await store.close();`;
    expect(spawnSync(process.execPath, ['--input-type=module', '-e', writer, data]).status).toBe(0);
    const server = await serve(['--data', data, '--max-nodes', '5000']);
    const browser = await launch();
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(server.url);
      await page.waitForFunction(() => (window as any).kg?.ready === true, null, { timeout: 60000 });
      expect(await page.evaluate(() => (window as any).kg.graph.order)).toBeGreaterThan(2000); // the entities with a relationship
      // The first visit's layout runs in steps on the page, then saves the positions.
      await page.waitForFunction(() => !!localStorage.getItem('kg.positions') && !(window as any).kg.layout?.isRunning(), null, { timeout: 60000 });
      const ratio = await edgeToPairDistance(page);
      // In a random square the two are equal; laid out, edges are much shorter than the typical distance.
      expect(ratio).toBeLessThan(0.5);
      await page.screenshot({ path: path.join(ROOT, 'test-output', 'viewer-3000.png') });
    } finally {
      await browser.close();
      server.stop();
    }
  }, 180_000);
});

// Ingests, exports and queries through the CLI, for the ingestion suites
// (incremental.test.ts, batches.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { kg, ROOT, SAMPLES, tempDir } from './run';
import { openStore } from '../../src/store/open';
import { loadGraph } from '../../src/export/load';
import type { GraphStore } from '../../src/store/store';

export const DEV = path.join(ROOT, 'tests', 'gold', 'dev', 'texts');

/** A store read in this process, as kg export and kg query read it (what they print is tested in export.test.ts and cli.test.ts): a process each would be a second per look. */
async function reading<T>(data: string, read: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore({ data, readOnly: true }, {}); // the embedded store in `data`, whatever NEO4J_URI says
  try { return await read(store); } finally { await store.close(); }
}

/** The whole stored graph, documents included, as `kg export -f json --documents` writes it. */
export const graphOf = (data: string) => reading(data, async (store) => (await loadGraph(store, { documents: true })).export());
export const ingest = (data: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  const res = kg(['ingest', '--data', data, '-q', ...args], env);
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  return res.stdout;
};
/** The rows of a read-only query. */
export const rows = (data: string, cypher: string) => reading(data, async (store) => (await store.read(cypher)).rows);

/** The articles of `dir` extracted once (kg extract), for suites that load the same facts several times: a JSON Lines file for `kg ingest --extracted`. */
export function extracted(dir: string): string {
  const res = kg(['extract', dir]);
  expect(res.code).toBe(0);
  const file = path.join(tempDir('extracted'), `${path.basename(dir)}.jsonl`);
  fs.writeFileSync(file, res.stdout);
  return file;
}

/** A generated corpus of `count` articles (scripts/generate-corpus.mjs, fixed seed). */
export function corpus(count: number): string {
  const dir = tempDir(`corpus-${count}`);
  const res = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-corpus.mjs'), String(count), dir]);
  expect(res.status).toBe(0);
  return dir;
}

let samplesStore: string | undefined;

/** A new store folder holding the samples: ingested once per suite, then copied (a closed store is its folder), for tests that start from it. */
export function storeWithSamples(prefix: string): string {
  if (!samplesStore) {
    samplesStore = tempDir('samples-store');
    expect(kg(['ingest', '--data', samplesStore, '-q', SAMPLES]).code).toBe(0);
  }
  const dir = tempDir(prefix);
  fs.cpSync(samplesStore, dir, { recursive: true });
  return dir;
}

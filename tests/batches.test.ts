// Batched, parallel ingestion of generated articles (issue 14): entities meet
// across batches, a large batch reads the stored keys first, two workers give
// the graph of one, shards give the direct graph, and a killed ingest resumes
// to the same graph. Each compares whole graphs (kg export -f json --documents).
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { kg, ROOT, tempDir } from './helpers/run';
import { corpus, extracted, graphOf, ingest, rows } from './helpers/ingest';

/** The processes `pid` started (Linux's /proc: the fourth field of a process's stat is its parent). */
function childrenOf(pid: number): number[] {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((d) => {
    try { return fs.readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(pid); } catch { return false; }
  }).map(Number);
}

async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((ok) => setTimeout(ok, 50));
}

describe('batches, workers and shards', () => {
  const generated = corpus(240);
  const reference = tempDir('batch-reference');
  let expected: unknown;

  beforeAll(async () => {
    ingest(reference, ['--jobs', '1', '--batch-size', '1000', generated]);
    expected = await graphOf(reference);
  });

  test('in batches of 25 the graph is the one of a single batch: entities meet across batches', async () => {
    const data = tempDir('batch-25');
    // In two processes, batches then load, as a large input runs (the reference, a small input, runs in one).
    expect(ingest(data, ['--jobs', '1', '--batch-size', '25', generated], { KG_ONE_PROCESS_INPUT_BYTES: '0' })).toMatch(/committed in 10 batches/);
    expect(await graphOf(data)).toEqual(expected);
    // A zone named in many articles is one node that links to them all.
    const [zone] = await rows(data, 'MATCH (z:Zone)-[:MENTIONED_IN]->(d:Document) RETURN z.name AS name, count(d) AS docs ORDER BY docs DESC LIMIT 1');
    expect(zone.docs).toBeGreaterThan(10);
  });

  test('a batch large enough to read the stored keys first (key-index.ts) gives the graph of small batches', async () => {
    // With 240 articles stored, one batch of 640 asks about more than 1,000 Person keys at once (read through a KeyIndex); batches of 60 ask about a few hundred (straight through the primary-key index).
    // The same facts are loaded into two copies of one store: extracted once each (the reading of stored keys is the store's).
    const [first, more] = [extracted(generated), extracted(corpus(640))];
    const large = tempDir('batch-large');
    ingest(large, ['--extracted', '--batch-size', '1000', first]);
    const small = tempDir('batch-small');
    fs.cpSync(large, small, { recursive: true }); // the same store (a closed store is its folder)
    ingest(large, ['--extracted', '--batch-size', '1000', more]);
    ingest(small, ['--extracted', '--batch-size', '60', more]);
    expect(await graphOf(large)).toEqual(await graphOf(small));
  });

  test('extraction over two workers, each batch extracted while the one before is written, gives exactly the graph of one worker and one batch', async () => {
    const data = tempDir('batch-parallel');
    expect(ingest(data, ['--jobs', '2', '--batch-size', '50', generated])).toMatch(/committed in 5 batches/);
    expect(await graphOf(data)).toEqual(expected);
  });

  test('shards from kg extract, loaded with --extracted, give exactly the direct graph', async () => {
    const files = fs.readdirSync(generated).sort().map((f) => path.join(generated, f));
    const shards = tempDir('shards');
    [files.slice(0, 100), files.slice(100)].forEach((part, i) => {
      const res = kg(['extract', ...part]);
      expect(res.code).toBe(0);
      fs.writeFileSync(path.join(shards, `part-${i}.jsonl`), res.stdout);
    });
    const data = tempDir('batch-shards');
    ingest(data, ['--extracted', '--batch-size', '70', path.join(shards, 'part-1.jsonl'), path.join(shards, 'part-0.jsonl')]);
    expect(await graphOf(data)).toEqual(expected);
  });

  test('an ingest killed in the middle resumes where it stopped and ends with the same graph', async () => {
    const data = tempDir('batch-killed');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), 'ingest', '--data', data, '--jobs', '1', '--batch-size', '30', generated], { env: { ...process.env, NEO4J_URI: '' } });
    // Killed without warning once the second batch is being written: the first is committed.
    let written = 0;
    let worker: number[] = [];
    await new Promise<void>((ok) => {
      child.stderr.on('data', (d: Buffer) => {
        written += (d.toString().match(/writing nodes and relationships \(now MENTIONED_IN relationships\): (\d+)\/\1 /g) ?? []).length;
        if (written >= 2 && !worker.length) { worker = childrenOf(child.pid!); child.kill('SIGKILL'); }
      });
      child.on('exit', () => ok());
    });
    expect(written).toBeGreaterThanOrEqual(2);
    // Its worker process ends the commit under way and stops by itself (it has no one to report to).
    expect(worker.length).toBe(1);
    await until(() => !fs.existsSync(`/proc/${worker[0]}`));
    const stored = (await rows(data, 'MATCH (d:Document) RETURN count(d) AS n'))[0].n;
    expect(stored % 30).toBe(0); // whole batches only
    expect(stored).toBeGreaterThanOrEqual(30);
    expect(stored).toBeLessThan(240);
    // Their relationships wait in the store folder (pending.ts) until the ingest ends; kg doctor loads them, as the next ingest would.
    const documentsWithFacts = async () => (await rows(data, 'MATCH (:Person)-[:MENTIONED_IN]->(d:Document) RETURN count(DISTINCT d) AS n'))[0].n;
    expect(await documentsWithFacts()).toBe(0);
    const doctor = kg(['doctor', '--data', data]);
    expect(doctor.stdout).toContain(`repaired: loaded the relationships of ${stored} documents that an interrupted ingest had committed`);
    expect(doctor.stdout).toContain('healthy');
    expect(await documentsWithFacts()).toBeGreaterThan(stored / 2);
    expect(fs.existsSync(path.join(data, 'pending'))).toBe(false);
    const resumed = ingest(data, ['--jobs', '1', '--batch-size', '30', generated]);
    expect(resumed).toContain(`${stored} already stored (skipped)`);
    expect(await graphOf(data)).toEqual(expected);
  });
});

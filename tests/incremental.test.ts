// Incremental, batched, parallel ingestion (issue 14): unchanged documents
// cost nothing, a changed file replaces its facts, removed documents take
// what only they supported, entities meet across batches, a killed ingest
// resumes to the same graph, parallel equals serial, shards equal a direct
// ingest. Each compares whole graphs (kg export -f json --documents) or
// checks facts through Cypher.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { kg, ROOT, SAMPLES, tempDir } from './helpers/run';

const DEV = path.join(ROOT, 'tests', 'gold', 'dev', 'texts');
const graphOf = (data: string) => {
  const res = kg(['export', '--data', data, '-q', '-f', 'json', '--documents']);
  expect(res.code).toBe(0);
  return JSON.parse(res.stdout);
};
const ingest = (data: string, args: string[]) => {
  const res = kg(['ingest', '--data', data, '-q', ...args]);
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  return res.stdout;
};
const rows = (data: string, cypher: string) => kg(['query', '--data', data, '--json', cypher]).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** A generated corpus of `count` articles (scripts/generate-corpus.mjs, fixed seed). */
function corpus(count: number): string {
  const dir = tempDir(`corpus-${count}`);
  const res = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-corpus.mjs'), String(count), dir]);
  expect(res.status).toBe(0);
  return dir;
}

const ARTICLE = (company: string, project: string) => `2024年3月5日\n长沙经济技术开发区党工委书记王建华出席签约仪式。${company}与长沙经济技术开发区签订投资协议，${project}落户长沙经济技术开发区。`;

describe('incremental ingestion', () => {
  test('a second ingest of the same folder skips every document by its digest and writes nothing', () => {
    const data = tempDir('inc-again');
    ingest(data, [SAMPLES, DEV]);
    const before = graphOf(data);
    const reportFile = path.join(data, '..', 'inc-again-report.json');
    const again = ingest(data, ['--report', reportFile, DEV, SAMPLES]);
    expect(again).toMatch(/44 read, 44 already stored \(skipped\), 0 replaced by new content, 0 extracted/);
    expect(again).toMatch(/written: 0 nodes created, 0 updated, 0 documents, 0 relationships created/);
    const { report, counts } = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    expect(report).toMatchObject({ read: 44, unchanged: 44, extracted: 0, written: { nodesCreated: 0, nodesUpdated: 0, documentsCreated: 0, relationshipsCreated: 0 } });
    expect(Object.keys(report.timings).sort()).toEqual(['extract', 'load', 'resolve', 'write']);
    expect(counts.nodes).toBe(before.nodes.length);
    expect(graphOf(data)).toEqual(before);
  });

  test('a changed file replaces its facts; facts other documents support stay', () => {
    const data = tempDir('inc-changed');
    const dir = tempDir('inc-changed-files');
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE('湖南远航新材料有限公司', '远航新材料产业园项目'));
    fs.writeFileSync(path.join(dir, 'b.txt'), `2024年3月6日\n长沙经济技术开发区党工委书记王建华会见了来访客人。`);
    ingest(data, [dir]);
    expect(rows(data, "MATCH (c:Company)-[:SIGNED_WITH]->(z:Zone) RETURN c.name AS c")).toEqual([{ c: '湖南远航新材料有限公司' }]);
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE('湖南恒信智能制造有限公司', '恒信智能装备项目'));
    expect(ingest(data, [dir])).toMatch(/2 read, 1 already stored \(skipped\), 1 replaced by new content, 1 extracted/);
    expect(rows(data, "MATCH (c:Company)-[:SIGNED_WITH]->(z:Zone) RETURN c.name AS c")).toEqual([{ c: '湖南恒信智能制造有限公司' }]);
    expect(rows(data, "MATCH (c:Company) WHERE c.name = '湖南远航新材料有限公司' RETURN c.name AS c")).toEqual([]);
    expect(rows(data, 'MATCH (d:Document) RETURN count(d) AS n')).toEqual([{ n: 2 }]);
    // 王建华 and the zone are in both articles: they stay, with both documents.
    expect(rows(data, "MATCH (p:Person)-[:HOLDS_POSITION]->(z:Zone)-[:MENTIONED_IN]->(d:Document) RETURN p.name AS p, count(DISTINCT d) AS docs")).toEqual([{ p: '王建华', docs: 2 }]);
    // The same as ingesting the new content into an empty store.
    const fresh = tempDir('inc-changed-fresh');
    ingest(fresh, [dir]);
    expect(graphOf(data)).toEqual(graphOf(fresh));
  });

  test('kg remove takes the documents and what only they supported, leaving the graph of the rest', () => {
    const data = tempDir('inc-remove');
    ingest(data, [SAMPLES, DEV]);
    const res = kg(['remove', '--data', data, DEV]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/removed: 39 documents/);
    const samplesOnly = tempDir('inc-remove-ref');
    ingest(samplesOnly, [SAMPLES]);
    expect(graphOf(data)).toEqual(graphOf(samplesOnly));
    expect(kg(['remove', '--data', data, DEV]).stderr).toMatch(/no stored document under/);
  });
});

describe('batches, workers and shards', () => {
  const generated = corpus(240);
  const reference = tempDir('batch-reference');
  let expected: unknown;

  beforeAll(() => {
    ingest(reference, ['--jobs', '1', '--batch-size', '1000', generated]);
    expected = graphOf(reference);
  });

  test('in batches of 25 the graph is the one of a single batch: entities meet across batches', () => {
    const data = tempDir('batch-25');
    expect(ingest(data, ['--jobs', '1', '--batch-size', '25', generated])).toMatch(/committed in 10 batches/);
    expect(graphOf(data)).toEqual(expected);
    // A zone named in many articles is one node that links to them all.
    const [zone] = rows(data, 'MATCH (z:Zone)-[:MENTIONED_IN]->(d:Document) RETURN z.name AS name, count(d) AS docs ORDER BY docs DESC LIMIT 1');
    expect(zone.docs).toBeGreaterThan(10);
  });

  test('a batch large enough to read the stored keys first (key-index.ts) gives the graph of small batches', () => {
    // With 240 articles stored, one batch of 640 asks about more than 1,000 Person keys at once (read through a KeyIndex); batches of 60 ask about a few hundred (straight through the primary-key index).
    const more = corpus(640);
    const large = tempDir('batch-large');
    ingest(large, ['--jobs', '1', '--batch-size', '1000', generated]);
    ingest(large, ['--jobs', '1', '--batch-size', '1000', more]);
    const small = tempDir('batch-small');
    ingest(small, ['--jobs', '1', '--batch-size', '1000', generated]);
    ingest(small, ['--jobs', '1', '--batch-size', '60', more]);
    expect(graphOf(large)).toEqual(graphOf(small));
  });

  test('extraction over two workers, each batch extracted while the one before is written, gives exactly the graph of one worker and one batch', () => {
    const data = tempDir('batch-parallel');
    expect(ingest(data, ['--jobs', '2', '--batch-size', '50', generated])).toMatch(/committed in 5 batches/);
    expect(graphOf(data)).toEqual(expected);
  });

  test('shards from kg extract, loaded with --extracted, give exactly the direct graph', () => {
    const files = fs.readdirSync(generated).sort().map((f) => path.join(generated, f));
    const shards = tempDir('shards');
    [files.slice(0, 100), files.slice(100)].forEach((part, i) => {
      const res = kg(['extract', ...part]);
      expect(res.code).toBe(0);
      fs.writeFileSync(path.join(shards, `part-${i}.jsonl`), res.stdout);
    });
    const data = tempDir('batch-shards');
    ingest(data, ['--extracted', '--batch-size', '70', path.join(shards, 'part-1.jsonl'), path.join(shards, 'part-0.jsonl')]);
    expect(graphOf(data)).toEqual(expected);
  });

  test('an ingest killed in the middle resumes where it stopped and ends with the same graph', async () => {
    const data = tempDir('batch-killed');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), 'ingest', '--data', data, '--jobs', '1', '--batch-size', '30', generated], { env: { ...process.env, NEO4J_URI: '' } });
    // Killed without warning once the second batch is being written: the first is committed.
    let written = 0;
    await new Promise<void>((ok) => {
      child.stderr.on('data', (d: Buffer) => {
        written += (d.toString().match(/writing nodes and relationships \(now MENTIONED_IN relationships\): (\d+)\/\1 /g) ?? []).length;
        if (written >= 2) child.kill('SIGKILL');
      });
      child.on('exit', () => ok());
    });
    expect(written).toBeGreaterThanOrEqual(2);
    const stored = rows(data, 'MATCH (d:Document) RETURN count(d) AS n')[0].n;
    expect(stored % 30).toBe(0); // whole batches only
    expect(stored).toBeGreaterThanOrEqual(30);
    expect(stored).toBeLessThan(240);
    // Their relationships wait in the store folder (pending.ts) until the ingest ends; kg doctor loads them, as the next ingest would.
    const documentsWithFacts = () => rows(data, 'MATCH (:Person)-[:MENTIONED_IN]->(d:Document) RETURN count(DISTINCT d) AS n')[0].n;
    expect(documentsWithFacts()).toBe(0);
    const doctor = kg(['doctor', '--data', data]);
    expect(doctor.stdout).toContain(`repaired: loaded the relationships of ${stored} documents that an interrupted ingest had committed`);
    expect(doctor.stdout).toContain('healthy');
    expect(documentsWithFacts()).toBeGreaterThan(stored / 2);
    expect(fs.existsSync(path.join(data, 'pending'))).toBe(false);
    const resumed = ingest(data, ['--jobs', '1', '--batch-size', '30', generated]);
    expect(resumed).toContain(`${stored} already stored (skipped)`);
    expect(graphOf(data)).toEqual(expected);
  });
});

// Real articles, not the generated corpus: their evidence has commas, quotes
// and line breaks in some files and not in others, which is what broke the
// load of several batches' CSV files at once (LadybugDB guessed each file's
// dialect; the store now states it).
describe('real articles in batches of 1, 7 and 500', () => {
  const expected: Record<string, unknown> = {};
  const relationshipCount = (data: string) => rows(data, 'MATCH ()-[r]->() RETURN count(r) AS n')[0].n as number;

  test.each([500, 7, 1])('in batches of %i every relationship is stored, and the graph is the same', (size) => {
    const data = tempDir(`real-${size}`);
    expect(ingest(data, ['--jobs', '1', '--batch-size', String(size), SAMPLES, DEV])).toMatch(/now holds \d+ nodes and [1-9]\d* relationships/);
    expect(relationshipCount(data)).toBeGreaterThan(1000);
    expect(fs.existsSync(path.join(data, 'pending'))).toBe(false);
    expect(kg(['doctor', '--data', data]).stdout).toContain('healthy');
    expected[size] = graphOf(data);
    expect(expected[size]).toEqual(expected[500]);
  });

  test('in the other order and run twice, batches of 7 give the same graph and the second run writes nothing', () => {
    const data = tempDir('real-reversed');
    ingest(data, ['--jobs', '1', '--batch-size', '7', DEV, SAMPLES]);
    const again = ingest(data, ['--jobs', '1', '--batch-size', '3', SAMPLES, DEV]);
    expect(again).toMatch(/written: 0 nodes created, 0 updated, 0 documents, 0 relationships created/);
    expect(graphOf(data)).toEqual(expected[500]);
  });
});

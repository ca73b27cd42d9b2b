// Incremental ingestion (issue 14): unchanged documents cost nothing, a
// changed file replaces its facts, removed documents take what only they
// supported, and real articles in batches of any size give one graph.
// (Batches of generated articles, workers and shards: batches.test.ts.)
// Each compares whole graphs (kg export -f json --documents) or checks facts
// through Cypher.
import fs from 'node:fs';
import path from 'node:path';
import { kg, SAMPLES, tempDir } from './helpers/run';
import { DEV, graphOf, ingest, rows } from './helpers/ingest';

const ARTICLE = (company: string, project: string) => `2024年3月5日\n长沙经济技术开发区党工委书记王建华出席签约仪式。${company}与长沙经济技术开发区签订投资协议，${project}落户长沙经济技术开发区。`;

describe('incremental ingestion', () => {
  test('a second ingest of the same folder skips every document by its digest and writes nothing', async () => {
    const data = tempDir('inc-again');
    ingest(data, [SAMPLES, DEV]);
    const before = await graphOf(data);
    const reportFile = path.join(data, '..', 'inc-again-report.json');
    const again = ingest(data, ['--report', reportFile, DEV, SAMPLES]);
    expect(again).toMatch(/44 read, 44 already stored \(skipped\), 0 replaced by new content, 0 extracted/);
    expect(again).toMatch(/written: 0 nodes created, 0 updated, 0 documents, 0 relationships created/);
    const { report, counts } = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    expect(report).toMatchObject({ read: 44, unchanged: 44, extracted: 0, written: { nodesCreated: 0, nodesUpdated: 0, documentsCreated: 0, relationshipsCreated: 0 } });
    expect(Object.keys(report.timings).sort()).toEqual(['extract', 'load', 'resolve', 'write']);
    expect(counts.nodes).toBe(before.nodes.length);
    expect(await graphOf(data)).toEqual(before);
  });

  test('a changed file replaces its facts; facts other documents support stay', async () => {
    const data = tempDir('inc-changed');
    const dir = tempDir('inc-changed-files');
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE('湖南远航新材料有限公司', '远航新材料产业园项目'));
    fs.writeFileSync(path.join(dir, 'b.txt'), `2024年3月6日\n长沙经济技术开发区党工委书记王建华会见了来访客人。`);
    ingest(data, [dir]);
    expect(await rows(data, "MATCH (c:Company)-[:SIGNED_WITH]->(z:Zone) RETURN c.name AS c")).toEqual([{ c: '湖南远航新材料有限公司' }]);
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE('湖南恒信智能制造有限公司', '恒信智能装备项目'));
    expect(ingest(data, [dir])).toMatch(/2 read, 1 already stored \(skipped\), 1 replaced by new content, 1 extracted/);
    expect(await rows(data, "MATCH (c:Company)-[:SIGNED_WITH]->(z:Zone) RETURN c.name AS c")).toEqual([{ c: '湖南恒信智能制造有限公司' }]);
    expect(await rows(data, "MATCH (c:Company) WHERE c.name = '湖南远航新材料有限公司' RETURN c.name AS c")).toEqual([]);
    expect(await rows(data, 'MATCH (d:Document) RETURN count(d) AS n')).toEqual([{ n: 2 }]);
    // 王建华 and the zone are in both articles: they stay, with both documents.
    expect(await rows(data, "MATCH (p:Person)-[:HOLDS_POSITION]->(z:Zone)-[:MENTIONED_IN]->(d:Document) RETURN p.name AS p, count(DISTINCT d) AS docs")).toEqual([{ p: '王建华', docs: 2 }]);
    // The same as ingesting the new content into an empty store.
    const fresh = tempDir('inc-changed-fresh');
    ingest(fresh, [dir]);
    expect(await graphOf(data)).toEqual(await graphOf(fresh));
  });

  test('kg remove takes the documents and what only they supported, leaving the graph of the rest', async () => {
    const data = tempDir('inc-remove');
    ingest(data, [SAMPLES, DEV]);
    const res = kg(['remove', '--data', data, DEV]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/removed: 39 documents/);
    const samplesOnly = tempDir('inc-remove-ref');
    ingest(samplesOnly, [SAMPLES]);
    expect(await graphOf(data)).toEqual(await graphOf(samplesOnly));
    expect(kg(['remove', '--data', data, DEV]).stderr).toMatch(/no stored document under/);
  });
});

// Real articles, not the generated corpus: their evidence has commas, quotes
// and line breaks in some files and not in others, which is what broke the
// load of several batches' CSV files at once (LadybugDB guessed each file's
// dialect; the store now states it).
describe('real articles in batches of 1, 7 and 500', () => {
  const expected: Record<string, unknown> = {};
  const relationshipCount = async (data: string) => (await rows(data, 'MATCH ()-[r]->() RETURN count(r) AS n'))[0].n as number;

  test.each([500, 7, 1])('in batches of %i every relationship is stored, and the graph is the same', async (size) => {
    const data = tempDir(`real-${size}`);
    expect(ingest(data, ['--jobs', '1', '--batch-size', String(size), SAMPLES, DEV])).toMatch(/now holds \d+ nodes and [1-9]\d* relationships/);
    expect(await relationshipCount(data)).toBeGreaterThan(1000);
    expect(fs.existsSync(path.join(data, 'pending'))).toBe(false);
    expect(kg(['doctor', '--data', data]).stdout).toContain('healthy');
    expected[size] = await graphOf(data);
    expect(expected[size]).toEqual(expected[500]);
  });

  test('in the other order and run twice, batches of 7 give the same graph and the second run writes nothing', async () => {
    const data = tempDir('real-reversed');
    ingest(data, ['--jobs', '1', '--batch-size', '7', DEV, SAMPLES]);
    const again = ingest(data, ['--jobs', '1', '--batch-size', '3', SAMPLES, DEV]);
    expect(again).toMatch(/written: 0 nodes created, 0 updated, 0 documents, 0 relationships created/);
    expect(await graphOf(data)).toEqual(expected[500]);
  });
});

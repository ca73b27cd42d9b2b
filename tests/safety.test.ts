// Safety and robustness, one test per problem found by probing as an attacker
// and as an unlucky user would (issue 11): the HTTP API on 127.0.0.1 and bad
// input (the server's options and the embedded store: safety-store.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { kg, SAMPLES, tempDir } from './helpers/run';
import { serve, type Served } from './helpers/serve';
import { BYPASSES } from './helpers/bypasses';
import { request } from './helpers/request';

describe('the query endpoint and the store', () => {
  const data = tempDir('safety');
  const outside = tempDir('outside');
  let server: Served;
  const query = (cypher: string) => request(`${server.url}/api/query`, { method: 'POST', body: { cypher } });

  beforeAll(async () => {
    expect(kg(['ingest', '--data', data, '-q', SAMPLES]).code).toBe(0);
    server = await serve(['--data', data, '--query-timeout', '2']);
  });
  afterAll(() => server?.stop());

  test('1. statements that read or write files are refused, comments or not; nothing is read or written', async () => {
    const target = path.join(outside, 'written.csv');
    for (const cypher of [
      `/* ' */ LOAD FROM "/etc/passwd" (file_format="csv", header=false, delim=":") RETURN * // '`,
      `COPY (RETURN "x") TO "${target}"`,
      `EXPORT DATABASE "${path.join(outside, 'tree')}"`,
      `ATTACH "${path.join(outside, 'other.lbug')}" AS other (dbtype lbug)`,
      "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
      'MATCH (n) RETURN n; CREATE (m:Person {key: "x"})',
    ]) {
      const res = await query(cypher);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(/^query: /);
      expect(JSON.stringify(res.body)).not.toContain('root:');
    }
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  test('2. a CHECKPOINT is refused and the store stays usable, with no WAL or shadow file left', async () => {
    expect((await query("/* ' */ CHECKPOINT // '")).status).toBe(400);
    expect((await query('MATCH (n:Person) RETURN count(n) AS n')).status).toBe(200);
    expect(fs.readdirSync(data).filter((f) => /wal|shadow/.test(f))).toEqual([]);
    expect(kg(['query', '--data', data, 'MATCH (n) RETURN count(n) AS n']).code).toBe(0);
  });

  test('3. settings (CALL timeout=1, threads) are refused and later requests still work', async () => {
    for (const cypher of ['CALL timeout=1', 'CALL threads=1', "CALL home_directory='/tmp'"]) expect((await query(cypher)).status).toBe(400);
    const res = await query('MATCH (n:Person) RETURN n.name AS name LIMIT 2');
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(2);
  });

  test('4. a runaway query stops at the time limit while other requests are served; rows are capped', async () => {
    const slow = query('MATCH (a), (b), (c), (d) RETURN min(a.key + b.key + c.key + d.key) AS k');
    const started = Date.now();
    const meta = await request(`${server.url}/api/meta`);
    expect(meta.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
    const res = await slow;
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/stopped after 2 s/);
    const capped = kg(['query', '--data', data, '--max-rows', '3', 'MATCH (n) RETURN n.key AS k']);
    expect(capped.stdout).toMatch(/\(3 rows\)/);
    expect(capped.stderr).toMatch(/only the first 3 rows/);
  });

  test('11. a character the parser cannot read, or a \\u escape, hides nothing from the read-only check', async () => {
    for (const cypher of BYPASSES) {
      const res = await query(cypher);
      expect([cypher, res.status]).toEqual([cypher, 400]);
      expect(res.body.error).toMatch(/^query: /);
    }
    // The server is still up and nothing was written.
    expect((await query('MATCH (n {key: "bypass"}) RETURN count(n) AS n')).body.rows).toEqual([{ n: 0 }]);
  });

  test('12. a huge query text or deeply nested parameters are refused at once, and the server keeps answering', async () => {
    const started = Date.now();
    const huge = await query(`RETURN [${Array.from({ length: 40_000 }, (_, i) => i).join(',')}] AS l`);
    expect(huge.status).toBe(400);
    expect(huge.body.error).toMatch(/characters long/);
    const sum = await query(`RETURN ${Array(100_000).fill('1').join('+')} AS x`);
    expect(sum.status).toBe(400);
    for (const depth of [26, 10_000]) {
      const body = `{"cypher": "RETURN $p AS p", "params": {"p": ${'['.repeat(depth)}1${']'.repeat(depth)}}}`;
      const deep = await request(`${server.url}/api/query`, { method: 'POST', body });
      expect(deep.status).toBe(400);
      expect(deep.body.error).toMatch(/nested more than/);
    }
    // A list built in one step, which no time limit interrupts (it grew a process to 23 GB), is refused before it runs.
    for (const cypher of ['UNWIND range(1, 2000000000) AS x RETURN sum(x) AS s', 'UNWIND range(1, $n) AS x RETURN x']) {
      const range = await request(`${server.url}/api/query`, { method: 'POST', body: { cypher, params: { n: 5 } } });
      expect(range).toMatchObject({ status: 400, body: { error: expect.stringMatching(/range\(\)/) } });
    }
    expect((await query('UNWIND range(1, 10) AS x RETURN sum(x) AS s')).body.rows).toEqual([{ s: 55 }]);
    const paths = await query('MATCH p=()-[*1..30]-() RETURN count(p) AS n');
    expect(paths.status).toBe(400);
    expect(paths.body.error).toMatch(/more memory than the store's page cache|stopped after/);
    const odd = await request(`${server.url}/api/query`, { method: 'POST', body: { cypher: 'RETURN $constructor AS c', params: { constructor: 1 } } });
    expect(odd).toEqual({ status: 400, body: { error: 'query: LadybugDB takes no parameter named "constructor": give it another name' } });
    expect(Date.now() - started).toBeLessThan(20000);
    expect((await request(`${server.url}/api/meta`)).status).toBe(200);
  });

  test('15. a query whose process passes its memory bound is stopped, and the next query runs', () => {
    // A bound of 1 MB stops any query still running at the first look (every 0.1 s).
    const stopped = kg(['query', '--data', data, '--timeout', '20', 'MATCH (a), (b), (c), (d) RETURN count(*) AS n'], { KG_QUERY_MEMORY_MB: '1' });
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toMatch(/stopped: the query took more than 1 MB of memory/);
    expect(kg(['query', '--data', data, '--json', 'MATCH (n:Person) RETURN count(n) AS n']).code).toBe(0);
  });

  test('5. other Host names are refused; answers carry no paths; errors have one shape', async () => {
    const rebound = await request(`${server.url}/api/meta`, { host: 'attacker.example' });
    expect(rebound.status).toBe(421);
    expect(rebound.body.error).toMatch(/addressed to this machine/);
    const meta = await request(`${server.url}/api/meta`);
    expect(JSON.stringify(meta.body)).not.toContain(data);
    const key = (await query('MATCH (d:Document) RETURN d.key AS k LIMIT 1')).body.rows[0].k;
    const doc = await request(`${server.url}/api/document?name=${key}`);
    expect(doc.status).toBe(200);
    expect(doc.body.text.length).toBeGreaterThan(100);
    expect(JSON.stringify(doc.body)).not.toContain(SAMPLES);
    // Nor does a query for the path, or the document's node.
    const paths = await query('MATCH (d:Document) RETURN d.path AS p, d LIMIT 2');
    expect(paths.status).toBe(200);
    expect(paths.body.rows[0].p).toMatch(/^…\/.+\.txt$/);
    expect(JSON.stringify(paths.body)).not.toContain(SAMPLES);
    const node = await request(`${server.url}/api/node?key=${key}`);
    expect(node.status).toBe(200);
    expect(JSON.stringify(node.body)).not.toContain(SAMPLES);
    const repeated = await request(`${server.url}/api/search?q=a&q=b`);
    expect(repeated).toEqual({ status: 400, body: { error: 'query parameter q given more than once' } });
    expect((await request(`${server.url}/api/nothing`)).body).toEqual({ error: 'not found' });
  });
});

describe('bad input', () => {
  test('6. a 200,000-character line without punctuation finishes with bounded evidence', () => {
    const dir = tempDir('long');
    fs.writeFileSync(path.join(dir, 'long.txt'), `${'长春经开区党工委书记谢志敏带队赴杭州'.repeat(10000)}\n`);
    const res = kg(['extract', dir]);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.relations.length).toBeGreaterThan(0);
    for (const r of out.relations) expect(r.evidence.end - r.evidence.start).toBeLessThanOrEqual(400);
  });

  test('8. damaged UTF-8 stays UTF-8 with a warning; UTF-16 without a mark is read; a PDF named .txt is refused by kind', () => {
    const dir = tempDir('encodings');
    const text = '长春经开区党工委书记谢志敏带队赴杭州开展招商活动。'.repeat(4);
    const damaged = Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xfe, 0x80, 0xc3]), Buffer.from(text)]);
    fs.writeFileSync(path.join(dir, 'a-damaged.txt'), damaged);
    fs.writeFileSync(path.join(dir, 'b-utf16.txt'), Buffer.from(text, 'utf16le'));
    fs.writeFileSync(path.join(dir, 'c-report.txt'), Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    const res = kg(['extract', dir]);
    expect(res.code).toBe(1);
    const lines = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.doc)).toEqual(['a-damaged.txt', 'b-utf16.txt']);
    for (const l of lines) expect(l.entities.map((e: { name: string }) => e.name)).toContain('谢志敏');
    expect(res.stderr).toMatch(/a-damaged\.txt: 4 invalid UTF-8 bytes/);
    expect(res.stderr).toMatch(/c-report\.txt: a PDF document, not a text document/);
  });

  test('14. an extraction shard with a 100,000-character name is refused by line, and the rest of the shard is stored', () => {
    const dir = tempDir('long-name');
    const record = (key: string, name: string) => JSON.stringify({ doc: `${key}.txt`, entities: [{ id: 'c1', type: 'Company', name }], relations: [], document: { key, name: `${key}.txt`, path: `/x/${key}.txt`, title: '', date: '', encoding: 'utf-8', text: name } });
    fs.writeFileSync(path.join(dir, 'shard.jsonl'), `${record('long', '甲'.repeat(100_000))}\n${record('fine', '甲乙科技有限公司')}\n`);
    const data = tempDir('long-name-store');
    const res = kg(['ingest', '--data', data, '-q', '--extracted', path.join(dir, 'shard.jsonl')]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/shard\.jsonl:1: not a valid extraction: entity c1: a name or alias longer than 200 characters/);
    expect(JSON.parse(kg(['query', '--data', data, '--json', 'MATCH (c:Company) RETURN c.name AS name']).stdout)).toEqual({ name: '甲乙科技有限公司' });
  });

  test('18. a page of 600 kB of unclosed tags is read whole, its text kept (the tree builder took 38 s on one)', () => {
    const dir = tempDir('unclosed');
    fs.writeFileSync(path.join(dir, 'unclosed.html'), `<p>长春经开区党工委书记谢志敏带队赴杭州开展招商活动。</p>${'<b><i>字</p>'.repeat(55_000)}`);
    const res = kg(['extract', dir]);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.entities.map((e: { name: string }) => e.name)).toContain('谢志敏');
  }, 20_000);

  test('10. an unlistable folder and a loop of links are reported and skipped; links are followed; control characters are shown escaped', () => {
    const dir = tempDir('walk');
    fs.mkdirSync(path.join(dir, 'locked'));
    fs.writeFileSync(path.join(dir, 'locked', 'x.txt'), '长春经开区。');
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    const real = tempDir('real');
    fs.writeFileSync(path.join(real, 'article.txt'), '长春经开区党工委书记谢志敏带队赴杭州开展招商活动。');
    fs.symlinkSync(path.join(real, 'article.txt'), path.join(dir, 'linked.txt'));
    fs.writeFileSync(path.join(dir, 'bad\u001b[31mname.txt'), Buffer.from('%PDF-1.4'));
    fs.symlinkSync(path.join(dir, 'loop-b'), path.join(dir, 'loop-a'));
    fs.symlinkSync(path.join(dir, 'loop-a'), path.join(dir, 'loop-b'));
    try {
      const res = kg(['extract', dir]);
      const docs = res.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).doc);
      expect(docs).toContain('linked.txt');
      expect(res.stderr).toMatch(/loop-a: a loop of symbolic links \(skipped\)/);
      if (process.getuid?.() !== 0) expect(res.stderr).toMatch(/locked: cannot list this folder/);
      expect(res.stderr).not.toContain('\u001b');
      expect(res.stderr).toContain('\\u001b[31mname.txt');
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });
});

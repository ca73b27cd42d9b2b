// Safety and robustness, one test per problem found by probing as an attacker
// and as an unlucky user would (issue 11): the embedded store, the HTTP API
// on 127.0.0.1, and bad input.
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { spawn, spawnSync } from 'node:child_process';
import { kg, ROOT, SAMPLES, tempDir } from './helpers/run';
import { serve, type Served } from './helpers/serve';
import { BYPASSES } from './helpers/bypasses';

/** A request with a Host header of our choosing (fetch does not allow one). */
function request(url: string, options: { method?: string; host?: string; body?: unknown } = {}): Promise<{ status: number; body: any }> {
  const u = new URL(url);
  return new Promise((ok, ko) => {
    const payload = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    const req = http.request({
      hostname: u.hostname, port: u.port, path: `${u.pathname}${u.search}`, method: options.method ?? 'GET',
      headers: { host: options.host ?? u.host, ...(payload ? { 'content-type': 'application/json' } : {}) },
    }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => ok({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', ko);
    if (payload) req.write(payload);
    req.end();
  });
}

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

describe('the server and its options', () => {
  test('9. a server started before the store exists answers 503, then serves what an ingest brings without a restart', async () => {
    const data = tempDir('late');
    const server = await serve(['--data', data]);
    try {
      const before = await request(`${server.url}/api/meta`);
      expect(before.status).toBe(503);
      expect(before.body.error).toMatch(/^store: /);
      expect(kg(['ingest', '--data', data, '-q', path.join(SAMPLES, '000_addb64b11a9866d7.txt')]).code).toBe(0);
      const after = await request(`${server.url}/api/meta`);
      expect(after.status).toBe(200);
      expect(after.body.totals.nodes).toBeGreaterThan(10);
      expect(kg(['ingest', '--data', data, '-q', SAMPLES]).code).toBe(0);
      const more = await request(`${server.url}/api/meta`);
      expect(more.body.totals.nodes).toBeGreaterThan(after.body.totals.nodes);
    } finally {
      server.stop();
    }
  });

  test('17. while an ingest writes and checkpoints beside it, the server waits for the checkpoint instead of answering 503', async () => {
    const corpus = tempDir('beside-corpus');
    expect(spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-corpus.mjs'), '400', corpus]).status).toBe(0);
    const data = tempDir('beside');
    expect(kg(['ingest', '--data', data, '-q', SAMPLES]).code).toBe(0);
    const server = await serve(['--data', data]);
    try {
      const ingest = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), 'ingest', '--data', data, '-q', '--batch-size', '50', corpus], { env: { ...process.env, NEO4J_URI: '' } });
      const ended = new Promise<number | null>((ok) => ingest.on('exit', ok));
      let running = true;
      void ended.then(() => { running = false; });
      const answers: Array<{ status: number; body: any }> = [];
      while (running) {
        answers.push(await request(`${server.url}/api/query`, { method: 'POST', body: { cypher: 'MATCH (d:Document) RETURN count(d) AS n' } }));
        await new Promise((ok) => setTimeout(ok, 50));
      }
      expect(await ended).toBe(0);
      expect(answers.length).toBeGreaterThan(3);
      expect(answers.filter((a) => a.status !== 200)).toEqual([]);
      expect((await request(`${server.url}/api/query`, { method: 'POST', body: { cypher: 'MATCH (d:Document) RETURN count(d) AS n' } })).body.rows).toEqual([{ n: 405 }]);
    } finally {
      server.stop();
    }
  });

  test('9. bad option values are usage errors, not a server that fails later', () => {
    const res = kg(['serve', '--max-nodes', 'abc']);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/max-nodes.*expected a positive number, got "abc"/);
  });
});

describe('the embedded store', () => {
  test('7. a batch that fails while writing commits nothing of itself; what was stored stays', async () => {
    const { LadybugStore } = await import('../src/store/ladybug');
    const store = new LadybugStore({ dir: tempDir('atomic') });
    try {
      const node = (key: string) => ({ key, label: 'Person', name: key, aliases: [], props: {}, docs: [] });
      await store.write({ nodes: [node('Person:甲')], relationships: [], documents: [] });
      const broken = {
        nodes: [node('Person:乙'), node('Person:丙')],
        relationships: [{ key: 'r1', type: 'MET_WITH', source: 'Person:乙', target: 'Person:nobody', props: {}, doc: 'd', evidence: '…', evidenceStart: 0, evidenceEnd: 1 }],
        documents: [],
      };
      await expect(store.write(broken)).rejects.toThrow();
      const names = (await store.read('MATCH (p:Person) RETURN p.name AS n ORDER BY n')).rows.map((r) => r.n);
      expect(names).toEqual(['Person:甲']);
    } finally {
      await store.close();
    }
  });

  const DEV = path.join(ROOT, 'tests', 'gold', 'dev', 'texts');
  const countsOf = (data: string) => JSON.parse(kg(['query', '--data', data, '--json', 'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships']).stdout);

  test('7. a full disk in the middle of an ingest: kg doctor brings the store back with everything committed before', () => {
    const data = tempDir('full-disk');
    expect(kg(['ingest', '--data', data, '-q', SAMPLES]).code).toBe(0);
    const before = countsOf(data);
    // The file size limit makes every write past it fail as a full disk would (EFBIG instead of ENOSPC).
    const limitKb = Math.ceil(fs.statSync(path.join(data, 'graph.lbug')).size / 1024) + 64;
    const full = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f ${limitKb}; exec "$0" "$@"`, process.execPath, path.join(ROOT, 'bin', 'kg.js'), 'ingest', '--data', data, '-q', DEV], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });
    expect(full.status).not.toBe(0);
    expect(full.stderr).toMatch(/File too large|write/i);

    const refused = kg(['query', '--data', data, 'MATCH (n) RETURN count(n)']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`kg doctor --data ${data}`);

    const doctor = kg(['doctor', '--data', data]);
    expect(doctor.stderr).toBe('');
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(/repaired: finished the interrupted write/);
    expect(countsOf(data)).toEqual(before);
    expect(fs.readdirSync(data)).toEqual(['graph.lbug', 'graph.lbug.kg-seal']);

    // With space again, the interrupted ingest completes as if nothing had happened.
    expect(kg(['ingest', '--data', data, '-q', DEV]).code).toBe(0);
    const fresh = tempDir('full-disk-fresh');
    expect(kg(['ingest', '--data', fresh, '-q', SAMPLES]).code).toBe(0);
    expect(kg(['ingest', '--data', fresh, '-q', DEV]).code).toBe(0);
    expect(countsOf(data)).toEqual(countsOf(fresh));
  });

  test('13. a full disk while the final load copies the relationships: no document counts as stored without them', () => {
    const many = tempDir('full-load-corpus');
    expect(spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-corpus.mjs'), '1000', many]).status).toBe(0);
    const reference = tempDir('full-load-reference');
    expect(kg(['ingest', '--data', reference, '-q', SAMPLES]).code).toBe(0);
    const base = fs.statSync(path.join(reference, 'graph.lbug')).size;
    expect(kg(['ingest', '--data', reference, '-q', '--batch-size', '500', many]).code).toBe(0);
    const whole = fs.statSync(path.join(reference, 'graph.lbug')).size;
    // Limits between the size after the batches and the size after the load: the first that fails in the load is the case.
    let data = '';
    for (const share of [0.9, 0.85, 0.95, 0.8]) {
      data = tempDir('full-load');
      expect(kg(['ingest', '--data', data, '-q', SAMPLES]).code).toBe(0);
      const limitKb = Math.floor((base + share * (whole - base)) / 1024);
      const full = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f ${limitKb}; exec "$0" "$@"`, process.execPath, path.join(ROOT, 'bin', 'kg.js'), 'ingest', '--data', data, '-q', '--batch-size', '500', many], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });
      if (full.status !== 0 && fs.existsSync(path.join(data, 'pending'))) break;
      data = '';
    }
    expect(data).not.toBe('');
    const doctor = kg(['doctor', '--data', data]);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toContain('healthy');
    expect(countsOf(data)).toEqual(countsOf(reference));
    const again = kg(['ingest', '--data', data, '-q', '--batch-size', '500', many]);
    expect(again.stdout).toMatch(/written: 0 nodes created, 0 updated, 0 documents, 0 relationships created/);
  });

  test('16. kill -9 in the middle of a checkpoint: a read-only open refuses with advice, kg doctor brings back every committed write', async () => {
    const many = tempDir('checkpoint-corpus');
    expect(spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-corpus.mjs'), '600', many]).status).toBe(0);
    const reference = tempDir('checkpoint-reference');
    expect(kg(['ingest', '--data', reference, '-q', '--batch-size', '300', many]).code).toBe(0);
    const data = tempDir('checkpoint-killed');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), 'ingest', '--data', data, '-q', '--batch-size', '300', many], { env: { ...process.env, NEO4J_URI: '' } });
    // Killed the moment a checkpoint has begun: LadybugDB's shadow file exists only while one runs.
    const shadow = path.join(data, 'graph.lbug.shadow');
    const killedInCheckpoint = await new Promise<boolean>((done) => {
      const look = setInterval(() => { if (fs.existsSync(shadow)) { child.kill('SIGKILL'); clearInterval(look); done(true); } }, 1);
      child.on('exit', () => { clearInterval(look); done(false); });
    });
    await new Promise((ok) => (child.exitCode !== null || child.signalCode !== null ? ok(undefined) : child.on('exit', ok)));
    expect(killedInCheckpoint).toBe(true);
    const refused = kg(['query', '--data', data, 'MATCH (n) RETURN count(n)']);
    if (refused.code !== 0) expect(refused.stderr).toContain(`kg doctor --data ${data}`);
    const doctor = kg(['doctor', '--data', data]);
    expect(doctor.stderr).toBe('');
    expect(doctor.stdout).toContain('healthy');
    expect(fs.readdirSync(data)).toEqual(['graph.lbug', 'graph.lbug.kg-seal']);
    // The ingest run again completes the graph: the same as one never interrupted.
    expect(kg(['ingest', '--data', data, '-q', '--batch-size', '300', many]).code).toBe(0);
    expect(countsOf(data)).toEqual(countsOf(reference));
  });

  test('19. 200 bits flipped in the database file: every command refuses it with advice instead of crashing or answering wrongly', async () => {
    const data = tempDir('flipped');
    expect(kg(['ingest', '--data', data, '-q', SAMPLES]).code).toBe(0);
    const file = path.join(data, 'graph.lbug');
    const fd = fs.openSync(file, 'r+');
    const size = fs.fstatSync(fd).size;
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 200; k++) {
      const at = Math.floor(random() * size), byte = Buffer.alloc(1);
      fs.readSync(fd, byte, 0, 1, at);
      byte[0] ^= 1 << Math.floor(random() * 8);
      fs.writeSync(fd, byte, 0, 1, at);
    }
    fs.closeSync(fd);
    const query = kg(['query', '--data', data, 'MATCH (n) RETURN count(n) AS n']);
    expect(query.code).toBe(1);
    expect(query.stderr).toMatch(/not the file kg last wrote.*kg doctor --data/);
    const doctor = kg(['doctor', '--data', data]);
    expect(doctor.code).not.toBe(0);
    expect(doctor.stderr).toMatch(/SHA-256 differ.*ingest the documents again/);
    const server = await serve(['--data', data]);
    try {
      const meta = await request(`${server.url}/api/meta`);
      expect(meta.status).toBe(503);
      expect(meta.body.error).toMatch(/not the file kg last wrote/);
    } finally {
      server.stop();
    }
  });

  test('7. a write-ahead log cut short by a crash: refused with advice, kg doctor --repair keeps every earlier transaction', () => {
    const data = tempDir('cut-log');
    // Two people stored and closed; then two committed updates and an exit without closing: the updates live only in the log.
    const writer = `
      const { LadybugStore } = require(${JSON.stringify(path.join(ROOT, 'dist', 'src', 'store', 'ladybug.js'))});
      const node = (key, aliases = []) => ({ key, label: 'Person', name: key, aliases, props: {}, docs: [] });
      (async () => {
        const first = new LadybugStore({ dir: process.argv[1] });
        await first.write({ nodes: [node('甲'), node('乙')], relationships: [], documents: [] });
        await first.close();
        const store = new LadybugStore({ dir: process.argv[1] });
        await store.write({ nodes: [node('甲', ['甲一'])], relationships: [], documents: [] });
        await store.write({ nodes: [node('乙', ['乙一'])], relationships: [], documents: [] });
        process.exit(0);
      })();`;
    expect(spawnSync(process.execPath, ['-e', writer, data]).status).toBe(0);
    const log = path.join(data, 'graph.lbug.wal');
    fs.truncateSync(log, fs.statSync(log).size - 16); // the last record cut short

    const refused = kg(['query', '--data', data, 'MATCH (n) RETURN count(n)']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`kg doctor --data ${data} --repair`);
    const cautious = kg(['doctor', '--data', data]);
    expect(cautious.code).toBe(1);
    expect(cautious.stderr).toMatch(/write-ahead log .* is damaged/);

    const doctor = kg(['doctor', '--data', data, '--repair']);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(/replayed the write-ahead log up to its damage/);
    expect(fs.readdirSync(data).filter((f) => f.includes('.damaged-'))).toHaveLength(1);
    const people = kg(['query', '--data', data, '--json', 'MATCH (p:Person) RETURN p.key AS key, p.name AS name, p.aliases AS aliases ORDER BY key']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const names = people.map((p) => [p.key, [p.name, ...p.aliases].sort()]);
    expect(names).toEqual([['乙', ['乙']], ['甲', ['甲', '甲一']]]); // the first update kept, the cut one lost
  });
});

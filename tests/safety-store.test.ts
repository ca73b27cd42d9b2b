// Safety and robustness (issue 11), continued from safety.test.ts: the
// server's options, and the embedded store under crashes, full disks and
// damaged files. (Two files so that jest can run them side by side.)
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { kg, ROOT, SAMPLES, tempDir } from './helpers/run';
import { serve } from './helpers/serve';
import { corpus, extracted, rows, storeWithSamples } from './helpers/ingest';
import { request } from './helpers/request';

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
    const articles = corpus(400);
    const data = storeWithSamples('beside');
    const server = await serve(['--data', data]);
    try {
      const ingest = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), 'ingest', '--data', data, '-q', '--batch-size', '50', articles], { env: { ...process.env, NEO4J_URI: '' } });
      const ended = new Promise<number | null>((ok) => ingest.on('exit', ok));
      let running = true;
      void ended.then(() => { running = false; });
      const answers: Array<{ status: number; body: any }> = [];
      while (running) {
        answers.push(await request(`${server.url}/api/query`, { method: 'POST', body: { cypher: 'MATCH (d:Document) RETURN count(d) AS n' } }));
        await new Promise((ok) => setTimeout(ok, 200));
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
  const countsOf = async (data: string) => (await rows(data, 'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships'))[0];

  test('7. a full disk in the middle of an ingest: kg doctor brings the store back with everything committed before', async () => {
    const data = storeWithSamples('full-disk');
    const before = await countsOf(data);
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
    expect(await countsOf(data)).toEqual(before);
    expect(fs.readdirSync(data)).toEqual(['graph.lbug', 'graph.lbug.kg-seal']);

    // With space again, the interrupted ingest completes as if nothing had happened.
    expect(kg(['ingest', '--data', data, '-q', DEV]).code).toBe(0);
    const fresh = tempDir('full-disk-fresh');
    expect(kg(['ingest', '--data', fresh, '-q', SAMPLES, DEV]).code).toBe(0);
    expect(await countsOf(data)).toEqual(await countsOf(fresh));
  });

  test('13. a full disk while the final load copies the relationships: no document counts as stored without them', async () => {
    // 1,000 articles loaded up to six times: extracted once (kg extract), loaded with --extracted.
    // Into a new store: a load into empty relationship tables is LadybugDB's fast path (an append checkpoints every table it touches, seconds each time).
    const many = extracted(corpus(1000));
    const reference = tempDir('full-load-reference');
    expect(kg(['ingest', '--data', reference, '-q', '--batch-size', '500', '--extracted', many]).code).toBe(0);
    const whole = fs.statSync(path.join(reference, 'graph.lbug')).size;
    // Limits below the size after the load: the first that fails in the load (not in the batches) is the case.
    let data = '';
    for (const share of [0.9, 0.85, 0.95, 0.8]) {
      data = tempDir('full-load');
      const limitKb = Math.floor((share * whole) / 1024);
      const full = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f ${limitKb}; exec "$0" "$@"`, process.execPath, path.join(ROOT, 'bin', 'kg.js'), 'ingest', '--data', data, '-q', '--batch-size', '500', '--extracted', many], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });
      if (full.status !== 0 && fs.existsSync(path.join(data, 'pending'))) break;
      data = '';
    }
    expect(data).not.toBe('');
    const doctor = kg(['doctor', '--data', data]);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toContain('healthy');
    expect(await countsOf(data)).toEqual(await countsOf(reference));
    const again = kg(['ingest', '--data', data, '-q', '--batch-size', '500', '--extracted', many]);
    expect(again.stdout).toMatch(/written: 0 nodes created, 0 updated, 0 documents, 0 relationships created/);
  });

  test('16. kill -9 in the middle of a checkpoint: a read-only open refuses with advice, kg doctor brings back every committed write', async () => {
    // Extracted once (kg extract): the checkpoints are the load's.
    const many = extracted(corpus(600));
    const reference = tempDir('checkpoint-reference');
    expect(kg(['ingest', '--data', reference, '-q', '--batch-size', '300', '--extracted', many]).code).toBe(0);
    const data = tempDir('checkpoint-killed');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), 'ingest', '--data', data, '-q', '--batch-size', '300', '--extracted', many], { env: { ...process.env, NEO4J_URI: '' } });
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
    expect(kg(['ingest', '--data', data, '-q', '--batch-size', '300', '--extracted', many]).code).toBe(0);
    expect(await countsOf(data)).toEqual(await countsOf(reference));
  });

  test('19. 200 bits flipped in the database file: every command refuses it with advice instead of crashing or answering wrongly', async () => {
    const data = storeWithSamples('flipped');
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

// kg extract / ingest / query on the sample corpus, against a real embedded store.
import fs from 'node:fs';
import path from 'node:path';
import { kg, SAMPLES, tempDir } from './helpers/run';
import { validateExtraction } from '../src/schema/validate';
import { decode } from '../src/read/decode';
import type { DocExtraction } from '../src/schema/types';

describe('kg extract', () => {
  const out = kg(['extract', SAMPLES]);
  const docs = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as DocExtraction);

  test('prints one valid JSON line per sample', () => {
    expect(out.code).toBe(0);
    expect(docs.map((d) => d.doc).sort()).toEqual(fs.readdirSync(SAMPLES).sort());
  });

  test.each(fs.readdirSync(SAMPLES))('%s: known types, allowed endpoints, evidence at its offsets', (name) => {
    const doc = docs.find((d) => d.doc === name)!;
    const original = decode(fs.readFileSync(path.join(SAMPLES, name))).text;
    expect(validateExtraction(doc, original)).toEqual([]);
    expect(doc.entities.length).toBeGreaterThan(5);
    expect(doc.relations.length).toBeGreaterThan(0);
  });

  test('a bad file is reported by name, the rest go on, exit non-zero', () => {
    const dir = tempDir('bad');
    fs.writeFileSync(path.join(dir, 'a.txt'), '合肥经开区党工委书记王强带队赴上海开展招商活动。');
    fs.writeFileSync(path.join(dir, 'b.txt'), '');
    const res = kg(['extract', dir]);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/b\.txt: empty file/);
    expect(res.stdout.trim().split('\n')).toHaveLength(1);
  });

  test('kg extract and kg eval run where neither store can be loaded', () => {
    const noStores = { NODE_OPTIONS: `--require ${path.join(__dirname, 'helpers', 'without-stores.js')}` };
    expect(kg(['ingest', '--data', tempDir('none'), SAMPLES], noStores).stderr).toMatch(/not available on this machine/);
    const extracted = kg(['extract', SAMPLES], noStores);
    expect(extracted.stderr).toBe('');
    expect(extracted.stdout).toBe(out.stdout);
    const scored = kg(['eval', '--gold', path.join(__dirname, 'gold', 'seeds', 'annotations'), SAMPLES], noStores);
    expect(scored.code).toBe(0);
    expect(scored.stdout).toMatch(/relations micro/);
  });

  test('--help and unknown paths', () => {
    expect(kg(['extract', '--help']).stdout).toMatch(/Usage: kg extract/);
    const missing = kg(['extract', '/no/such/dir']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/no such file or folder/);
  });
});

describe('kg ingest and kg query on the embedded store', () => {
  const data = tempDir('store');
  const q = (cypher: string) => {
    const res = kg(['query', '--data', data, '--json', cypher]);
    if (res.code !== 0) throw new Error(res.stderr);
    return res.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  };
  const counts = () => q('MATCH (n) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r');

  test('ingests the samples with a summary', () => {
    const res = kg(['ingest', '--data', data, '-q', SAMPLES]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/documents: 5 read, 0 already stored \(skipped\), 0 replaced by new content, 5 extracted, 0 failed/);
    expect(res.stdout).toMatch(/nodes created/);
  });

  test('visits and meetings made on a trip name it, so two trips of one leader in one article stay apart', () => {
    const made = q("MATCH (p:Person)-[v:VISITED|MET_WITH]->(x) WHERE p.name = '华景斌' RETURN x.name AS other, v.trip AS trip ORDER BY other");
    expect(made).toEqual(expect.arrayContaining([{ other: '华为公司', trip: 'Trip:华景斌赴深圳:--06-05' }, { other: '易鹏', trip: 'Trip:华景斌赴北京:--06-21' }]));
    // The trip a relationship names is a stored trip.
    expect(q("MATCH (t:Trip) WHERE t.key = 'Trip:华景斌赴深圳:--06-05' RETURN t.name AS n")).toEqual([{ n: '华景斌赴深圳' }]);
  });

  test('finds the expected kinds of facts', () => {
    expect(q('MATCH (p:Person)-[r:HOLDS_POSITION]->(z:Zone) RETURN p.name AS p, r.title AS t, z.name AS z').length).toBeGreaterThan(3);
    expect(q('MATCH (c:Company)-[:SIGNED_WITH]->(z:Zone) RETURN c.name AS c').length).toBeGreaterThan(2);
    expect(q('MATCH (j:Project)-[:LOCATED_IN]->(z:Zone) RETURN j.name AS j').length).toBeGreaterThan(2);
    // A place is named officially; the written form is an alias.
    expect(q("MATCH (p:Person)-[:LED]->(t:Trip)-[:DESTINATION]->(d) WHERE p.name = '谢志敏' RETURN d.name AS d, d.aliases AS a")).toEqual([{ d: '杭州市', a: ['杭州'] }]);
    // Evidence opens the text it came from: relationships name their document by its content's digest.
    const ev = q('MATCH (p:Person)-[r:MET_WITH]->(o:Person) MATCH (d:Document) WHERE d.key = r.doc RETURN r.evidence AS e, r.evidence_start AS s, d.path AS path LIMIT 1')[0];
    expect(ev.e.length).toBeGreaterThan(5);
    expect(fs.readFileSync(ev.path, 'utf8').slice(ev.s, ev.s + ev.e.length)).toBe(ev.e);
  });

  test('one node per entity across documents, with all surface forms', () => {
    const zone = q("MATCH (z:Zone)-[:MENTIONED_IN]->(d:Document) WHERE list_contains(z.aliases, '长春汽开区') RETURN z.name AS name, z.aliases AS aliases, collect(d.name) AS docs")[0];
    expect(zone.docs.length).toBeGreaterThanOrEqual(3);
    expect(zone.aliases).toEqual(expect.arrayContaining(['汽开区', '长春汽开区']));
    expect(q(`MATCH (z:Zone) WHERE z.name = '${zone.name}' RETURN z.key AS k`)).toHaveLength(1);
  });

  test('a second ingest changes no count', () => {
    const before = counts();
    const res = kg(['ingest', '--data', data, '-q', SAMPLES]);
    expect(res.stdout).toMatch(/written: 0 nodes created, 0 updated, 0 documents, 0 relationships created/);
    expect(counts()).toEqual(before);
  });

  test('queries are read-only', () => {
    const res = kg(['query', '--data', data, "CREATE (n:Person {key: 'x'})"]);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/read-only/);
  });

  test('a table by default, parameters by --param', () => {
    const res = kg(['query', '--data', data, '--param', 'name=谢志敏', 'MATCH (p:Person) WHERE p.name = $name RETURN p.name AS name']);
    expect(res.stdout).toMatch(/name\n─+\n谢志敏\n\(1 row\)/);
  });

  test('columns are named as the query writes them, on LadybugDB as on Neo4j; --json writes JSON Lines', () => {
    const res = kg(['query', '--data', data, '--json', 'MATCH (p:Person) RETURN count(p), count(DISTINCT p.name) AS people, min(p.name)']);
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(Object.keys(JSON.parse(lines[0]))).toEqual(['count(p)', 'people', 'min(p.name)']);
    expect(kg(['query', '--data', data, 'MATCH (p:Person) RETURN count(p)']).stdout).toMatch(/^count\(p\)\n/);
  });
});

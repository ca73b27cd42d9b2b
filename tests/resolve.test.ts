// Cross-document resolution on the embedded store: which nodes exist after
// ingesting short articles written for the test, checked through Cypher.
import fs from 'node:fs';
import path from 'node:path';
import { LadybugStore } from '../src/store/ladybug';
import { ingestFiles } from '../src/ingest/ingest';
import { tempDir } from './helpers/run';
import { likelyDuplicates } from '../src/resolve/duplicates';

/** Writes articles (name → text) into a fresh folder; returns their paths. */
function articles(texts: Record<string, string>): string[] {
  const dir = tempDir('articles');
  return Object.entries(texts).map(([name, text]) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  });
}

async function withStore<T>(fn: (store: LadybugStore) => Promise<T>): Promise<T> {
  const store = new LadybugStore({ dir: tempDir('store') });
  try { return await fn(store); } finally { await store.close(); }
}

async function q(store: LadybugStore, cypher: string, params: Record<string, unknown> = {}) {
  return (await store.read(cypher, params)).rows;
}

/** Every node and relationship, in a form that two stores can be compared by. */
async function snapshot(store: LadybugStore) {
  const nodes = await q(store, 'MATCH (n) OPTIONAL MATCH (n)-[:MENTIONED_IN]->(d:Document) RETURN n.key AS key, n.name AS name, n.aliases AS aliases, list_sort(collect(d.key)) AS docs ORDER BY key');
  const rels = await q(store, 'MATCH (a)-[r]->(b) RETURN a.key AS a, label(r) AS t, b.key AS b, r.key AS key ORDER BY key');
  return { nodes, rels };
}

const SHANGHAI = '2024年3月1日\n上海电气集团董事长吴磊出席签约仪式。';
const HARBIN = '2024年3月2日\n哈尔滨电气集团有限公司总经理曹志安出席签约仪式。';
const CHANGCHUN = '2023年6月1日\n长春经开区党工委书记谢志敏带队赴杭州开展招商活动。经开区与巨星控股集团签约。';
const CHANGSHA = '2023年7月1日\n长沙经开区党工委书记刘钢带队赴深圳开展招商活动。我区与比亚迪股份有限公司签约。经开区将全力服务项目。';
const HUNAN_LI = '2024年1月5日\n株洲高新区管委会主任李明出席湘潭签约仪式。';
const GUANGDONG_LI = '2024年1月6日\n佛山市美的集团副总裁李明出席广州签约仪式。';

describe('resolution into the embedded store', () => {
  test('companies of different places stay apart: 上海电气集团 is not 哈尔滨电气集团有限公司', async () => {
    await withStore(async (store) => {
      await ingestFiles(articles({ 'a.txt': SHANGHAI, 'b.txt': HARBIN }), store);
      const rows = await q(store, 'MATCH (c:Company) RETURN c.name AS name ORDER BY name');
      expect(rows.map((r) => r.name)).toEqual(['上海电气集团', '哈尔滨电气集团有限公司']);
    });
  });

  test('a legal form in brackets is the legal form: 招商局（集团）有限公司 in one article is 招商局集团有限公司 in another', async () => {
    await withStore(async (store) => {
      await ingestFiles(articles({
        'a.txt': '2024年3月1日\n漳州市人民政府与招商局（集团）有限公司签署战略合作协议。',
        'b.txt': '2024年3月2日\n湛江市人民政府与招商局集团有限公司签约。',
      }), store);
      const firms = await q(store, "MATCH (c:Company) WHERE c.name CONTAINS '招商局' RETURN c.name AS name");
      expect(firms).toHaveLength(1);
    });
  });

  test("an organ's long and short names in two articles are one body; two firms of one brand in two places stay two", async () => {
    await withStore(async (store) => {
      await ingestFiles(articles({
        'a.txt': '2024年3月1日\n泌阳县人民政府与河南牧原食品股份有限公司签约。',
        'b.txt': '2024年3月2日\n泌阳县政府与宁德时代新能源科技股份有限公司签约，四川时代新能源科技有限公司也签约。',
      }), store);
      const bodies = await q(store, 'MATCH (g:GovernmentBody) RETURN g.name AS name');
      expect(bodies.map((r) => r.name)).toEqual(['泌阳县人民政府']);
      const firms = await q(store, "MATCH (c:Company) WHERE c.name CONTAINS '时代' RETURN c.name AS name ORDER BY name");
      expect(firms.map((r) => r.name)).toEqual(['四川时代新能源科技有限公司', '宁德时代新能源科技股份有限公司']);
    });
  });

  test('two zones called 经开区 in their own articles stay apart, in either order', async () => {
    for (const order of [[CHANGCHUN, CHANGSHA], [CHANGSHA, CHANGCHUN]]) {
      await withStore(async (store) => {
        for (const [k, text] of order.entries()) await ingestFiles(articles({ [`${k}.txt`]: text }), store);
        const held = await q(store, 'MATCH (p:Person)-[:HOLDS_POSITION]->(z:Zone) RETURN p.name AS p, z.name AS z ORDER BY p.name');
        expect(held).toEqual([{ p: '刘钢', z: '长沙经开区' }, { p: '谢志敏', z: '长春经开区' }]);
        const signed = await q(store, 'MATCH (c:Company)-[:SIGNED_WITH]->(z:Zone) RETURN c.name AS c, z.name AS z ORDER BY c.name');
        expect(signed).toEqual([{ c: '巨星控股集团', z: '长春经开区' }, { c: '比亚迪股份有限公司', z: '长沙经开区' }]);
      });
    }
  });

  test('namesakes in different provinces are two people; the report counts both', async () => {
    await withStore(async (store) => {
      await ingestFiles(articles({ 'a.txt': HUNAN_LI }), store);
      const report = await ingestFiles(articles({ 'b.txt': GUANGDONG_LI }), store);
      const people = await q(store, "MATCH (p:Person)-[:HOLDS_POSITION]->(b) WHERE p.name = '李明' RETURN p.key AS key, b.name AS body ORDER BY body");
      expect(people.map((r) => r.body)).toEqual(['佛山市美的集团', '株洲高新区']);
      expect(new Set(people.map((r) => r.key)).size).toBe(2);
      expect(report.namesakes).toBe(2);
      expect(await likelyDuplicates(store)).toEqual([{ label: 'Person', name: '李明', nodes: [{ key: 'Person:李明|广东省', docs: 1 }, { key: 'Person:李明|湖南省', docs: 1 }] }]);
    });
  });

  test('two files called index.html are two documents; evidence opens its own text', async () => {
    await withStore(async (store) => {
      const files = articles({ 'zz/index.html': `<p>${SHANGHAI}</p>`, 'hb/index.html': `<p>${HARBIN}</p>` });
      const report = await ingestFiles(files, store);
      expect(report.failures).toEqual([]);
      const docs = await q(store, 'MATCH (d:Document) RETURN d.name AS name, d.path AS path ORDER BY path');
      expect(docs.map((d) => d.name)).toEqual(['index.html', 'index.html']);
      const rows = await q(store, 'MATCH (p:Person)-[r:HOLDS_POSITION]->() MATCH (d:Document) WHERE d.key = r.doc RETURN p.name AS p, r.evidence AS e, r.evidence_start AS s, d.text AS text');
      expect(rows).toHaveLength(2);
      for (const r of rows) expect((r.text as string).slice(r.s as number, (r.s as number) + (r.e as string).length)).toBe(r.e);
    });
  });

  test('the same bytes under two names are one document', async () => {
    await withStore(async (store) => {
      await ingestFiles(articles({ 'one.txt': SHANGHAI, 'copy/two.txt': SHANGHAI }), store);
      expect(await q(store, 'MATCH (d:Document) RETURN count(d) AS n')).toEqual([{ n: 1 }]);
    });
  });

  test('references (我区, 经开区 alone, 全市) are never stored as names', async () => {
    await withStore(async (store) => {
      await ingestFiles(articles({ 'a.txt': CHANGSHA }), store);
      const zone = (await q(store, "MATCH (z:Zone) WHERE z.name = '长沙经开区' RETURN z.aliases AS aliases"))[0];
      expect(zone.aliases).not.toContain('我区');
      const all = await q(store, 'MATCH (n) WHERE list_contains(n.aliases, $w) OR n.name = $w RETURN n.name AS name', { w: '我区' });
      expect(all).toEqual([]);
    });
  });

  test('names are stored in simplified script; the written form is an alias', async () => {
    await withStore(async (store) => {
      await ingestFiles(articles({ 'a.txt': '2023年5月31日\n西安大醫集團項目簽約落位長春新區。長春新區黨工委書記王子聯出席。' }), store);
      const rows = await q(store, "MATCH (z:Zone) WHERE z.name = '长春新区' RETURN z.aliases AS aliases");
      expect(rows).toHaveLength(1);
      expect(rows[0].aliases).toContain('長春新區');
    });
  });

  test('the graph is the same in any order, and re-ingesting after another batch changes nothing', async () => {
    const texts = { 'a.txt': CHANGCHUN, 'b.txt': CHANGSHA, 'c.txt': SHANGHAI, 'd.txt': HUNAN_LI };
    const files = articles(texts);
    const together = await withStore(async (s) => { await ingestFiles(files, s); return snapshot(s); });
    const forwards = await withStore(async (s) => { for (const f of files) await ingestFiles([f], s); return snapshot(s); });
    const backwards = await withStore(async (s) => { for (const f of [...files].reverse()) await ingestFiles([f], s); return snapshot(s); });
    expect(forwards).toEqual(together);
    expect(backwards).toEqual(together);
    await withStore(async (s) => {
      await ingestFiles(files.slice(0, 2), s);
      await ingestFiles(files.slice(2), s);
      const before = await snapshot(s);
      const again = await ingestFiles(files.slice(0, 2), s);
      expect(again.written).toEqual({ nodesCreated: 0, nodesUpdated: 0, documentsCreated: 0, relationshipsCreated: 0 });
      expect(await snapshot(s)).toEqual(before);
    });
  });
});

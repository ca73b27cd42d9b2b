// The embedded store loads rows through CSV files (ladybug.ts, csvOf), most
// strings unquoted: what it gives back must be what was written, character
// for character, whatever the text holds.
import fs from 'node:fs';
import path from 'node:path';
import { LadybugStore } from '../src/store/ladybug';
import { ingestFiles } from '../src/ingest/ingest';
import { tempDir } from './helpers/run';

const TRICKY = '2024年3月1日\n上海电气集团董事长吴磊出席"签约仪式"（直播\\回放, 共 3 项）。\n\u3000null , "" \\n 末行。';

test('text, evidence and names with quotes, commas, backslashes and line breaks come back unchanged', async () => {
  const dir = tempDir('articles');
  const file = path.join(dir, 'a, "b".txt');
  fs.writeFileSync(file, TRICKY);
  const store = new LadybugStore({ dir: tempDir('store') });
  try {
    await ingestFiles([file], store);
    const [doc] = (await store.read('MATCH (d:Document) RETURN d.text AS text, d.path AS path')).rows;
    expect(doc.text).toContain('出席"签约仪式"（直播\\回放, 共 3 项）。\n\u3000null , "" \\n 末行。');
    expect(doc.path).toContain('a, "b".txt');
    const rels = (await store.read('MATCH (p:Person)-[r]->(x) WHERE r.evidence IS NOT NULL RETURN label(r) AS type, p.name AS who, r.evidence AS evidence, r.evidence_start AS s, r.evidence_end AS e')).rows;
    expect(rels.map((r) => r.type)).toContain('HOLDS_POSITION');
    for (const r of rels) {
      expect(r.who).toBe('吴磊');
      expect(r.evidence).toBe((doc.text as string).slice(r.s as number, r.e as number));
      expect(r.evidence).toContain('"签约仪式"（直播\\回放, 共 3 项）');
    }
  } finally {
    await store.close();
  }
});

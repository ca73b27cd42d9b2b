// The regression gate: the extractor scored on the project's gold sets with
// kg eval's scorer. A change that costs more than two points of entity or
// relation micro F1 below the level reached (tests/gold/levels.json) fails.
import fs from 'node:fs';
import path from 'node:path';
import { readDocument } from '../src/read/document';
import { extractDocument } from '../src/extract';
import { score, type GoldDoc } from '../src/eval/score';

const GOLD = path.join(__dirname, 'gold');
const levels = JSON.parse(fs.readFileSync(path.join(GOLD, 'levels.json'), 'utf8')) as Record<string, { entities: number; relations: number }>;
const TOLERANCE = 0.02;

describe.each(Object.keys(levels))('extraction on the %s gold set', (set) => {
  const dir = path.join(GOLD, set);
  const texts = fs.readdirSync(path.join(dir, 'texts')).sort();
  const predictions = texts.map((f) => extractDocument(readDocument(path.join(dir, 'texts', f))).extraction);
  const gold = fs.readdirSync(path.join(dir, 'annotations')).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, 'annotations', f), 'utf8')) as GoldDoc);
  const report = score(predictions, gold);

  test('every text has its annotations', () => {
    expect(gold.map((g) => g.doc).sort()).toEqual(texts);
  });

  test.each(['entities', 'relations'] as const)('%s micro F1 stays within two points of the level reached', (kind) => {
    expect(report[kind].micro.f1).toBeGreaterThanOrEqual(levels[set][kind] - TOLERANCE);
  });

  test('every relation quotes its evidence at its offsets', () => {
    for (const [k, p] of predictions.entries()) {
      const text = readDocument(path.join(dir, 'texts', texts[k])).original;
      for (const r of p.relations) expect(text.slice(r.evidence!.start, r.evidence!.end)).toBe(r.evidence!.text);
    }
  });
});

// Per-rule cases as data (tests/rules/*.json): a text written for the test in
// the style of some region's news, the facts extraction must find and the
// facts it must not. A fact is "Type name" for an entity, or
// "RELATION source → target" (names or aliases; TRIP for the trip; LED and
// ATTENDED to a place go through the trip's destinations), optionally with
// "{key: value}" for a property the entity or relation must carry; "SAME a = b"
// for two names of one entity.
import fs from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../src/extract';
import { textDocument } from '../src/read/document';
import { validateExtraction } from '../src/schema/validate';
import type { DocExtraction, Entity } from '../src/schema/types';

interface Case { text: string; date?: string; expect?: string[]; forbid?: string[] }

const DIR = path.join(__dirname, 'rules');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const cases = files.flatMap((f) => (JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Case[])
  .map((c, k) => [`${f.replace(/\.json$/, '')} #${k + 1}: ${c.text.slice(0, 24)}…`, c] as const));

function extract(c: Case): DocExtraction {
  const text = c.date ? `${c.date}\n${c.text}` : c.text;
  const out = extractDocument(textDocument('t.txt', text)).extraction;
  expect(validateExtraction(out, text)).toEqual([]);
  return out;
}

const FACT = /^(\w+) (.+?)(?: → (.+?))?(?: \{(\w+): (.+)\})?$/;

function holds(d: DocExtraction, fact: string): boolean {
  const same = /^SAME (.+) = (.+)$/.exec(fact);
  if (same) return d.entities.some((e) => [e.name, ...(e.aliases ?? [])].includes(same[1]) && [e.name, ...(e.aliases ?? [])].includes(same[2]));
  const m = FACT.exec(fact);
  if (!m) throw new Error(`rules: cannot read the fact "${fact}"`);
  const [, type, source, target, key, value] = m;
  const names = (e: Entity) => [e.name, ...(e.aliases ?? [])];
  const is = (id: string, name: string) => {
    const e = d.entities.find((x) => x.id === id)!;
    return name === 'TRIP' ? e.type === 'Trip' : names(e).includes(name);
  };
  if (!target) return d.entities.some((e) => e.type === type && names(e).includes(source) && (!key || String(e.props?.[key]) === value));
  const direct = d.relations.some((r) => r.type === type && is(r.source, source) && is(r.target, target) && (!key || r.props?.[key] === value));
  if (direct || (type !== 'LED' && type !== 'ATTENDED')) return direct;
  // LED p → d: p led a trip whose destination is d.
  return d.relations.some((r) => r.type === type && is(r.source, source)
    && d.relations.some((t) => t.type === 'DESTINATION' && t.source === r.target && is(t.target, target)));
}

describe('relation and entity rules on new text', () => {
  test.each(cases)('%s', (_, c) => {
    const d = extract(c);
    const missing = (c.expect ?? []).filter((f) => !holds(d, f));
    const wrong = (c.forbid ?? []).filter((f) => holds(d, f));
    expect({ missing, wrong }).toEqual({ missing: [], wrong: [] });
  });
});

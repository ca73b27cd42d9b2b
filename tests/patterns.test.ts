// Every named pattern of lexicons/patterns.txt is checked one by one: it has
// at least one text it must match and one it must not, written as new text,
// and holds for each; every pattern the code names exists, and every pattern
// in the file is used by some rule.
import fs from 'node:fs';
import path from 'node:path';
import { parsePatterns, pattern, patternEntries } from '../src/extract/patterns';
import { LexiconError } from '../src/extract/lexicons';

const SRC = path.join(__dirname, '..', 'src');
const sources = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
  .flatMap((d) => (d.isDirectory() ? sources(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [fs.readFileSync(path.join(dir, d.name), 'utf8')] : []));
const patternFile = fs.readFileSync(path.join(SRC, 'extract', 'lexicons', 'patterns.txt'), 'utf8');
/** Named by the code, pattern('name'), or by another pattern, {=name}. */
const used = new Set([
  ...sources(SRC).join('\n').match(/pattern\('[a-z0-9-]+'/g)!.map((m) => m.slice(9, -1)),
  ...[...patternFile.matchAll(/\{=([a-z0-9-]+)\}/g)].map((m) => m[1]),
]);
const entries = patternEntries();

describe.each(entries.map((e) => [e.name, e] as const))('pattern %s', (name, e) => {
  test('has a text it matches and one it does not', () => {
    expect(e.matches.length).toBeGreaterThan(0);
    expect(e.misses.length).toBeGreaterThan(0);
  });
  test('matches its + examples and not its - examples', () => {
    const re = pattern(name);
    expect(e.matches.filter((t) => !re.test(t))).toEqual([]);
    expect(e.misses.filter((t) => re.test(t))).toEqual([]);
  });
  test('is used by a rule', () => expect(used.has(name)).toBe(true));
});

test('every pattern the code names exists', () => {
  const defined = new Set(entries.map((e) => e.name));
  expect([...used].filter((n) => !defined.has(n))).toEqual([]);
});

test('a malformed file is refused, naming the line', () => {
  expect(() => parsePatterns('a-b: x\nnot an entry\n')).toThrow(new LexiconError('patterns.txt:2: expected "name: pattern" or an indented "+ example" / "- example"'));
  expect(() => parsePatterns('a: x\na: y\n')).toThrow(/patterns.txt:2: pattern a is defined twice/);
  expect(() => parsePatterns('a: {no-such-list}\n')).toThrow(/no word list no-such-list.txt/);
  expect(() => parsePatterns('a: {=b}\n')).toThrow(/patterns.txt:1: \{=b\} names no pattern defined above it/);
});

// The rules' regular expressions, by name, from lexicons/patterns.txt: the
// shapes of text a rule looks for (a count before a name, a date, the words
// between an investor and its project) kept as data beside the word lists.
// A pattern may name a word list, {file} or {file@section} ({file@*}: all
// its words; of a list of pairs, word=value, the words), which stands for
// its words, longest first, and a pattern
// defined above it, {=name}. Loading compiles every pattern and fails naming
// the line of one that does not compile or names a list that does not exist;
// tests/patterns.test.ts checks each pattern against its examples.
import fs from 'node:fs';
import path from 'node:path';
import { LEXICON_DIR } from '../paths';
import { alternation, LexiconError, loadWordList } from './lexicons';

export interface PatternEntry {
  name: string;
  source: string;
  line: number;
  /** Texts the pattern must match (+) and must not match (-). */
  matches: string[];
  misses: string[];
}

const FILE = 'patterns.txt';
const ENTRY = /^([a-z][a-z0-9-]*):\s+(.+)$/;
const EXAMPLE = /^\s+([+-])\s(.*)$/;
/** An example written "" is the empty text. */
const exampleText = (s: string) => (s === '""' ? '' : s);

export function parsePatterns(text: string): PatternEntry[] {
  const entries: PatternEntry[] = [];
  const names = new Set<string>();
  for (const [n, raw] of text.split('\n').entries()) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    const entry = ENTRY.exec(raw), example = EXAMPLE.exec(raw);
    if (entry) {
      if (names.has(entry[1])) throw new LexiconError(`${FILE}:${n + 1}: pattern ${entry[1]} is defined twice`);
      names.add(entry[1]);
      entries.push({ name: entry[1], source: expand(entry[2].trimEnd(), n + 1, entries), line: n + 1, matches: [], misses: [] });
    } else if (example && entries.length) {
      (example[1] === '+' ? entries.at(-1)!.matches : entries.at(-1)!.misses).push(exampleText(example[2]));
    } else {
      throw new LexiconError(`${FILE}:${n + 1}: expected "name: pattern" or an indented "+ example" / "- example"`);
    }
  }
  return entries;
}

/** Replaces each {file}, {file@section} or {file@*} with the alternation of its words, and {=name} with an earlier pattern. */
function expand(source: string, line: number, earlier: PatternEntry[]): string {
  return source.replace(/\{(=?)([a-z-]+)(?:@([a-z-]+|\*))?\}/g, (_, isPattern: string, file: string, section?: string) => {
    if (isPattern) {
      const e = earlier.find((p) => p.name === file);
      if (!e) throw new LexiconError(`${FILE}:${line}: {=${file}} names no pattern defined above it`);
      return e.source;
    }
    const list = loadWordList(file);
    const words = section === '*' ? list.entries.map((e) => e.word) : section ? list.sections[section] : list.words;
    if (!words?.length) throw new LexiconError(`${FILE}:${line}: {${file}${section ? `@${section}` : ''}} names no words`);
    return `(?:${alternation(words.map((w) => w.split('=')[0]))})`; // a pair list (今日=0) stands for its words
  });
}

let entries: Map<string, PatternEntry> | undefined;
/** Compiled patterns by flags, then by name: rules ask for them on every sentence. */
const compiled = new Map<string, Map<string, RegExp>>();

export function patternEntries(): PatternEntry[] {
  entries ??= new Map(parsePatterns(fs.readFileSync(path.join(LEXICON_DIR, FILE), 'utf8')).map((e) => [e.name, e]));
  for (const e of entries.values()) {
    try { new RegExp(e.source); } catch (err) { throw new LexiconError(`${FILE}:${e.line}: ${e.name} does not compile (${(err as Error).message})`); }
  }
  return [...entries.values()];
}

/** The named pattern, compiled once per set of flags ('g' for matchAll, 'y' to match at an offset). */
export function pattern(name: string, flags = ''): RegExp {
  let byName = compiled.get(flags);
  if (!byName) compiled.set(flags, (byName = new Map()));
  let re = byName.get(name);
  if (!re) {
    if (!entries) patternEntries();
    const e = entries!.get(name);
    if (!e) throw new LexiconError(`${FILE}: no pattern named ${name}`);
    byName.set(name, (re = new RegExp(e.source, flags)));
  }
  return re;
}

/** Where the named pattern last matches in `text`, or -1. */
export function lastMatchOf(name: string, text: string): number {
  let at = -1;
  for (const m of text.matchAll(pattern(name, 'g'))) at = m.index!;
  return at;
}

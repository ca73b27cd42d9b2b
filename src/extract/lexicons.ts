// Loads the lexicon files of ./lexicons: whitespace-separated words, '#'
// comments, optional '@tag' lines that start a tagged section.
import fs from 'node:fs';
import path from 'node:path';
import { LEXICON_DIR } from '../paths';

export interface WordList { words: string[]; sections: Record<string, string[]> }

function load(name: string): WordList {
  const text = fs.readFileSync(path.join(LEXICON_DIR, `${name}.txt`), 'utf8');
  const sections: Record<string, string[]> = {};
  const words: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    let target = words;
    let rest = line;
    const tag = /^@(\S+)\s*(.*)$/.exec(line);
    if (tag) { target = sections[tag[1]] ??= []; rest = tag[2]; }
    target.push(...rest.split(/\s+/).filter(Boolean));
  }
  return { words, sections };
}

/** A regex matching any of the words, longest first. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function derivePlaceForms(places: string[]): Map<string, string> {
  // Full form → itself; a province's or city's bare form → the full form.
  const forms = new Map<string, string>();
  for (const p of places) forms.set(p, p);
  for (const p of places) {
    const bare = p.replace(/(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/, '');
    if (bare !== p && bare.length >= 2 && !forms.has(bare)) forms.set(bare, p);
  }
  return forms;
}

function build() {
  const places = load('places').words;
  const projectWords = load('project-words');
  const zoneWords = load('zone-words');
  const eventWords = load('event-words');
  const references = load('references');
  const companySuffixes = load('company-suffixes');
  return {
    surnames: new Set(load('surnames').words),
    titles: load('titles').words,
    companySuffixes: companySuffixes.words,
    industryWords: new Set(companySuffixes.sections['industry'] ?? []),
    organizationSuffixes: load('organization-suffixes').words,
    governmentSuffixes: load('government-suffixes').words,
    zoneWords: zoneWords.words,
    bareZoneWords: new Set(zoneWords.sections['bare'] ?? []),
    eventWords: eventWords.words,
    eventStops: new Set(eventWords.sections['verbs-before'] ?? []),
    notSuffix: new Set(load('not-suffix').words),
    mainZoneRefs: new Set(references.sections['main-zone'] ?? []),
    mainPlaceRefs: new Set(references.sections['main-place'] ?? []),
    latestRefs: new Set(references.sections['latest'] ?? []),
    projectWords: projectWords.words,
    projectHeadsAfterInvestment: projectWords.sections['after-investment'] ?? [],
    /** Every known form of a place → its full name. */
    places: derivePlaceForms(places),
    stopwords: new Set(load('stopwords').words),
    followName: load('follow-name').words,
  };
}

export type Lexicons = ReturnType<typeof build>;

let cached: Lexicons | undefined;
export function lexicons(): Lexicons {
  if (!cached) cached = build();
  return cached;
}

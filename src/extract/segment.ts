// Word segmentation with jieba (@node-rs/jieba), its dictionary extended by
// the lexicons so titles, suffixes and places come out as whole words.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { lexicons } from './lexicons';

let jieba: Jieba | undefined;

function segmenter(): Jieba {
  if (jieba) return jieba;
  const lex = lexicons();
  const extra = [
    ...lex.titles, ...lex.zoneWords, ...lex.eventWords, ...lex.companySuffixes,
    ...lex.organizationSuffixes, ...lex.governmentSuffixes, ...lex.places.keys(),
  ].filter((w) => w.length > 1);
  jieba = Jieba.withDict(dict);
  jieba.loadDict(Buffer.from([...new Set(extra)].map((w) => `${w} 50000`).join('\n')));
  return jieba;
}

export interface Token { text: string; start: number; end: number }

/** The words of a text with their offsets. */
export function tokenize(text: string): Token[] {
  const words = segmenter().cut(text, true);
  const tokens: Token[] = [];
  let at = 0;
  for (const w of words) { tokens.push({ text: w, start: at, end: at + w.length }); at += w.length; }
  return tokens;
}

/** Bare segmentation, for the benchmark's baseline. */
export function cut(text: string): string[] {
  return segmenter().cut(text, true);
}

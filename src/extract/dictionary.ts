// jieba's dictionary as data the rules ask about: a word's frequency and
// part-of-speech tag (is 安宁 a common word? is 发布 a verb?).
import { dict } from '@node-rs/jieba/dict';

export interface DictEntry { frequency: number; tag: string }

/**
 * jieba's entries for the words `wanted` accepts, read from its dictionary
 * file line by line. Why not split('\n'): an array of its 350k lines
 * outlives the young generation, and the old space it grows stays resident
 * (34 MB in every thread that loads the lexicons); a line read and dropped
 * dies young.
 */
export function dictionaryEntries(wanted: (word: string, tag: string, frequency: number) => boolean): Map<string, DictEntry> {
  const out = new Map<string, DictEntry>();
  const text = Buffer.from(dict).toString('utf8');
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start) >>> 0; // no final newline: -1 becomes past the end
    const space = text.indexOf(' ', start);
    if (space > start && space < end) {
      const word = text.slice(start, space);
      const [frequency, tag] = text.slice(space + 1, end).split(' ');
      if (wanted(word, tag, Number(frequency))) out.set(word, { frequency: Number(frequency), tag });
    }
    start = end + 1;
  }
  return out;
}

/** How often a two-character verb must occur in jieba's corpus to count as common (发布 7785, 主持 5153). */
const COMMON_VERB_FREQUENCY = 300;

let verbs: Set<string> | undefined;

/** Common verbs of two characters (发布, 主持, 表示): one that starts right after a surname and a character ends a name there (钟立|发布). */
export function commonVerbs(): Set<string> {
  return (verbs ??= new Set(dictionaryEntries((w, tag, f) => w.length === 2 && tag === 'v' && f >= COMMON_VERB_FREQUENCY).keys()));
}

/** How often a two-character word must occur in jieba's corpus to be a word before a name (公司 45604). */
const COMMON_WORD_FREQUENCY = 1000;

let words: Set<string> | undefined;

/** Common two-character words that jieba does not tag as a person's name (公司, 应邀): no one's name. */
export function commonWords(): Set<string> {
  return (words ??= new Set(dictionaryEntries((w, tag, f) => w.length === 2 && f >= COMMON_WORD_FREQUENCY && !tag.startsWith('nr')).keys()));
}

/** How often a two-character noun must occur to be a common word (展厅 105, 大厅 2273). */
const COMMON_NOUN_FREQUENCY = 50;
/** Tags of common nouns, place words and pronouns; not of organisations (nt), abbreviations (j) or names. */
const COMMON_NOUN_TAGS = new Set(['n', 'f', 'r', 's']);

let nouns: Set<string> | undefined;

/** Common two-character nouns (展厅, 总部, 饭局): one ending in a one-character head (厅, 部, 局) names no body. */
export function commonNouns(): Set<string> {
  return (nouns ??= new Set(dictionaryEntries((w, tag, f) => w.length === 2 && f >= COMMON_NOUN_FREQUENCY && COMMON_NOUN_TAGS.has(tag)).keys()));
}

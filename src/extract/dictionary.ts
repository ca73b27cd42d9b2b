// jieba's dictionary as data the rules ask about: a word's frequency and
// part-of-speech tag (is 安宁 a common word? is 发布 a verb?).
import { dict } from '@node-rs/jieba/dict';
import { lexicons } from './lexicons';
import { derived } from './derived-cache';

export interface DictEntry { frequency: number; tag: string }

/**
 * Calls `visit` with each entry of jieba's dictionary file whose word is
 * `minLength` to `maxLength` characters long and that `wanted` accepts, read
 * line by line. Why not split('\n'): an array of its 350k lines outlives the
 * young generation, and the old space it grows stays resident (34 MB in every
 * thread that loads the lexicons); a line read and dropped dies young. Why
 * the length first: most lines are skipped without a string made of them
 * (a tenth of the time of parsing every line, at every start of a thread).
 */
function forEachEntry(minLength: number, maxLength: number, wanted: (word: string) => boolean, visit: (word: string, tag: string, frequency: number) => void): void {
  const text = Buffer.from(dict).toString('utf8');
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start) >>> 0; // no final newline: -1 becomes past the end
    const space = text.indexOf(' ', start);
    const length = space - start;
    if (length >= minLength && length <= maxLength && space < end) {
      const word = text.slice(start, space);
      if (wanted(word)) {
        const [frequency, tag] = text.slice(space + 1, end).split(' ');
        visit(word, tag, Number(frequency));
      }
    }
    start = end + 1;
  }
}

/** jieba's entries for the words of `words`. */
export function dictionaryEntries(words: Set<string>): Map<string, DictEntry> {
  const out = new Map<string, DictEntry>();
  let min = Infinity, max = 0;
  for (const w of words) { min = Math.min(min, w.length); max = Math.max(max, w.length); }
  forEachEntry(min, max, (word) => words.has(word), (word, tag, frequency) => out.set(word, { frequency, tag }));
  return out;
}

/** How often a two-character verb or preposition must occur in jieba's corpus to count as common (发布 7785, 主持 5153). */
const COMMON_VERB_FREQUENCY = 300;
/** How often a two-character word must occur in jieba's corpus to be a word before a name (公司 45604). */
const COMMON_WORD_FREQUENCY = 1000;
/** How often a two-character noun must occur to be a common word (展厅 105, 大厅 2273). */
const COMMON_NOUN_FREQUENCY = 50;
/** Tags of common nouns, place words and pronouns; not of organisations (nt), abbreviations (j) or names. */
const COMMON_NOUN_TAGS = new Set(['n', 'f', 'r', 's']);

interface CommonTwoCharacterWords { verbs: Set<string>; words: Set<string>; nouns: Set<string>; openingWithFunctionCharacter: Set<string> }
let common: CommonTwoCharacterWords | undefined;

/** The sets below, gathered in one pass over the dictionary the first time any is asked for (or read from the derived cache). */
function commonTwoCharacterWords(): CommonTwoCharacterWords {
  return (common ??= derived('common-words', gatherCommonTwoCharacterWords));
}

function gatherCommonTwoCharacterWords(): CommonTwoCharacterWords {
  const found: CommonTwoCharacterWords = { verbs: new Set(), words: new Set(), nouns: new Set(), openingWithFunctionCharacter: new Set() };
  const functionCharacters = lexicons().notFirstCharacters;
  forEachEntry(2, 2, () => true, (word, tag, frequency) => {
    if (functionCharacters.has(word[0])) found.openingWithFunctionCharacter.add(word);
    if ((tag === 'v' || tag === 'p') && frequency >= COMMON_VERB_FREQUENCY) found.verbs.add(word);
    if (frequency >= COMMON_WORD_FREQUENCY && !tag.startsWith('nr')) found.words.add(word);
    if (frequency >= COMMON_NOUN_FREQUENCY && COMMON_NOUN_TAGS.has(tag)) found.nouns.add(word);
  });
  return found;
}

/** Common verbs and prepositions of two characters (发布, 主持, 通过): one that starts right after a surname and a character ends a name there (钟立|发布, 周宇|通过). */
export function commonVerbs(): Set<string> {
  return commonTwoCharacterWords().verbs;
}

/** Common two-character words that jieba does not tag as a person's name (公司, 应邀): no one's name. */
export function commonWords(): Set<string> {
  return commonTwoCharacterWords().words;
}

/** Common two-character nouns (展厅, 总部, 饭局): one ending in a one-character head (厅, 部, 局) names no body. */
export function commonNouns(): Set<string> {
  return commonTwoCharacterWords().nouns;
}

/** jieba's two-character words that open with a function character (对外, 为民): real words, not a function character glued to a name (兼|青石湖). */
export function wordsOpeningWithFunctionCharacter(): Set<string> {
  return commonTwoCharacterWords().openingWithFunctionCharacter;
}

// Word segmentation with jieba (@node-rs/jieba), its dictionary extended by
// the lexicons so titles, suffixes and places come out as whole words.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { lexicons } from './lexicons';
import { pattern } from './patterns';
import { memoized } from './memo';

let jieba: Jieba | undefined;

function segmenter(): Jieba {
  if (jieba) return jieba;
  const lex = lexicons();
  const common = [
    ...lex.titles, ...lex.zoneWords, ...lex.eventWords, ...lex.companySuffixes,
    ...lex.organizationSuffixes, ...lex.governmentSuffixes, ...lex.sectorWords,
  ];
  const lines = new Map<string, string>();
  for (const w of common) lines.set(w, `${w} 50000 n`);
  for (const [w, frequency] of lex.placeWords) lines.set(w, `${w} ${frequency} ns`);
  jieba = Jieba.withDict(dict);
  jieba.loadDict(Buffer.from([...lines.entries()].filter(([w]) => w.length > 1).map(([, line]) => line).join('\n')));
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

/** jieba's tags for proper nouns (places, people, organisations, abbreviations) and for words it does not know. */
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'j', 'x', 'eng']);

/** Part-of-speech tags by text: the same words (长春, 汽车零部件) recur across a corpus. */
const tagged = memoized((text: string): Array<{ word: string; tag: string }> => segmenter().tag(text, true), 100_000);

/**
 * Whether a text has a word that names something rather than only common
 * words: 长春/汽开区, 科大/讯飞 and 合/心 do; 核心区, 汽车/零部件 and 服务业
 * do not. Two single characters in a row count as a name jieba does not know.
 */
export function namesSomething(text: string): boolean {
  const { places } = lexicons();
  const words = tagged(text);
  // The lexicon's places count whatever jieba's own dictionary tags them (合肥/n).
  if (words.some((w) => NAME_TAGS.has(w.tag) || places.has(w.word))) return true;
  return words.some((w, i) => i > 0 && w.word.length === 1 && words[i - 1].word.length === 1 && HAN.test(w.word + words[i - 1].word));
}

const HAN = /^[\u4e00-\u9fff]+$/;

/**
 * The length of the verbs a text opens with (涵盖|生物化工 → 2, 探讨|设立|…
 * → 4), words of two characters or more that jieba tags as verbs: a name
 * does not start with one. (A verb further in is often part of a name jieba
 * does not know: 立白, 三得利.)
 */
export function leadingVerbsLength(text: string): number {
  let at = 0;
  for (const { word, tag } of tagged(text)) {
    if (tag !== 'v' || word.length < 2) break;
    at += word.length;
  }
  return at;
}

/** Tags of words no name opens with: verbs, state words (紧盯), adverbs, prepositions, conjunctions, pronouns, time words. */
const NOT_OPENING_NAMES = new Set(['v', 'z', 'd', 'p', 'c', 'r', 't']);

/**
 * Whether a text reads as a phrase rather than a name: it opens with a verb
 * or another word no name opens with (学习|芯片, 抓|开放招商), or holds a time
 * word (冬季百亿重大), or (when `allowedLast` is given: a descriptive name
 * that a frame alone makes a name) ends with a verb whose object the head
 * would be (长春汽开区刷新|项目), other than the allowed ones.
 */
export function readsAsPhrase(text: string, allowedLast?: ReadonlySet<string>): boolean {
  const words = tagged(text);
  if (!words.length) return false;
  const last = words[words.length - 1];
  // …刷新|项目, 促|项目: a verb right before the head makes the head its object (建设, 生产 may be allowed).
  const verbLast = allowedLast !== undefined && last.tag === 'v' && !allowedLast.has(last.word);
  // A one-character "verb" opening an unknown name is often jieba's guess (费|尔斯|通): it counts only for descriptive names.
  // 再生|铜…, 抽水蓄能…: a kind of work opens project names, whatever its tag.
  const opensAsPhrase = NOT_OPENING_NAMES.has(words[0].tag) && !(words[0].tag === 't' && !isTimeWord(words[0])) && !lexicons().sectorWords.has(words[0].word) && (words[0].word.length > 1 || allowedLast !== undefined);
  // 七期 is a time word to jieba, a project's phase here (动力电池七期项目).
  return opensAsPhrase || holdsTimeWord(text) || verbLast;
}

/** Whether the text holds a time word (冬季, 今年), a phase (七期) or a technology's generation (新一代) aside. */
export function holdsTimeWord(text: string): boolean {
  return tagged(text).some(isTimeWord);
}

const isTimeWord = (w: { word: string; tag: string }) => w.tag === 't' && !pattern('phase').test(w.word) && !pattern('technology-generation').test(w.word) && !pattern('era-word').test(w.word);

/** Whether jieba reads the text as one word it knows (华为, 作为), not as several or as a guess of its own (城由). */
export function isKnownWord(text: string): boolean {
  const words = tagged(text);
  return words.length === 1 && words[0].tag !== 'x';
}

/** Whether jieba tags the text as one place name (谅山, 琅勃拉邦): places abroad the lexicon does not list. */
export function isPlaceWord(text: string): boolean {
  const words = tagged(text);
  return words.length === 1 && words[0].tag === 'ns';
}

/** The first word jieba reads in the text. */
export function firstWord(text: string): string {
  return tagged(text)[0]?.word ?? '';
}

/** Whether jieba reads the text as one word of its dictionary. */
export function isOneWord(text: string): boolean {
  return tagged(text).length === 1;
}

/** Whether jieba reads the text as one noun (屈原, 洋浦), not a phrase of several (汽车/零部件) or a verb (发布, 丰富). */
export function isOneNoun(text: string): boolean {
  const words = tagged(text);
  return words.length === 1 && (words[0].tag.startsWith('n') || NAME_TAGS.has(words[0].tag)) && words[0].tag !== 'vn';
}

// Runs the mention passes over every sentence, longest kinds of names first
// so that a project's or event's name is not cut into the bodies inside it.
import type { Sentence } from '../sentences';
import { PhraseIndex } from '../phrases';
import { withoutLeadingPlace } from '../forms';
import { SentenceContext } from './context';
import { tokenize, type Token } from '../segment';
import { findSuffixedNames, typeOfHead } from './suffixed';
import { findInvestedProjects } from './investment';
import { findListItems } from './lists';
import { findPlaces } from './places';
import { findKnownNames, findPersons, type TitleSpan } from './persons';
import type { Mention } from './mention';

export interface DocumentMentions {
  contexts: SentenceContext[];
  titles: TitleSpan[][];
}

/** The mentions in the sentences of `text`. */
export function findMentions(text: string, sentences: Sentence[]): DocumentMentions {
  const words = tokensBySentence(tokenize(text), sentences);
  const contexts = sentences.map((s, i) => new SentenceContext(s, i, words[i]));
  const titles: TitleSpan[][] = [];
  for (const ctx of contexts) {
    findSuffixedNames(ctx, ['Event']);
    findInvestedProjects(ctx);
    // Lists before single names: 轰天炮智能终端智造项目、蓝图车载工控显示模组及新型高清智慧显示终端项目等12个项目.
    findListItems(ctx, typeOfHead);
    findSuffixedNames(ctx, ['Project']);
    // People before bodies: 省委书记景俊海到经开区 is a person and a zone, not a zone named 景俊海到经开区.
    titles.push(findPersons(ctx));
    findSuffixedNames(ctx, ['Zone', 'GovernmentBody', 'Organization', 'Company']);
    findPlaces(ctx);
  }
  const mentions = contexts.flatMap((c) => c.mentions);
  const people = new PhraseIndex(mentions.filter((m) => m.type === 'Person').map((m) => m.text));
  const named = namedForms(mentions);
  for (const ctx of contexts) {
    if (people.size) findKnownNames(ctx, people);
    if (named.types.size) findNamedForms(ctx, named);
  }
  for (const ctx of contexts) ctx.mentions.sort((a, b) => a.start - b.start);
  return { contexts, titles };
}

/**
 * The document's words, cut once (one segmenter call per document, not per
 * sentence), shared out among its sentences; a word across a boundary (only
 * whitespace can be) is clipped to it.
 */
function tokensBySentence(tokens: Token[], sentences: Sentence[]): Token[][] {
  const out: Token[][] = sentences.map(() => []);
  let t = 0;
  for (const [i, s] of sentences.entries()) {
    while (t < tokens.length && tokens[t].end <= s.start) t++;
    for (let k = t; k < tokens.length && tokens[k].start < s.end; k++) {
      const start = Math.max(tokens[k].start, s.start), end = Math.min(tokens[k].end, s.end);
      out[i].push(start === tokens[k].start && end === tokens[k].end ? tokens[k] : { text: s.text.slice(start - s.start, end - s.start), start, end });
    }
  }
  return out;
}

interface NamedForms { index: PhraseIndex; types: Map<string, string> }

/**
 * Every name found somewhere in the document, to find it again where no cue
 * marks it (与商汤科技联合创始人…), and the short form a zone's name has
 * without its place (成都天府新区 → 天府新区, 长春国际汽车城 → 国际汽车城).
 */
function namedForms(mentions: Mention[]): NamedForms {
  const types = new Map<string, string>();
  for (const m of mentions) {
    if (m.type === 'Person' || m.type === 'Place' || m.text.length < 2) continue;
    if (!types.has(m.text)) types.set(m.text, m.type);
    const local = withoutLeadingPlace(m.text);
    if (m.type === 'Zone' && local !== m.text && local.length >= 3 && !types.has(local)) types.set(local, 'Zone');
  }
  return { index: new PhraseIndex(types.keys()), types };
}

function findNamedForms(ctx: SentenceContext, named: NamedForms): void {
  for (const m of named.index.matchesAt(ctx.sentence.text, ctx.wordStarts)) {
    const start = ctx.sentence.start + m.index, end = start + m.phrase.length;
    if (ctx.isBoundary(start, end)) ctx.add(start, end, named.types.get(m.phrase)!);
  }
}

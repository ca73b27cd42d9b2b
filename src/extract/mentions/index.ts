// Runs the mention passes over every sentence, longest kinds of names first
// so that a project's or event's name is not cut into the bodies inside it.
import type { Sentence } from '../sentences';
import { alternation, lexicons } from '../lexicons';
import { SentenceContext } from './context';
import { findSuffixedNames, typeOfHead } from './suffixed';
import { findInvestedProjects } from './investment';
import { findListItems } from './lists';
import { findPlaces } from './places';
import { findKnownNames, findPersons, knownNames, type TitleSpan } from './persons';
import type { Mention } from './mention';

export interface DocumentMentions {
  contexts: SentenceContext[];
  titles: TitleSpan[][];
}

export function findMentions(sentences: Sentence[]): DocumentMentions {
  const contexts = sentences.map((s, i) => new SentenceContext(s, i));
  const titles: TitleSpan[][] = [];
  for (const ctx of contexts) {
    findSuffixedNames(ctx, ['Event']);
    findInvestedProjects(ctx);
    findSuffixedNames(ctx, ['Project']);
    findListItems(ctx, typeOfHead);
    // People before bodies: 省委书记景俊海到经开区 is a person and a zone, not a zone named 景俊海到经开区.
    titles.push(findPersons(ctx));
    findSuffixedNames(ctx, ['Zone', 'GovernmentBody', 'Organization', 'Company']);
    findPlaces(ctx);
  }
  const people = knownNames(new Set(contexts.flatMap((c) => c.mentions.filter((m) => m.type === 'Person').map((m) => m.text))));
  const named = namedForms(contexts.flatMap((c) => c.mentions));
  for (const ctx of contexts) {
    if (people) findKnownNames(ctx, people);
    if (named) findNamedForms(ctx, named);
  }
  for (const ctx of contexts) ctx.mentions.sort((a, b) => a.start - b.start);
  return { contexts, titles };
}

interface NamedForms { regex: RegExp; types: Map<string, string> }

/**
 * Every name found somewhere in the document, to find it again where no cue
 * marks it (与商汤科技联合创始人…), and the short forms a zone's full name
 * licenses (长春国际汽车城 → 国际汽车城).
 */
function namedForms(mentions: Mention[]): NamedForms | undefined {
  const types = new Map<string, string>();
  const { zoneWords } = lexicons();
  for (const m of mentions) {
    if (m.type === 'Person' || m.type === 'Place' || m.text.length < 2) continue;
    if (!types.has(m.text)) types.set(m.text, m.type);
    if (m.type !== 'Zone') continue;
    const head = zoneWords.filter((w) => m.text.endsWith(w)).sort((a, b) => b.length - a.length)[0];
    if (head && head.length >= 2 && head !== m.text && !types.has(head)) types.set(head, 'Zone');
  }
  return types.size ? { regex: new RegExp(alternation(types.keys()), 'g'), types } : undefined;
}

function findNamedForms(ctx: SentenceContext, named: NamedForms): void {
  for (const m of ctx.sentence.text.matchAll(named.regex)) {
    const start = ctx.sentence.start + m.index!, end = start + m[0].length;
    if (ctx.isBoundary(start, end)) ctx.add(start, end, named.types.get(m[0])!);
  }
}

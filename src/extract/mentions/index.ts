// Runs the mention passes over every sentence, longest kinds of names first
// so that a project's or event's name is not cut into the bodies inside it.
import type { Sentence } from '../sentences';
import { lexicons } from '../lexicons';
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
  const shortForms = bareForms(contexts.flatMap((c) => c.mentions));
  for (const ctx of contexts) {
    if (people) findKnownNames(ctx, people);
    for (const [form, type] of shortForms) {
      for (let at = ctx.sentence.text.indexOf(form); at >= 0; at = ctx.sentence.text.indexOf(form, at + 1)) {
        const start = ctx.sentence.start + at;
        if (ctx.isBoundary(start, start + form.length)) ctx.add(start, start + form.length, type);
      }
    }
  }
  for (const ctx of contexts) ctx.mentions.sort((a, b) => a.start - b.start);
  return { contexts, titles };
}

/** Short forms a zone's full name licenses later in the text: 长春国际汽车城 → 国际汽车城. */
function bareForms(mentions: Mention[]): Map<string, string> {
  const out = new Map<string, string>();
  const { zoneWords } = lexicons();
  for (const m of mentions) {
    if (m.type !== 'Zone') continue;
    const head = zoneWords.filter((w) => m.text.endsWith(w)).sort((a, b) => b.length - a.length)[0];
    if (head && head.length >= 2 && head !== m.text) out.set(head, 'Zone');
  }
  return out;
}

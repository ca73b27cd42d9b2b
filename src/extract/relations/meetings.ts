// MET_WITH: 与[title]某某座谈/会见/交流. The partners are the people between
// 与 and the verb; the subject is the person before 与, or the one named
// after (在与…座谈时，某某表示), or the trip's leader.
import type { DocView } from '../view';

const MEET = /座谈|会见|会谈|交流|洽谈|面谈|会晤|见面/;
const WITH = /与|同|和|会见/g;

export function meetings(view: DocView, i: number): void {
  for (const m of view.find(i, MEET)) {
    const text = view.text(i), base = view.base(i);
    const withAt = lastMatchBefore(text, WITH, m.start - base);
    if (withAt < 0) continue;
    const partners = view.of(i, ['Person'], base + withAt, m.start);
    if (!partners.length) continue;
    const subject = view.of(i, ['Person'], -Infinity, base + withAt).pop()?.entity
      ?? view.of(i, ['Person'], m.end).find((p) => !partners.some((q) => q.entity === p.entity))?.entity
      ?? view.trip?.leader;
    if (!subject) continue;
    for (const p of partners) view.relate('MET_WITH', subject, p.entity, i);
  }
}

function lastMatchBefore(text: string, re: RegExp, before: number): number {
  let at = -1;
  for (const m of text.slice(0, before).matchAll(re)) at = m.index!;
  return at;
}

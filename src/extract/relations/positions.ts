// HOLDS_POSITION from title chains: 吉林省委常委、长春市委书记张志军 gives
// (吉林省, 省委常委) and (长春市, 市委书记); a link without a body of its own
// (、市委秘书长) takes the previous one's; an organ title alone (党工委书记)
// means the document's main zone.
import type { DocView, Located } from '../view';
import type { TitleSpan } from '../mentions/persons';
import type { DocEntity } from '../entities';

const BODY_TYPES = ['Zone', 'Place', 'GovernmentBody', 'Company', 'Organization'];
const ZONE_ORGANS = /^(?:党工委|管委会)/;

export function holdsPosition(view: DocView, i: number): void {
  const spans = view.titles[i];
  for (const span of spans) {
    if (!span.person || span.person.start !== span.end) continue;
    const person = view.located[i].find((l) => l.start === span.person!.start && l.entity.type === 'Person');
    if (!person) continue;
    const chain = titleChain(view, i, spans, span);
    const byBody = new Map<DocEntity, string[]>();
    let body: DocEntity | undefined;
    for (const link of chain) {
      body = link.body?.entity ?? body ?? (ZONE_ORGANS.test(link.title) ? view.mainZone : undefined);
      if (!body) continue;
      if (!byBody.has(body)) byBody.set(body, []);
      byBody.get(body)!.push(link.title);
    }
    for (const [b, titles] of byBody) view.relate('HOLDS_POSITION', person.entity, b, i, { title: titles.join('、') });
  }
}

interface Link { title: string; body?: Located }

/** The links of the chain ending with `last`, walking back over 、. */
function titleChain(view: DocView, i: number, spans: TitleSpan[], last: TitleSpan): Link[] {
  const text = view.text(i), base = view.base(i);
  const links: Link[] = [];
  let span: TitleSpan | undefined = last;
  while (span) {
    const s: TitleSpan = span;
    const body = view.located[i].find((l) => l.end === s.start && BODY_TYPES.includes(l.entity.type));
    links.unshift({ title: s.title, body });
    const before = (body ? body.start : s.start) - 1;
    span = text[before - base] === '、' ? spans.find((t) => t.end === before && !t.person) : undefined;
  }
  return links;
}


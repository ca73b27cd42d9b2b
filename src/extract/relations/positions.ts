// HOLDS_POSITION from title chains: 吉林省委常委、长春市委书记张志军 gives
// (吉林省, 省委常委) and (长春市, 市委书记); a link without a body of its own
// (、市委秘书长) takes the previous one's; an organ title alone (党工委书记)
// means the document's main zone, and a place organ's title alone (县委书记)
// the document's own county or city.
import type { DocView, Located } from '../view';
import type { TitleSpan } from '../mentions/persons';
import { ownPlace, type DocEntity } from '../entities';

const BODY_TYPES = ['Zone', 'Place', 'GovernmentBody', 'Company', 'Organization'];
const ZONE_ORGANS = /^(?:党工委|管委会)/;
// 县委书记, 副县长, 市委常委 with no body named: the document's own county or city.
const PLACE_TITLE = /^(?:[省市县区州]委|[省市县区州]政府|副?[省市县区州]长)/;

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
      body = link.body?.entity ?? body ?? implicitBody(view, link.title);
      if (!body) continue;
      if (!byBody.has(body)) byBody.set(body, []);
      byBody.get(body)!.push(link.title);
    }
    for (const [b, titles] of byBody) view.relate('HOLDS_POSITION', person.entity, b, i, { title: titles.join('、') });
  }
}

/** The body a title names by itself: 党工委书记 → the main zone, 县委书记 → the county. */
function implicitBody(view: DocView, title: string): DocEntity | undefined {
  if (ZONE_ORGANS.test(title)) return view.mainZone;
  const level = PLACE_TITLE.exec(title)?.[0].replace(/^副/, '')[0];
  return level ? ownPlace(view.entities, level) : undefined;
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


// HOLDS_POSITION from title chains: 吉林省委常委、长春市委书记张志军 gives
// (吉林省, 省委常委) and (长春市, 市委书记). A chain runs back over 、 and over
// ， when the title before has no name of its own (区委副书记，区政府区长，
// 重庆经开区党工委副书记、管委会主任喻显镔). A link without a body takes the
// previous one's; an organ title alone (党工委书记) means the document's main
// zone, and a place organ's title alone (县委书记, 市政协主席, 区政府副区长)
// the document's own place of that level. Names listed after the first
// (副主任孙志政、赵田崑) hold the same positions.
import type { DocView, Located } from '../view';
import type { TitleSpan } from '../mentions/persons';
import { atTitleLevel, officialName, ownPlace, type DocEntity } from '../entities';
import { awayPlaces, visitingPlaces } from '../references';
import { alternation, lexicons } from '../lexicons';
import { perSentence } from './rule';
import { pattern } from '../patterns';
import { endpointTypes } from '../../schema/ontology';

const BODY_TYPES = endpointTypes('HOLDS_POSITION', 'to');
const CHAIN_JOIN = /^[、，,]$/;
const FIRM_TYPES = new Set<string>(['Company', 'Organization']);
const COMMA = /^[，,、]$/;

export const positions = perSentence({ name: 'positions', requires: ['trips'], assigns: ['HOLDS_POSITION'] }, (view, i) => {
  const spans = view.titles[i];
  // 金川集团总经理成东全，党委常委、副总经理郑跃强: a chain with no body of its own continues the previous person's.
  let previous: DocEntity | undefined;
  let previousEnd = -1;
  for (const span of spans) {
    if (!span.person) continue;
    const byBody = new Map<DocEntity, string[]>();
    let body: DocEntity | undefined;
    const chain = titleChain(view, i, spans, span);
    // 宁波市委常委、秘书长胡军，副市长李关定: right after the previous person and a comma, a title that fits that
    // person's body is of that body (not after a verb: 深圳市副市长黄敏陪同考察，市委秘书长刘强).
    const continued = previous && COMMA.test(view.slice(i, previousEnd, chain[0].start)) ? previous : undefined;
    for (const [k, link] of chain.entries()) {
      const went = k === 0 && continued && fits(continued, link.title) ? continued : undefined;
      body = link.body?.entity ?? (body && fits(body, link.title) ? body : went ?? implicitBody(view, link.title, i, link.start) ?? body);
      if (!body) continue;
      if (!byBody.has(body)) byBody.set(body, []);
      byBody.get(body)!.push(link.title);
    }
    if (!byBody.size && previous && !chain.some((l) => namesOwnBody(l.title)) && COMMA.test(view.slice(i, chain[0].start - 1, chain[0].start))) {
      byBody.set(previous, chain.map((l) => l.title));
    }
    previous = body ?? previous;
    previousEnd = (span.listed?.at(-1) ?? span.person).end;
    for (const named of [span.person, ...(span.listed ?? [])]) {
      const person = view.located[i].find((l) => l.start === named.start && l.entity.type === 'Person');
      if (!person) continue;
      for (const [b, titles] of byBody) view.relate('HOLDS_POSITION', person.entity, b, i, { title: titles.join('、') });
    }
  }
});

let zoneTitle: RegExp | undefined;

/** 党工委书记, 管委会主任: a title of a zone's own organ. */
function isZoneOrganTitle(title: string): boolean {
  zoneTitle ??= new RegExp(`^(?:${alternation(lexicons().organs.zone)})`);
  return zoneTitle.test(title);
}

/** The level a title names by its own words: 县委书记 → 县, 副市长 → 市, 自治区主席 → 自治区. */
function placeLevelOf(title: string): string | undefined {
  const m = pattern('place-level-title').exec(title);
  return m ? m[1] ?? m[2] ?? m[3] : undefined;
}

/** Whether a title names its own kind of body (副市长, 党工委书记), so it never borrows another person's. */
function namesOwnBody(title: string): boolean {
  return isZoneOrganTitle(title) || !!placeLevelOf(title);
}

/** The body a title at `at` in sentence i names by itself: 党工委书记 → the main zone, 县委书记 → the county. */
function implicitBody(view: DocView, title: string, i: number, at: number): DocEntity | undefined {
  if (isZoneOrganTitle(title)) return view.mainZone;
  const level = placeLevelOf(title);
  if (!level) return undefined;
  // 我市, 本县: the place the article speaks as, before the most mentioned one of that level.
  const own = view.references.find((r) => r.entity.type === 'Place' && pattern('own-place-reference').exec(r.word)?.[1] === level);
  return own?.entity ?? placeOfParagraph(view, level, i, at) ?? ownPlace(placesAtHome(view), level, true) ?? zoneAsDivision(view, level);
}

/** 滨海新区, 浦东新区: the article's zone when it is also a division of the title's level (区委常委、副区长 are its officials). */
function zoneAsDivision(view: DocView, level: string): DocEntity | undefined {
  const zone = view.mainZone;
  const { places, placeLevels } = lexicons();
  const division = zone && [zone.name, ...zone.aliases].map((n) => places.get(n)).find((n) => n && placeLevels.get(n) === 'county');
  return division?.endsWith(level) ? zone : undefined;
}

/**
 * 廊坊市举办了…推介会，市委书记杨晓勇出席 in an article about several cities:
 * the last city of the paragraph before the title (not one a trip goes to,
 * nor a venue).
 */
function placeOfParagraph(view: DocView, level: string, i: number, at: number): DocEntity | undefined {
  const home = placesAtHome(view);
  const atLevel = (e: DocEntity) => e.type === 'Place' && home.includes(e) && atTitleLevel(e, level);
  if (new Set(home.filter(atLevel)).size < 2) return undefined;
  const paragraph = view.contexts[i].sentence.paragraph;
  for (let k = i; k >= 0 && view.contexts[k].sentence.paragraph === paragraph; k--) {
    // Not 推介会在北京召开: a venue is where the meeting is, not whose officials attend.
    const place = view.of(k, ['Place'], -Infinity, k === i ? at : Infinity).filter((l) => atLevel(l.entity) && !pattern('placed-before').test(view.slice(k, l.start - 2, l.start))).pop();
    if (place) return place.entity;
  }
  return undefined;
}

const atHome = new WeakMap<DocView, DocEntity[]>();

/**
 * The document's entities without the places its officials travel to: a
 * delegation's 市委书记 in 深圳 is not 深圳's (a visit to the article's own
 * area, X一行来我市, keeps that area).
 */
function placesAtHome(view: DocView): DocEntity[] {
  let entities = atHome.get(view);
  if (!entities) {
    // …nor where the article's own area acts away (我市在深圳举办推介会); a visit to the article's area keeps it.
    const visited = new Set(view.trips.filter((t) => t.visiting).flatMap((t) => t.destinations));
    // …nor the places whose delegations the article's officials receive (会见了深圳企业家代表团).
    const away = new Set([...view.trips.filter((t) => !t.visiting).flatMap((t) => t.destinations), ...[...awayPlaces(view.contexts, view.entities)].filter((e) => !visited.has(e)), ...visitingPlaces(view.contexts, view.entities)]);
    atHome.set(view, (entities = away.size ? view.entities.filter((e) => !away.has(e)) : view.entities));
  }
  return entities;
}

/**
 * Whether a title without a body of its own continues the previous link's
 * body: 区委副书记、区长 but not 区委副书记、党工委书记, nor 省委常委、市委书记
 * (the province's standing committee, the city's secretary).
 */
function fits(body: DocEntity, title: string): boolean {
  if (isZoneOrganTitle(title)) return body.type === 'Zone';
  const level = placeLevelOf(title);
  // 宁波市委常委胡军，副市长李关定: the place 宁波 is 宁波市 by its official name.
  if (level) return body.type === 'Place' && [body.name, ...body.aliases, officialName(body)].some((n) => n.endsWith(level));
  return true;
}

interface Link { title: string; body?: Located; start: number }

/**
 * 华润电力|华北|大区总经理: a region between a firm and a title that is no
 * place's (总经理, not 市长) is the firm's division; the post is the firm's,
 * its title with the region (华北大区总经理).
 */
function regionOfFirm(view: DocView, i: number, body: Located | undefined, title: string): { body?: Located; title: string } {
  if (body?.entity.type !== 'Place' || placeLevelOf(title) || isZoneOrganTitle(title) || namesOwnBody(title)) return { body, title };
  const firm = view.located[i].find((l) => l.end === body.start && (l.entity.type === 'Company' || l.entity.type === 'Organization'));
  return firm ? { body: firm, title: view.slice(i, body.start, body.end) + title } : { body, title };
}

/** The links of the chain ending with `last`, walking back over 、 and ，. */
function titleChain(view: DocView, i: number, spans: TitleSpan[], last: TitleSpan): Link[] {
  const links: Link[] = [];
  let span: TitleSpan | undefined = last;
  let mark = ''; // 董事长兼总裁: the mark alone joins two titles of one post
  while (span) {
    const s: TitleSpan = span;
    // 华为技术有限公司的副总裁王强: a firm's or an organisation's 的 before the title.
    const named = view.located[i].find((l) => BODY_TYPES.includes(l.entity.type)
      && (l.end === s.start || (l.end === s.start - 1 && FIRM_TYPES.has(l.entity.type) && pattern('possessive').test(view.slice(i, l.end, s.start)))));
    const { body, title } = regionOfFirm(view, i, named, s.title);
    const start = body ? body.start : s.start;
    // 董事长兼总裁: one post; 副市长兼市公安局局长: the second names a body of its own, so a post of its own.
    if (mark && !links[0].body) links[0] = { title: title + mark + links[0].title, body, start };
    else links.unshift({ title, body, start });
    // 市委副书记、市长，兼洋浦经济开发区工委副书记: a concurrent post (兼) continues the chain.
    const acting = lexicons().actingMarks.has(view.slice(i, start - 1, start)) ? 1 : 0;
    const before = start - 1 - acting;
    const joined = acting ? spans.find((t) => t.end === start - 1 && !t.person) : undefined;
    mark = joined ? view.slice(i, start - 1, start) : '';
    span = joined ?? (CHAIN_JOIN.test(view.slice(i, before, before + 1)) ? spans.find((t) => t.end === before && !t.person) : undefined);
  }
  return links;
}

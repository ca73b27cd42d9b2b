// Names inside other names, which the passes do not claim separately: the
// company at the head of a project's name (西安大医集团 in 西安大医集团(长春)
// 创新产业基地项目), the place or zone whose organ a body is (藤县 in 藤县政府,
// 楚雄高新区 in 楚雄高新区管委会), the place or zone at the head of an
// event's name (潍坊高新区 in 潍坊高新区…签约活动), and an event inside a
// longer event's name (第三十一届中国兰州投资贸易洽谈会 in …洽谈会金昌市招商引资项目签约大会).
import { alternation, lexicons } from '../lexicons';
import type { Mention } from './mention';
import { pattern } from '../patterns';
import { leadingPlaces, withoutLeadingPlace } from '../forms';
import { legalFormEnds, typeOfHead } from '../heads';
import { namesSomething } from '../segment';
import { namesProject } from './suffixed';
import type { EntityType } from '../../schema/ontology';

let eventInside: RegExp | undefined;
let projectOpening: RegExp | undefined;
let organsLongestFirst: string[] | undefined;

/**
 * The hosts at the head of an event's name, places of the article: the city,
 * county or town (宜宾市2024年…签约活动), and a zone named after those places
 * (潍坊高新区2024年…云签约活动). A province or country hosts in name only (海南…洽谈会).
 */
function hostsOfEvent(m: Mention, inner: (text: string, type: EntityType, offset?: number) => Mention): Mention[] {
  const place = leadingPlaces(m.text);
  if (!place) return officialHostInside(m, inner);
  const { places, placeLevels } = lexicons();
  const level = placeLevels.get(places.get(place) ?? '');
  // A province or region opening the name hosts in name only; the city after its year may host (成渝地区…2024年度泸州市…).
  const hosts = place.length >= 2 && (level === 'city' || level === 'county' || level === 'town') ? [inner(place, 'Place')] : officialHostInside(m, inner);
  for (let end = m.text.length - 1; end > place.length + 1; end--) {
    const zone = m.text.slice(0, end);
    if (typeOfHead(zone) === 'Zone') return [...hosts, inner(zone, 'Zone')];
  }
  return hosts;
}

/**
 * 年产50万吨煤制烯烃项目开工仪式: one named project and the word of its
 * ceremony; the project is named too, after the zone or places opening the
 * event's name (hostsOfEvent's), and not when what is left is generic
 * (六安高新区项目签约仪式, 重点项目集中开工仪式, 2024台商投资项目签约仪式);
 * before a start's ceremony, a facility is named too (智能农机产业基地开工仪式).
 */
function projectOfEvent(m: Mention, inner: (text: string, type: EntityType, offset?: number) => Mention): Mention[] {
  const lex = lexicons();
  projectOpening ??= new RegExp(`^(.{3,}(?:${alternation(lex.projectWords)}))(?:${alternation(lex.eventWords)})$`);
  // 智能农机产业基地开工仪式: a facility whose work starts is a project too.
  const started = pattern('start-ceremony').exec(m.text);
  const whole = projectOpening.exec(m.text)?.[1] ?? (started ? m.text.slice(0, started.index) : undefined);
  if (!whole) return [];
  // 甲推介会暨乙项目签约仪式: the project is named in the last of the joined occasions.
  const joins = [...whole.matchAll(pattern('event-joiner', 'g'))];
  const named = joins.length ? whole.slice(joins[joins.length - 1].index! + joins[joins.length - 1][0].length) : whole;
  // 潍坊高新区|甲项目: a zone opening the name is the host (六安高新区|项目: no project named); a park
  // no place names (锂电材料产业园项目) is the project's own name.
  const hosted = (end: number) => !!named.slice(end).replace(pattern('project-word-ending'), '') || !!leadingPlaces(named);
  let zoneEnd = 0;
  for (let end = named.length - 2; end > 1 && !zoneEnd; end--) if (typeOfHead(named.slice(0, end)) === 'Zone' && hosted(end)) zoneEnd = end;
  const project = withoutLeadingPlace(named.slice(zoneEnd));
  // 饮料智能制造基地项目签约仪式: a ceremony of one project frames its name as a project.
  const framed = !!started || pattern('signing-ceremony').test(m.text);
  return namesProject(project, framed) && !/\d{4}/.test(project) ? [inner(project, 'Project', whole.length - project.length)] : [];
}

/** 盐城（上海）新能源产业招商推介会: the place in brackets after the host is where the event is held. */
function venueInBrackets(m: Mention, inner: (text: string, type: EntityType, offset?: number) => Mention): Mention[] {
  const venue = pattern('bracketed-venue').exec(m.text);
  return venue && lexicons().places.has(venue[1]) ? [inner(venue[1], 'Place', venue.index + 1)] : [];
}

/**
 * 成渝地区双城经济圈建设项目2024年度泸州市第一批集中开工仪式: a city or county
 * named in full inside the event's name, after its year, is its host.
 */
function officialHostInside(m: Mention, inner: (text: string, type: EntityType, offset?: number) => Mention): Mention[] {
  const { places, placeLevels } = lexicons();
  const host = pattern('host-after-year').exec(m.text);
  const name = host?.[1];
  if (!host || !name || places.get(name) !== name || !['city', 'county'].includes(placeLevels.get(name) ?? '')) return [];
  return [inner(name, 'Place', host.index + host[0].length - name.length)];
}

/**
 * The firm a project's name opens with, to its last legal form before the
 * project's own words (吉林森工集团泉阳泉饮品有限公司|年产…项目, not 吉林森工集团),
 * unless another firm is joined on (甲集团与乙公司…).
 */
function companyAtHead(name: string): string | undefined {
  const first = pattern('company-at-head').exec(name)?.[0];
  if (!first || first.length >= name.length) return undefined;
  const end = legalFormEnds(name).filter((e) => e > first.length && e < name.length && !pattern('joins-names').test(name.slice(first.length, e))).pop();
  return end ? name.slice(0, end) : first;
}

export function nestedMentions(mentions: Mention[]): Mention[] {
  const lex = lexicons();
  eventInside ??= new RegExp(`^(.{4,}?(?:${alternation(lex.eventWords)}))(?=.{4,})`);
  const organs = (organsLongestFirst ??= [...lex.organs.place, ...lex.organs.zone].filter((o) => o.length >= 2).sort((a, b) => b.length - a.length)); // 人民政府 before 政府
  return mentions.flatMap((m): Mention[] => {
    const inner = (text: string, type: EntityType, offset = 0): Mention => ({ ...m, start: m.start + offset, end: m.start + offset + text.length, text, type, nested: true });
    if (m.type === 'Project') {
      const company = companyAtHead(m.text);
      return company ? [inner(company, 'Company')] : [];
    }
    if (m.type === 'GovernmentBody') {
      const organ = organs.find((o) => m.text.endsWith(o));
      const owner = organ && m.text.slice(0, -organ.length);
      if (owner && lex.places.has(owner)) return [inner(owner, 'Place')];
      // 佛山市南海区人民政府: the organ is the last of the places named in a row.
      const last = owner && withoutLeadingPlace(owner);
      if (last && last !== owner && lex.places.has(last)) return [inner(last, 'Place', owner.length - last.length)];
      // 楚雄高新区管委会: the zone whose organ it is; 东莞松山湖管委会: so is a name that is no place before a zone's organ.
      if (!organ || !owner || !lex.organs.zone.includes(organ)) return [];
      const named = withoutLeadingPlace(owner);
      const zone = typeOfHead(owner) === 'Zone' || (named.length >= 2 && !lex.places.has(named) && namesSomething(named));
      return zone ? [inner(owner, 'Zone')] : [];
    }
    if (m.type === 'Event') {
      const e = eventInside!.exec(m.text);
      return [...(e ? [inner(e[1], 'Event')] : []), ...projectOfEvent(m, inner), ...hostsOfEvent(m, inner), ...venueInBrackets(m, inner)];
    }
    return [];
  });
}

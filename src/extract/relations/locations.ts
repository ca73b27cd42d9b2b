// LOCATED_IN. Within a sentence: 项目签约落位/落户/落地 + areas one after
// another; 位于Z的P; Z的P; 项目…将落户Z; Z(的organ)与C签约P; E在Z(主会场,
// 会展中心)举办; Z举行E; a project at the main venue, where the event is; 在Z，
// P… (a clause group opening at an area); C进驻Z，建成P (what a company builds
// where it landed); a zone that is the subject of a sentence listing projects
// and a landing verb; an event held during a trip, at its destination. Across the article: a project that lands,
// starts or is signed where no area is named is in the article's own area
// (the headline's, 我区, 该县); one seen on a trip is at the trip's destination.
import { COLLECTIVE_OPENING_SENTENCES, trigger, type DocView, type Located } from '../view';
import { firstSentence, officialName, placeLevel, simplifiedName, type DocEntity } from '../entities';
import { leadingPlaces } from '../forms';
import { lexicons } from '../lexicons';
import type { RelationRule } from './rule';
import { lastMatchOf, pattern } from '../patterns';
import { endpointTypes } from '../../schema/ontology';

/** Where things are: the areas LOCATED_IN may point to. */
const WHERE = endpointTypes('LOCATED_IN', 'to');
/** What a named site may be instead of an unknown one: an area, or a firm that builds there. */
const AREAS_AND_FIRMS = [...WHERE, 'Company', 'Organization'] as const;
/** How far before an area its landing word may begin (总部位于). */
const LANDING_WORD_REACH = 4;

export const locations: RelationRule = {
  name: 'locations',
  requires: ['trips', 'VISITED', 'SIGNED_WITH'],
  assigns: ['LOCATED_IN'],
  apply(view) {
    for (let i = 0; i < view.contexts.length; i++) {
      underAreaHeading(view, i);
      inSentence(view, i);
      landsAfter(view, i);
      signedByHost(view, i);
      atMainVenue(view, i);
      listedAtMainVenue(view, i);
      openingSite(view, i);
      subjectZone(view, i);
      introducedBy(view, i);
      heldOnTrip(view, i);
      headquarters(view, i);
      bracketedVenue(view, i);
    }
    inOwnArea(view);
  },
};


/** 蒸湘区：甲项目、乙项目。: the projects listed after an area and a colon are in that area. */
function underAreaHeading(view: DocView, i: number): void {
  const [area] = view.located[i].filter((l) => !l.nested);
  if (!area || !WHERE.includes(area.entity.type)) return;
  const heads = pattern('area-heading').test(view.slice(i, view.base(i), area.start)) && pattern('heading-colon').test(view.slice(i, area.end, area.end + 1));
  if (heads) for (const p of view.of(i, ['Project'], area.end)) view.relate('LOCATED_IN', p.entity, area.entity, i);
}

function inSentence(view: DocView, i: number): void {
  const all = view.located[i].filter((l) => !l.nested);
  const land = pattern('landing-after');
  for (const [k, l] of all.entries()) {
    const next = all[k + 1];
    if (!next) continue;
    const type = l.entity.type;
    const between = view.slice(i, l.end, next.start);
    const after = view.slice(i, next.end, Infinity);
    if ((type === 'Project' || type === 'Company') && between.length <= 7 && land.test(between) && WHERE.includes(next.entity.type)) {
      const row = areasInARow(view, i, next.start, 0);
      for (const area of row) view.relate('LOCATED_IN', l.entity, area.entity, i);
      if (type === 'Company') builtWhereLanded(view, i, row[row.length - 1]);
    }
    // 甲项目在莒县经济开发区(云溪片区)开工建设, 甲项目（店子集街道）: where the project starts or lands (each area of a row), or the area bracketed after it.
    if (type === 'Project' && WHERE.includes(next.entity.type)) {
      const row = areasInARow(view, i, next.start, 0);
      if (pattern('project-at').test(between) && pattern('started-there').test(view.slice(i, row[row.length - 1].end, Infinity))) for (const area of row) view.relate('LOCATED_IN', l.entity, area.entity, i);
      else if (pattern('bracket-opens').test(between) && pattern('bracket-closes').test(after)) view.relate('LOCATED_IN', l.entity, next.entity, i);
    }
    // 活动在襄阳高新区主会场举行: the venue's own word may stand between the area and the verb.
    if (type === 'Event' && pattern('held-at').test(between) && WHERE.includes(next.entity.type) && trigger('held').test(after.replace(pattern('venue-start'), '').slice(0, 4))) {
      // 甲博览会、乙峰会在南宁开幕: every event listed before it is held there too.
      for (let n = k; n >= 0 && all[n].entity.type === 'Event' && (n === k || pattern('between-listed').test(view.slice(i, all[n].end, all[n + 1].start))); n--) {
        view.relate('LOCATED_IN', all[n].entity, next.entity, i);
      }
    }
    if (WHERE.includes(type) && next.entity.type === 'Event' && pattern('held-after').test(between)) view.relate('LOCATED_IN', next.entity, l.entity, i);
    // 安达经开区的甲项目、肇东市的乙项目, 柳东新区|综合管廊项目 (a site opening the name): each project is in the area it belongs to.
    if (WHERE.includes(type) && next.entity.type === 'Project' && (between === '' || pattern('area-of-project').test(between)) && !pattern('from-before').test(view.slice(i, -Infinity, l.start))) {
      view.relate('LOCATED_IN', next.entity, l.entity, i);
    }
    // 位于康巴什区的甲公司, 总部位于深圳的乙集团.
    if (WHERE.includes(type) && next.entity.type === 'Company' && pattern('possessive').test(between) && pattern('landed-before').test(view.slice(i, l.start - LANDING_WORD_REACH, l.start))) {
      view.relate('LOCATED_IN', next.entity, l.entity, i);
    }
    // 位于Z的P, 落户Z的P, 在Z建设的P, 在Z投资建设P.
    if (WHERE.includes(type) && next.entity.type === 'Project' && placedBefore(view.slice(i, -Infinity, rowStart(all, k))) && pattern('built-there').test(between)) {
      // 在汉寿投资A、B、C等项目: every project listed after it.
      for (let n = k + 1, last = l; n < all.length && all[n].entity.type === 'Project' && (n === k + 1 || pattern('between-listed').test(view.slice(i, last.end, all[n].start))); last = all[n], n++) {
        view.relate('LOCATED_IN', all[n].entity, l.entity, i);
      }
    }
  }
}

/** Where the areas named in a row up to all[k] start (在|广州市天河区). */
function rowStart(all: Located[], k: number): number {
  let n = k;
  while (n > 0 && WHERE.includes(all[n - 1].entity.type) && all[n - 1].end === all[n].start) n--;
  return all[n].start;
}

/** 盐城（上海）新能源产业招商推介会: an event is held in the place its name brackets after the host. */
function bracketedVenue(view: DocView, i: number): void {
  // 中国（广西）自由贸易试验区…签约仪式: a place in brackets before a zone's designation is part of the zone's name.
  const opensZone = (at: number) => lexicons().zoneWords.some((w) => view.slice(i, at, at + w.length) === w);
  for (const e of view.of(i, ['Event'])) {
    for (const p of view.of(i, ['Place'], e.start, e.end, true)) {
      if (!pattern('bracket-opens').test(view.slice(i, p.start - 1, p.start)) || opensZone(p.end + 1)) continue;
      if (!view.has('LOCATED_IN', e.entity, p.entity)) view.relate('LOCATED_IN', e.entity, p.entity, i);
    }
  }
}

/**
 * 甲集团进驻梨林镇，拟分两期建成年产36万吨饲料项目: what a company builds
 * in the clauses after it lands somewhere is there too.
 */
function builtWhereLanded(view: DocView, i: number, area: Located): void {
  for (const p of view.of(i, ['Project'], area.end, clauseGroupEnd(view, i, area.end))) {
    if (!view.has('LOCATED_IN', p.entity) && pattern('builds-before').test(view.slice(i, area.end, p.start))) view.relate('LOCATED_IN', p.entity, area.entity, i);
  }
}

/**
 * A landing verb (or a record's landing field: …；落户地：射洪市) with areas
 * right after it places there the sentence's latest project before it
 * (甲项目…，项目总投资10亿元，将落户高新区孝顺镇), and each firm or project
 * listed right before it (甲、乙等12家企业入驻零碳产业园).
 */
function landsAfter(view: DocView, i: number): void {
  for (const verb of [...view.find(i, trigger('land')), ...view.find(i, pattern('landing-field'))]) {
    const areas = areasInARow(view, i, verb.end, 1);
    if (!areas.length) continue;
    const project = view.of(i, ['Project'], -Infinity, verb.start).pop() ?? projectAsSubject(view, i, verb.start);
    const located = project && (!view.has('LOCATED_IN', project.entity) || narrows(view, project.entity, areas.map((a) => a.entity))) ? [project]
      : projectsAboveAsSubject(view, i, verb.start).concat(project ? [] : firmAsSubject(view, i, verb.start));
    for (const item of [...located, ...listedBefore(view, i, verb.start)]) for (const area of areas) view.relate('LOCATED_IN', item.entity, area.entity, i);
    // 甲集团通过收购…的形式进驻梨林镇，拟分两期建成乙项目: a firm opening the landing's clause builds there.
    const [lander] = view.of(i, ['Company', 'Person', 'Organization', 'GovernmentBody', 'Project'], view.clause(i, verb.start).start, verb.start);
    if (lander?.entity.type === 'Company') builtWhereLanded(view, i, areas[areas.length - 1]);
  }
}

/**
 * 新田县引进的甲项目…落户于新田县经济开发区, 阜阳经开区甲项目；建设地点：阜阳经开区新能源产业园:
 * a landing that names a zone inside the place or zone the project is already in says where in it.
 */
function narrows(view: DocView, project: DocEntity, areas: DocEntity[]): boolean {
  const known = view.targets('LOCATED_IN', project);
  const { places } = lexicons();
  const placeOf = (a: DocEntity) => places.get(leadingPlaces(simplifiedName(a)));
  const inside = (a: DocEntity, k: DocEntity) => (k.type === 'Place' && placeOf(a) === officialName(k)) || (k.type === 'Zone' && simplifiedName(a).length > simplifiedName(k).length && simplifiedName(a).startsWith(simplifiedName(k)));
  // 建设地点：阜阳经开区袁寨镇: a township is finer than any area known before.
  return areas.some((a) => (a.type === 'Zone' && known.some((k) => inside(a, k))) || (a.type === 'Place' && placeLevel(a) === 'town'));
}

/**
 * 甲公司成立于2011年，位于德阳经开区: a firm that opens the sentence is the
 * subject of a later clause that opens with the landing verb, when no one
 * else is named between.
 */
function firmAsSubject(view: DocView, i: number, verbAt: number): Located[] {
  const [first] = view.of(i, ['Company', 'Person', 'Organization', 'GovernmentBody']);
  if (first?.entity.type !== 'Company' || first.start !== view.base(i) || view.clause(i, verbAt).start !== verbAt) return [];
  return view.of(i, ['Company', 'Person', 'Organization', 'GovernmentBody', 'Project', 'Zone', 'Place'], first.end, verbAt).length ? [] : [first];
}

/** How many sentences back 项目 as a clause's subject may point (甲项目总投资8亿元。项目选址于店头镇). */
const SUBJECT_PROJECT_REACH = 2;

/** 甲项目…。项目选址于店头镇: 项目 alone opening the clause of a landing verb is the latest project named, in this paragraph. */
function projectAsSubject(view: DocView, i: number, verbAt: number): Located | undefined {
  if (!pattern('project-as-subject').test(view.slice(i, view.clause(i, verbAt).start, verbAt))) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - SUBJECT_PROJECT_REACH) && view.contexts[k].sentence.paragraph === view.contexts[i].sentence.paragraph; k--) {
    const latest = view.of(k, ['Project']).pop();
    if (latest) return latest;
  }
  return undefined;
}

/** How many sentences back the projects of 上述项目 may have been listed (one numbered item a sentence). */
const PROJECTS_ABOVE_REACH = 10;

/** 签约的项目分别是：甲项目；乙项目。上述项目均落户化工产业园: the projects of the sentences right before, back to one without any. */
function projectsAboveAsSubject(view: DocView, i: number, verbAt: number): Located[] {
  if (!pattern('projects-above-as-subject').test(view.slice(i, view.clause(i, verbAt).start, verbAt))) return [];
  const above: Located[] = [];
  for (let k = i - 1; k >= Math.max(0, i - PROJECTS_ABOVE_REACH); k--) {
    const projects = view.of(k, ['Project']);
    if (!projects.length) break;
    above.unshift(...projects);
  }
  return above;
}

/** The firms or projects listed right before a verb at `verbAt` in its clause (甲、乙等12家企业|入驻). */
function listedBefore(view: DocView, i: number, verbAt: number): Located[] {
  const before = view.of(i, ['Company', 'Project'], view.clause(i, verbAt).start, verbAt);
  const last = before[before.length - 1];
  if (!last || !pattern('landing-subject-gap').test(view.slice(i, last.end, verbAt))) return [];
  const listed = [last];
  for (let k = before.length - 2; k >= 0 && pattern('between-listed').test(view.slice(i, before[k].end, listed[0].start)); k--) listed.unshift(before[k]);
  return listed;
}

/** 落户高新区孝顺镇, 建于沧源县勐董镇: the areas named one after another from `from` (the first up to `gap` characters after it). */
function areasInARow(view: DocView, i: number, from: number, gap: number): Located[] {
  const row: Located[] = [];
  let at = from;
  for (const area of view.of(i, WHERE, from)) {
    if (area.start - at > (at === from ? gap : 0)) break;
    row.push(area);
    at = area.end;
  }
  return row;
}

/**
 * 铜仁高新区与甲集团签约乙项目；碧江区与丙公司签约丁项目: a project signed by an
 * area (or its organ) in its own clause group is in that area.
 */
function signedByHost(view: DocView, i: number): void {
  for (const p of view.of(i, ['Project'])) {
    const group = lastMatchOf('clause-group-end', view.slice(i, view.base(i), p.start)) + 1;
    const before = view.slice(i, view.base(i) + group, p.start);
    // …与甲公司乙项目的签约: the project's signing may be named after it.
    if (!trigger('sign').test(before) && !pattern('signing-after-project').test(view.slice(i, p.end, Infinity))) continue;
    // 疏勒县人民政府与…: the area named in its organ's name signs through it.
    // 甲公司与临港新片区管委会签署乙项目协议: so does the area on the other side.
    const organs = view.of(i, ['GovernmentBody'], view.base(i) + group, p.start);
    const opening = (a: Located) => organs.find((o) => o.start <= a.start && o.end >= a.end)?.start ?? a.start; // 与|鄂尔多斯市康巴什区人民政府
    const areas = view.of(i, WHERE, view.base(i) + group, p.start, true);
    // 甲开发区与乙公司签订丙项目…，丁县与戊公司签订己项目: the signer nearest the project.
    const host = areas.filter((a) => pattern('organ-then-with').test(view.slice(i, a.end, p.start))).pop()
      ?? areas.find((a) => pattern('joined-before').test(view.slice(i, opening(a) - 1, opening(a))) && pattern('organ-then-sign').test(view.slice(i, a.end, p.start)));
    const area = host?.entity ?? hostOfGoingOnClause(view, i, view.base(i) + group, p.start);
    // A project placed already (the headline's 落户金华) is placed again only where the signing says where in it.
    if (area && (!view.has('LOCATED_IN', p.entity) || narrows(view, p.entity, [area]))) view.relate('LOCATED_IN', p.entity, area, i);
  }
}

/**
 * 甲经开区与乙公司签订丙项目协议；与丁公司签订戊项目合同: a clause group
 * opening with 与 goes on with the sentence's signer (signings.ts found it);
 * its project is in the area the partner signed with.
 */
function hostOfGoingOnClause(view: DocView, i: number, from: number, to: number): DocEntity | undefined {
  if (!pattern('opens-with-partner').test(view.slice(i, from, to))) return undefined;
  const partner = view.of(i, ['Company', 'Organization'], from, to)[0]?.entity;
  const areas = partner ? view.targets('SIGNED_WITH', partner).filter((e) => (WHERE as readonly string[]).includes(e.type)) : [];
  return areas.length === 1 ? areas[0] : undefined;
}

/** 甲公司成立于2015年，总部位于常州市: the sentence's last firm before 总部位于 is where its headquarters are. */
function headquarters(view: DocView, i: number): void {
  for (const at of view.find(i, pattern('headquarters-at'))) {
    const [area] = areasInARow(view, i, at.end, 0);
    const firm = view.of(i, ['Company'], -Infinity, at.start).pop();
    // Not 甲公司与总部位于深圳的乙公司签约: there the firm after 的 is the one (位于Z的C, in inSentence);
    // 甲公司是一家总部位于深圳的科技企业 is about 甲公司.
    if (!area || (pattern('possessive').test(view.slice(i, area.end, area.end + 1)) && view.of(i, ['Company'], area.end + 1).some((c) => c.start === area.end + 1))) continue;
    if (firm && !view.has('LOCATED_IN', firm.entity)) view.relate('LOCATED_IN', firm.entity, area.entity, i);
  }
}

/**
 * 主会场设在株洲高新区: the event is held where its main venue is set. 主会场开工的甲项目:
 * a project at the main venue is where the event was held.
 */
function atMainVenue(view: DocView, i: number): void {
  const venues = view.find(i, pattern('main-venue'));
  const [venue] = venues;
  const event = venue && view.eventAt(i);
  if (event && !view.has('LOCATED_IN', event)) {
    const set = venues.map((v) => ({ v, area: view.of(i, WHERE, v.end)[0] })).find(({ v, area }) => area && pattern('venue-set-at').test(view.slice(i, v.end, area.start)));
    if (set) view.relate('LOCATED_IN', event, set.area.entity, i);
  }
  const [where] = event ? view.targets('LOCATED_IN', event) : [];
  if (!where) return;
  const clause = view.clause(i, venue.start);
  for (const p of view.of(i, ['Project'], venue.end, clause.end)) if (!view.has('LOCATED_IN', p.entity)) view.relate('LOCATED_IN', p.entity, where, i);
}

/** 主会场开工的项目包括：1.甲项目…: the items of a list the main venue opens are where the event was held. */
function listedAtMainVenue(view: DocView, i: number): void {
  const opening = view.listOpening(i);
  if (opening === undefined || !pattern('main-venue').test(view.text(opening))) return;
  const event = view.eventAt(opening);
  const [where] = event ? view.targets('LOCATED_IN', event) : [];
  if (where) for (const p of view.of(i, ['Project'])) if (!view.has('LOCATED_IN', p.entity)) view.relate('LOCATED_IN', p.entity, where, i);
}

/**
 * 在扎赉诺尔区，甲项目已完成投资2亿元; 在大阪，招商团参加了乙说明会: a sentence or
 * clause group that opens at an area is about what is there.
 */
function openingSite(view: DocView, i: number): void {
  for (const open of view.find(i, pattern('site-opens'))) {
    const [area] = view.of(i, WHERE, open.end);
    if (area?.start !== open.end || !pattern('site-opened').test(view.slice(i, area.end, area.end + 6))) continue;
    for (const p of view.of(i, ['Project', 'Event'], area.end, clauseGroupEnd(view, i, area.end))) {
      // 在上海，…会谈，就乙项目达成共识: a project talked about there is not there.
      if (!view.has('LOCATED_IN', p.entity) && !pattern('topic-before').test(view.slice(i, p.start - TOPIC_REACH, p.start))) view.relate('LOCATED_IN', p.entity, area.entity, i);
    }
  }
}

/** How far before a project the word making it a talk's topic may stand (就|甲项目, 就深化|乙项目合作). */
const TOPIC_REACH = 4;

/** Where the clause group (up to ；) that runs on from `from` ends. */
function clauseGroupEnd(view: DocView, i: number, from: number): number {
  const group = view.slice(i, from, Infinity).search(pattern('clause-group-end'));
  return group < 0 ? Infinity : from + group;
}

/** Words before an area that make it where what follows is: 位于, 落户, 在, 于. */
function placedBefore(text: string): boolean {
  return pattern('placed-before').test(text);
}

/** 三穗县引进温氏食品集团生猪养殖项目, 甲开发区成功引进乙公司丙项目: a project an area brings in is in that area. */
function introducedBy(view: DocView, i: number): void {
  for (const m of view.find(i, pattern('introducing'))) {
    const area = view.of(i, WHERE, -Infinity, m.start).pop();
    if (!area || !pattern('area-then-introducing').test(view.slice(i, area.end, m.start))) continue;
    for (const p of view.of(i, ['Project'], m.end, view.clause(i, m.end).end)) if (!view.has('LOCATED_IN', p.entity)) view.relate('LOCATED_IN', p.entity, area.entity, i);
  }
}

/** 长春国际汽车城…推动A、B、C等项目快速落位: the projects are in the zone the sentence is about. */
function subjectZone(view: DocView, i: number): void {
  const projects = view.of(i, ['Project']);
  if (!projects.length) return;
  const bodies = new Set(view.titles[i].map((t) => t.start));
  const zone = view.of(i, ['Zone'], -Infinity, projects[0].start).find((z) => !bodies.has(z.end));
  if (!zone) return;
  if (!trigger('start').test(view.slice(i, projects[projects.length - 1].end, Infinity)) && !trigger('land').test(view.text(i))) return;
  for (const p of projects) if (!view.has('LOCATED_IN', p.entity)) view.relate('LOCATED_IN', p.entity, zone.entity, i);
}

function heldOnTrip(view: DocView, i: number): void {
  const trip = view.tripAt(i);
  if (!trip || trip.sentence >= i || trip.visiting) return;
  for (const e of view.of(i, ['Event'])) {
    // 在宁波主持召开…推介会: where the sentence says it is held, not every stop of the trip.
    if (view.has('LOCATED_IN', e.entity)) continue;
    if (pattern('held-before').test(view.slice(i, -Infinity, e.start))) for (const d of trip.destinations) view.relate('LOCATED_IN', e.entity, d, i);
  }
}

/** Projects with no place of their own: at the trip's destination when seen on a trip, else in the article's own area when they land, start or are signed. */
function inOwnArea(view: DocView): void {
  const start = trigger('start'), land = trigger('land');
  const collective = !!view.collectiveStatus;
  const host = collective ? collectiveHost(view) : undefined;
  for (const project of view.entities.filter((e) => e.type === 'Project')) {
    if (view.has('LOCATED_IN', project)) {
      // 泸州高新区的甲项目 in 泸州市's collective start: in the host city too.
      if (host && !view.has('LOCATED_IN', project, host) && !view.tripAt(firstSentence(project))) view.relate('LOCATED_IN', project, host, firstSentence(project));
      continue;
    }
    const first = firstSentence(project);
    const trip = view.tripAt(first);
    if (trip && !trip.visiting) {
      // A project visited on a trip is where the trip went; one signed on a trip may land at home or away.
      if (!view.has('VISITED', trip.leaders[0], project)) continue;
      const named = view.of(first, WHERE).map((l) => l.entity).find((d) => trip.destinations.includes(d));
      const at: DocEntity | undefined = named ?? (trip.destinations.length === 1 ? trip.destinations[0] : undefined);
      if (at) view.relate('LOCATED_IN', project, at, first);
      continue;
    }
    const home = view.home;
    if (!home || !specificEnough(view, home)) continue;
    // 开工项目如下：1.甲项目…: an item says what the list's opening says.
    const says = (i: number | undefined) => i !== undefined && (start.test(view.text(i)) || land.test(view.text(i)));
    // …, or the article opens with its area's projects starting together (濉溪县重点项目集中开工): all of them.
    const said = project.mentions.find((m) => says(m.sentence) || says(view.listOpening(m.sentence))) ?? (collective ? project.mentions[0] : undefined);
    if (!said || sitedElsewhere(view, said)) continue;
    view.relate('LOCATED_IN', project, home, said.sentence);
    if (host && host !== home) view.relate('LOCATED_IN', project, host, said.sentence);
  }
}

/**
 * 海南自由贸易港建设项目2023年度儋州市第一批集中开工仪式, held in 洋浦: the city
 * or county the article's collective event names holds its projects as
 * well as the zone the article speaks for.
 */
function collectiveHost(view: DocView): DocEntity | undefined {
  const names = view.contexts.slice(0, COLLECTIVE_OPENING_SENTENCES).flatMap((_, i) => view.of(i, ['Event']).map((e) => view.slice(i, e.start, e.end)));
  const local = view.entities.filter((e) => e.type === 'Place' && ['city', 'county'].includes(placeLevel(e) ?? ''));
  const hosts = local.filter((p) => [p.name, ...p.aliases].some((n) => n.length >= 2 && names.some((name) => name.includes(n))));
  return hosts.length === 1 ? hosts[0] : undefined;
}

/**
 * 在北大湖滑雪度假区…建设甲项目: the clause builds the project at a site the
 * text names but the lexicon does not know; the article's own area is no
 * better guess than none.
 */
function sitedElsewhere(view: DocView, m: { sentence: number; start: number }): boolean {
  const clause = view.clause(m.sentence, m.start);
  const site = pattern('unknown-site-before').exec(view.slice(m.sentence, clause.start, m.start));
  if (!site) return false;
  // Nothing the text names there is an area, or a firm (设在由甲公司投资兴建的…: the investor, not a site).
  const at = clause.start + site.index;
  return !view.of(m.sentence, AREAS_AND_FIRMS, at, at + site[0].length).length;
}

/** A city or province is too broad a home for projects when the article names zones: they land in one of them. */
function specificEnough(view: DocView, home: DocEntity): boolean {
  if (home.type !== 'Place' || !view.entities.some((e) => e.type === 'Zone')) return true;
  const level = placeLevel(home);
  return level === 'county' || level === 'town';
}

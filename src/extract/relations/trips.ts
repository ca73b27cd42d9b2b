// Trips: 6月14日至16日，党工委书记谢志敏带队赴杭州开展招商活动. The leaders are
// the people (a 、 list: 全桂寿、李杰云率队) just before the lead word, the
// destinations the places and zones listed right after the going word
// (赴山东、广东、安徽、上海开展…), the dates take their year from the article.
// X一行来我区考察 is a visit to the article's own area. Each trip opens a frame
// that later sentences (visits, meetings, companions) refer to.
import { trigger, type DocView, type Span, type Trip } from '../view';
import { lexicons } from '../lexicons';
import { ID_PREFIX, officialName, placeLevel, type DocEntity } from '../entities';
import type { RelationRule } from './rule';
import { pattern } from '../patterns';

/** Between the lead word and the going word: the delegation's name (辽阳市经贸代表团), at most this long. */
const MAX_DELEGATION = 20;
/** How far after 在 the trip's purpose may be named (the places come between). */
const PURPOSE_REACH = 30;

export const trips: RelationRule = {
  name: 'trips',
  requires: [],
  assigns: ['trips', 'LED', 'DESTINATION'],
  apply(view) {
    for (let i = 0; i < view.contexts.length; i++) {
      const trip = tripIn(view, i);
      if (trip) view.addTrip(trip);
    }
  },
};

function tripIn(view: DocView, i: number): Trip | undefined {
  return ledTrip(view, i) ?? stayIn(view, i);
}

/** 谢志敏带队赴杭州…, 李占金赴上海…开展招商, X一行来我区考察: a trip with a lead or going word. */
function ledTrip(view: DocView, i: number): Trip | undefined {
  const led = view.find(i, trigger('lead'))[0] ?? view.find(i, pattern('delegation'))[0];
  const inspecting = led ? undefined : inspects(view, i);
  const lead = led ?? setOut(view, i) ?? inspecting;
  if (!lead) return undefined;
  const leaders = view.subjects(i, lead.start);
  if (!leaders.length) return undefined;
  const going = [...view.find(i, trigger('go')), ...view.find(i, trigger('go-one-character')).filter((g) => namedByOneCharacter(view, i, g.end).length)].sort((a, b) => a.start - b.start);
  const go = led ? going.find((g) => g.start >= lead.end && delegationLength(view, i, lead.end, g.start) <= MAX_DELEGATION) ?? workingIn(view, i, lead.end) ?? attendingAway(view, i, lead.end) : lead;
  const heldBefore = go || !led ? [] : venueOfEventAttended(view, i, lead.end);
  if (!go && !heldBefore.length) return undefined;
  let destinations = go ? destinationsAfter(view, i, go.end) : heldBefore;
  // 奔赴长三角地区，先后到上海、苏州: the stops a later clause of the sentence goes on to are destinations too.
  for (const next of view.find(i, trigger('go')).filter((g) => go && g.start > go.end && pattern('further-stops-before').test(view.slice(i, view.clause(i, g.start).start, g.start)))) {
    for (const d of destinationsAfter(view, i, next.end)) if (!destinations.includes(d)) destinations.push(d);
  }
  // 一行来到比亚迪: leaders already on a trip away from the article's own area come to one of its stops, not home.
  const home = view.home;
  // 甲一行来我市, 甲率考察团来我市: a delegation coming to the article's own area visits it; so does one inspecting it (省委书记到滁州调研).
  const toHome = destinations.length > 0 && destinations.every((d) => d === home);
  const visiting = (!!go && pattern('coming').test(go.text) && (pattern('visiting-here').test(view.slice(i, lead.start, go.end)) || (!!led && toHome)))
    || (lead === inspecting && toHome);
  const travelling = view.trips.some((t) => sameMembers(t.leaders, leaders) && !(home && t.destinations.includes(home)));
  if (!destinations.length && visiting && home && !travelling) destinations = [home];
  if (!destinations.length) return undefined;
  const dates = dateRange(view.slice(i, view.base(i), lead.start), view.year);
  // The headline's trip told again in the text (same leaders, same places) is that trip, with the text's dates.
  // 张起翔率团赴广东考察 over 赴广东省深圳市、东莞市: the headline may name the province of the text's stops, or their region (赴长三角).
  const told = view.trips.find((t) => sameMembers(t.leaders, leaders) && (sameMembers(t.destinations, destinations) || (t.sentence === 0 && broaderThan(t.destinations, destinations))));
  if (told && dates && !told.entity.props.start) Object.assign(told.entity.props, dates);
  return tripTold(view, i, told?.entity ?? newTrip(view, leaders, destinations, dates), leaders, destinations, visiting);
}

/** The article's next trip entity. */
function newTrip(view: DocView, leaders: DocEntity[], destinations: DocEntity[], dates: DocEntity['props'] | undefined): DocEntity {
  return { id: `${ID_PREFIX.Trip}${view.trips.length + 1}`, type: 'Trip', mentions: [], aliases: [], name: tripName(leaders, destinations), props: dates ?? {} };
}

/** A trip told in sentence i: its leaders led it, it went to its destinations. */
function tripTold(view: DocView, i: number, entity: DocEntity, leaders: DocEntity[], destinations: DocEntity[], visiting: boolean): Trip {
  for (const l of leaders) view.relate('LED', l, entity, i);
  for (const d of destinations) view.relate('DESTINATION', entity, d, i);
  return { entity, leaders, destinations, sentence: i, visiting };
}

/**
 * 在深圳考察期间，赣州市委书记李克坚一行与…会谈: a stay somewhere, framed
 * before the sentence's subject, is a trip there led by that subject (not to
 * the place whose title the subject bears: 在赣州期间，赣州市委书记…), unless
 * the subject is on a trip already.
 */
function stayIn(view: DocView, i: number): Trip | undefined {
  const frame = view.find(i, pattern('staying-frame'))[0];
  if (!frame || frame.start !== view.clause(i, frame.start).start) return undefined;
  const subject = view.of(i, ['Person'], frame.end)[0];
  if (!subject || subject.start > view.clause(i, frame.end).end) return undefined;
  const own = view.of(i, ['Place', 'Zone'], frame.end, subject.start).map((l) => l.entity);
  const destinations = view.of(i, ['Place', 'Zone'], frame.start, frame.end).map((l) => l.entity).filter((e) => !own.includes(e));
  if (!destinations.length) return undefined;
  const leaders = view.subjects(i, subject.end);
  // 赴深圳、东莞…。在深圳期间，史根治一行…: a stop of a trip the same leaders are on.
  if (view.trips.some((t) => sameMembers(t.leaders, leaders))) return undefined;
  const dates = dateRange(view.slice(i, view.base(i), frame.start), view.year);
  return tripTold(view, i, newTrip(view, leaders, destinations, dates), leaders, destinations, false);
}

/** 带领|市发改委、市经信局、葛店开发区招商局相关负责人|赴: the words between, each body or person named counting as one character. */
function delegationLength(view: DocView, i: number, from: number, to: number): number {
  const named = view.located[i].filter((l) => !l.nested && l.start >= from && l.end <= to);
  return to - from - named.reduce((a, l) => a + l.end - l.start - 1, 0);
}

/**
 * 李占金赴上海、山东济南开展招商引资工作: a person setting out (赴, 前往)
 * for places and a purpose in the same clause leads a trip without a lead
 * word; the going word is both lead and going.
 */
function setOut(view: DocView, i: number): Span | undefined {
  for (const g of view.find(i, trigger('set-out'))) {
    if (!view.subjects(i, g.start).length) continue;
    const places = destinationsAfter(view, i, g.end);
    if (!places.length) continue;
    const rest = view.slice(i, g.end, view.clause(i, g.end).end);
    if (trigger('purpose').test(rest)) return g;
  }
  return undefined;
}

/**
 * 市委书记刘春明深入钦州港片区调研: a person going to places (到, 深入) to
 * inspect them (调研, 考察 right after the places) is on a trip there; the
 * going word is both lead and going.
 */
function inspects(view: DocView, i: number): Span | undefined {
  for (const g of [...view.find(i, trigger('go')), ...view.find(i, trigger('enter'))]) {
    if (!view.subjects(i, g.start).length) continue;
    const destinations = destinationsAfter(view, i, g.end);
    const last = view.of(i, ['Place', 'Zone'], g.end).filter((l) => destinations.includes(l.entity)).pop();
    if (last && pattern('inspection-after').test(view.slice(i, last.end, Infinity))) return g;
  }
  return undefined;
}

/**
 * 庄建球带队在深圳、广州开展考察招商活动, 林国政带领招商分队在厦门开展招商活动:
 * 在 after the lead (and the delegation's name), then places and a purpose, goes there.
 */
function workingIn(view: DocView, i: number, leadEnd: number): Span | undefined {
  const at = view.find(i, pattern('working-in')).find((g) => g.start >= leadEnd && g.start - leadEnd <= MAX_DELEGATION && !pattern('clause-end').test(view.slice(i, leadEnd, g.start)));
  if (!at || !destinationsAfter(view, i, at.end).length) return undefined;
  return trigger('purpose').test(view.slice(i, at.end, at.end + PURPOSE_REACH)) ? at : undefined;
}

/**
 * 王立科率团参加在上海举办的进博会: leading a delegation to an event held in
 * other places goes there (the span ends at 在, before the places); not to a
 * place the leaders' titles name (柳州市委书记…参加在柳州举办的…).
 */
function attendingAway(view: DocView, i: number, leadEnd: number): Span | undefined {
  const attending = view.find(i, pattern('attending-held-in')).find((a) => a.start >= leadEnd && delegationLength(view, i, leadEnd, a.start) <= MAX_DELEGATION);
  if (!attending) return undefined;
  const venueAt = attending.start + attending.text.search(pattern('working-in')) + 1;
  const at = { start: attending.start, end: venueAt, text: view.slice(i, attending.start, venueAt) };
  const own = titledPlaces(view, i, leadEnd);
  const places = destinationsAfter(view, i, at.end);
  return places.length && !places.some((p) => own.has(p)) ? at : undefined;
}

/** How many sentences back the event a delegation attends may have been said to be held elsewhere. */
const HELD_REACH = 2;

/**
 * 甲区在上海举办招商推介会，…。甲区党工委书记乙率团参加推介会: attending, at
 * the head of a delegation, an event a sentence just before held in other
 * places goes there; not where the host of that event is (德阳市在德阳举办…),
 * nor to a place the leaders' titles or the article's own area name.
 */
function venueOfEventAttended(view: DocView, i: number, leadEnd: number): DocEntity[] {
  const attends = view.find(i, trigger('attend')).some((a) => a.start >= leadEnd && delegationLength(view, i, leadEnd, a.start) <= MAX_DELEGATION);
  if (!attends) return [];
  const own = titledPlaces(view, i, leadEnd);
  if (view.home) own.add(view.home);
  for (let k = i - 1; k >= Math.max(0, i - HELD_REACH); k--) {
    for (const at of view.find(k, pattern('held-in-places'))) {
      const hosts = new Set(view.of(k, ['Place', 'Zone'], view.clause(k, at.start).start, at.start).map((l) => l.entity));
      const places = destinationsAfter(view, k, at.end);
      if (places.length && !places.some((p) => own.has(p) || hosts.has(p))) return places;
    }
  }
  return [];
}

/** The places and zones the leaders' titles name (柳州市委书记张晓钦率团: 柳州市), in the clause before the lead word. */
function titledPlaces(view: DocView, i: number, leadEnd: number): Set<DocEntity> {
  return new Set(view.of(i, ['Place', 'Zone'], view.clause(i, leadEnd).start, leadEnd).map((l) => l.entity));
}

/** Places and zones listed right after the going word. */
function destinationsAfter(view: DocView, i: number, from: number): DocEntity[] {
  const out: DocEntity[] = [];
  let at = from;
  for (const l of view.of(i, ['Place', 'Zone'], from)) {
    const gap = view.slice(i, at, l.start);
    if (out.length ? !pattern('between-destinations').test(gap) : gap.length > 0) break;
    // 山东省济南市: a province named before its own city is where the city is, not a second destination.
    if (!gap && out.length && provinceOf(l.entity) === provinceOf(out[out.length - 1]) && provinceOf(l.entity) === officialName(out[out.length - 1])) out.pop();
    // 越南谅山省, 日本东京: so is a country named before a place in it.
    else if (!gap && out.length && placeLevel(out[out.length - 1]) === 'country') out.pop();
    if (!out.includes(l.entity)) out.push(l.entity);
    at = l.end;
  }
  return out.length ? out : namedByOneCharacter(view, i, from);
}

/** 率团抵港: a city's one-character name right after the going word, when the article names that city in full. */
function namedByOneCharacter(view: DocView, i: number, at: number): DocEntity[] {
  // 抵港 is one word to the segmenter, 赴|京 two; 港口 is no city.
  const word = view.contexts[i].tokens.find((t) => t.start <= at && t.end > at);
  const official = word?.end === at + 1 ? lexicons().oneCharacterPlaces.get(view.slice(i, at, at + 1)) : undefined;
  const place = official && view.entities.find((e) => e.type === 'Place' && officialName(e) === official);
  return place ? [place] : [];
}

const provinceOf = (e: DocEntity) => lexicons().placeProvinces.get(officialName(e));

/**
 * A trip's first and last day, ISO, with the year the text states for each,
 * else the article's (12月30日至1月2日 in a January article: the first day
 * is in the year before), else none (--12-30).
 */
function dateRange(text: string, year?: string): { start: string; end: string } | undefined {
  const m = pattern('trip-dates').exec(text);
  if (!m) return undefined;
  const [, startYear, startMonth, startDay, endYear, endMonth = startMonth, endDay] = m;
  const iso = (y: string | undefined, mo: string, d: string) => `${y ? `${y}-` : '--'}${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const lastYear = endYear ?? startYear ?? year;
  const wraps = Number(endMonth) < Number(startMonth);
  const firstYear = startYear ?? (lastYear && wraps && endDay ? String(Number(lastYear) - 1) : lastYear);
  const start = iso(firstYear, startMonth, startDay);
  return { start, end: endDay ? iso(lastYear, endMonth, endDay) : start };
}

/** Whether each of `broad` is one of `stops`, the province of one, or a region (长三角, 珠三角: the tables say not which provinces). */
function broaderThan(broad: DocEntity[], stops: DocEntity[]): boolean {
  return broad.every((b) => stops.includes(b) || stops.some((s) => provinceOf(s) === officialName(b)) || placeLevel(b) === 'region');
}

function sameMembers(a: DocEntity[], b: DocEntity[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** A trip's name: its leaders, the going word, its destinations (谢志敏赴杭州市). */
function tripName(leaders: DocEntity[], destinations: DocEntity[]): string {
  const [going] = lexicons().triggers['set-out'];
  return `${leaders.map((l) => l.name).join('、')}${going}${destinations.map((d) => d.name).join('、')}`;
}

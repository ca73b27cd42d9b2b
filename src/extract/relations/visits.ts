// VISITED: 走访/参观/考察/拜访 followed by the bodies visited (a 、 list runs
// on, 先后前往A和B), 到X调研, and 在X，某某表示 during a trip. The visitor is the
// person named before the verb, else the leaders of the trip under way.
import { trigger, type DocView, type Located } from '../view';
import type { DocEntity } from '../entities';
import { perSentence } from './rule';
import { pattern } from '../patterns';
import { endpointTypes } from '../../schema/ontology';

const TARGETS = endpointTypes('VISITED', 'to');

export const visits = perSentence({ name: 'visits', requires: ['trips'], assigns: ['VISITED'] }, (view, i) => {
  const trip = view.tripAt(i);
  for (const m of view.find(i, trigger('visit'))) {
    if (pattern('group-after-verb').test(view.slice(i, m.end, m.end + 1))) continue; // 考察团, 调研组: a delegation, not a visit
    if (invited(view, i, m.start)) continue;
    const visitors = visitorsOf(view, i, m.start, trip?.leaders);
    if (!visitors.length) continue;
    const clause = view.clause(i, m.end);
    let targets = view.of(i, TARGETS, m.end, clause.end);
    if (targets.length && pattern('verb-before-object').test(view.slice(i, m.end, targets[0].start))) targets = [];
    if (!targets.length) targets = view.of(i, TARGETS, clause.start, m.start).filter((t) => wentTo(view, i, t, m.start));
    visited(view, i, visitors, targets);
  }
  // 率队赴重庆铁路投资集团, 先后前往A和B, 深入A、B等企业: going to a body is visiting it.
  for (const g of [...view.find(i, trigger('go')), ...view.find(i, trigger('enter'))]) {
    // 先后到国家发改委和中国石油、国家电投等企业: the first body gone to may be an organ of state, which is not visited but opens the list.
    const bodies = view.of(i, [...TARGETS, 'GovernmentBody'], g.end, view.clause(i, g.end).end);
    if (!bodies.length || bodies[0].start - g.end > 6 || invited(view, i, g.start) || pattern('guest-coming').test(view.slice(i, g.end, g.end + 1))) continue;
    visited(view, i, visitorsOf(view, i, g.start, trip?.leaders), bodies.filter((b) => TARGETS.includes(b.entity.type)));
  }
  const at = pattern('at-place-opening').exec(view.text(i));
  if (at && trip) {
    const end = view.base(i) + at[0].length;
    // 在海大集团总部，, 在世界500强企业正威国际集团，: the firm ends the opening (a description may stand before it).
    const place = view.of(i, ['Company', 'Organization'], view.base(i) + 1, end).filter((l) => end - l.end <= 4).pop();
    const named = view.of(i, ['Person'], end).shift()?.entity;
    if (place) for (const v of named ? [named] : trip.leaders) view.relate('VISITED', v, place.entity, i);
  }
});

/** 诚挚邀请企业到开发区考察: a visit asked for in the clause, not made. */
function invited(view: DocView, i: number, at: number): boolean {
  return pattern('invitation').test(view.slice(i, view.clause(i, at).start, at));
}

/** 到甲公司调研, 在甲公司参观: a body gone to before the visiting verb, or one the visitor is at right before it. */
function wentTo(view: DocView, i: number, target: Located, verbAt: number): boolean {
  const before = view.slice(i, target.start - 1, target.start);
  if (pattern('going-to').test(before)) return true;
  return pattern('being-at').test(before) && pattern('between-visitor-and-visit').test(view.slice(i, target.end, verbAt));
}

/** 刘春明一行先后来到甲项目、乙项目建设现场，实地察看…，并走访了丙公司: the one person named before the verb, opening the sentence, goes on visiting however long its clauses. */
function subjectOfSentence(view: DocView, i: number, at: number): DocEntity[] | undefined {
  const [first] = view.located[i];
  const people = view.of(i, ['Person'], -Infinity, at);
  return people.length === 1 && first === people[0] ? [first.entity] : undefined;
}

/** How far before the visiting verb's clause a lone visitor may be named. */
const NEAR_VISITOR_REACH = 40;

/** The people named before the verb (a listed group: 全桂寿、李杰云考察了), else the trip's leaders. */
function visitorsOf(view: DocView, i: number, at: number, leaders: DocEntity[] = []): DocEntity[] {
  const named = view.subjects(i, at, pattern('between-visitor-and-visit'));
  if (named.length) return named;
  // 甲书记到滁州调研。他先后来到…: the first person of the sentence before.
  if (i > 0 && pattern('pronoun-visitor').test(view.slice(i, view.clause(i, at).start, at))) {
    const [before] = view.of(i - 1, ['Person']);
    if (before) return [before.entity];
  }
  // 贺伟华，张鸿福率考察团，先后到…: the people who lead the delegation earlier in the sentence.
  const lead = view.find(i, trigger('lead')).filter((l) => l.end <= at).pop();
  const leading = lead ? view.subjects(i, lead.start) : [];
  if (leading.length) return leading;
  const near = view.of(i, ['Person'], view.clause(i, at).start - NEAR_VISITOR_REACH, at).pop();
  if (!near) return subjectOfSentence(view, i, at) ?? leaders;
  if (leaders.includes(near.entity)) return leaders;
  // …，与董事长张水利交流，并顺访了…: the person met (after 与) is not who goes on visiting.
  const clauseStart = view.clause(i, near.start).start;
  if (view.withWords(i).some((w) => w.start >= clauseStart && w.end <= near.start)) return leaders;
  // 甲一行拜会了市长乙，并走访了…: nor the one met after a meeting verb; the one who met them goes on.
  const meeting = view.find(i, trigger('meet')).filter((m) => m.start >= clauseStart && m.end <= near.start).pop();
  if (meeting) return view.subjects(i, meeting.start).length ? view.subjects(i, meeting.start) : leaders;
  return [near.entity];
}

function visited(view: DocView, i: number, visitors: DocEntity[], targets: Located[]): void {
  for (const t of targets) for (const v of visitors) view.relate('VISITED', v, t.entity, i);
}

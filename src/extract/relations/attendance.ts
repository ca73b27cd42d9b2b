// ATTENDED. At an event: the people before 出席/参加/见证 or 宣布…开幕 in a sentence, the
// people listed after 出席仪式的有, and a person with a role (主持, 讲话, 致辞,
// 推介) keeps the role; the event is the one the sentence names or the latest
// named before it. On a trip: the people before a companion word (陪同, 随同,
// 参加考察) in the trip's frame, its leaders aside.
import { trigger, type DocView, type Located, type Trip } from '../view';
import { perSentence } from './rule';
import { firstSentence, type DocEntity } from '../entities';
import { lexicons } from '../lexicons';
import { pattern } from '../patterns';


export const attendance = perSentence({ name: 'attendance', requires: ['trips', 'HOLDS_POSITION'], assigns: ['ATTENDED'] }, (view, i) => {
  const named = view.of(i, ['Event'])[0]?.entity;
  const trip = view.tripAt(i);
  // In a trip's frame, companions join the trip unless the sentence names an event.
  const companions = trip && !named ? view.find(i, trigger('companion')) : [];
  for (const m of companions) {
    // 市领导杨军参加会见: who joins a meeting meets the guests (meetings.ts), and is no member of their trip.
    if (pattern('joins-meeting').test(view.slice(i, m.end, Infinity))) continue;
    // 深圳市副市长黄敏陪同考察: an official of the place visited accompanies the delegation as its host, not as a member.
    const role = lexicons().companionRoles.get(m.text);
    for (const p of attendeesOf(view, i, m, true)) if (!trip!.leaders.includes(p.entity) && !hostOf(view, p.entity, trip!)) view.relate('ATTENDED', p.entity, trip!.entity, i, role ? { role } : undefined);
  }
  const event = view.eventAt(i);
  // 刘洋、赵明随团参加活动: companions of a trip, in a sentence that names no event, join the trip only.
  if (!event || (trip && !named && (trip.sentence > firstSentence(event) || companions.length))) return;
  // Roles first: a person with a role and 出席 keeps the role.
  // A role word inside an event's name (投资环境说明会) is no one's role.
  const names = view.of(i, ['Event'], -Infinity, Infinity, true);
  for (const m of view.find(i, trigger('role')).filter((r) => !names.some((e) => r.start >= e.start && r.end <= e.end))) {
    // 张剑慧、李涛等企业家代表先后发言: each one listed before it; 李爱华在致辞时表示: the speech is the person's role at the event too.
    const listed = view.subjects(i, m.start);
    const nearest = view.of(i, ['Person'], view.clause(i, m.start).start, m.start).pop();
    for (const person of listed.length ? listed : nearest ? [nearest.entity] : []) view.relate('ATTENDED', person, event, i, { role: lexicons().roleAs.get(m.text) ?? m.text });
  }
  // 市委书记某某宣布博览会开幕: who opens the event attends it.
  for (const m of [...view.find(i, trigger('attend')), ...view.find(i, pattern('announces-opening'))]) {
    // 林小勇参加会见: who joins a meeting meets the guests (meetings.ts), and attends no event by it.
    if (pattern('joins-meeting').test(view.slice(i, m.end, Infinity))) continue;
    const people = attendeesOf(view, i, m).map((p) => p.entity);
    // 代表团拜访了…，并出席…推介会: the delegation attends, through its leaders.
    const delegation = !people.length && trip && pattern('delegation-subject').test(view.slice(i, view.base(i), m.start)) ? trip.leaders : [];
    const attended = kindNamedBefore(view, i, m.end) ?? event;
    for (const p of [...people, ...delegation]) view.relate('ATTENDED', p, attended, i);
  }
  // 顾平、张学权代表市政府在会上与…签约: who signs at the event attends it.
  const acts = [...view.find(i, trigger('represent')), ...view.find(i, trigger('sign'))];
  if (acts.length && pattern('at-the-event').test(view.text(i))) {
    const first = acts.reduce((a, b) => (b.start < a.start ? b : a));
    for (const p of view.subjects(i, first.start)) view.relate('ATTENDED', p, event, i);
  }
});

/**
 * 率代表团参加博览会: a bare kind of event right after the verb (no event
 * named there) is the one event of that kind named up to this sentence.
 */
function kindNamedBefore(view: DocView, i: number, at: number): DocEntity | undefined {
  if (view.of(i, ['Event'], at, Infinity, true).some((e) => e.start === at)) return undefined;
  const kind = lexicons().eventWords.filter((w) => view.slice(i, at, at + w.length) === w).sort((a, b) => b.length - a.length)[0];
  if (!kind) return undefined;
  const events = view.entities.filter((e) => e.type === 'Event' && firstSentence(e) <= i && e.mentions.some((m) => m.text.endsWith(kind)));
  return events.length === 1 ? events[0] : undefined;
}

/**
 * The people an attendance verb at `m` is about: those listed after 的有,
 * else those before it since the previous verb of attending (for a
 * companion word, of meeting too: 甲会见了考察团一行，乙陪同考察).
 */
function attendeesOf(view: DocView, i: number, m: { start: number; end: number }, companion = false): Located[] {
  const after = pattern('attendees-listed-after').exec(view.slice(i, m.end, Infinity));
  if (after) return view.of(i, ['Person'], m.end + after[0].length);
  const insideName = (v: { start: number; end: number }) => view.located[i].some((l) => l.start <= v.start && v.end <= l.end); // 合作交流办
  const verbs = [...view.find(i, trigger('attend')), ...(companion ? view.find(i, trigger('meet')) : [])];
  const previous = verbs.filter((v) => v.end <= m.start && !insideName(v)).sort((a, b) => a.end - b.end).pop();
  // 咸辉对宋海良一行来宁参加…表示欢迎: a person who addresses others is the subject of another verb.
  const people = view.of(i, ['Person'], previous?.end ?? -Infinity, m.start).filter((p) => !pattern('addressing').test(view.slice(i, p.end, p.end + 1)) && !metInClause(view, i, p, m.start));
  // 甲参加博览会，并出席签约仪式: a verb joined on by 并 has the subject of the one before.
  if (!people.length && previous && pattern('shared-subject-before').test(view.slice(i, previous.end, m.start))) return attendeesOf(view, i, previous, companion);
  return people;
}

/**
 * 代表团…，与管委会主任丁立新会谈，并出席推介会: a person named after 与 in a
 * clause that ends in a meeting is who the subject met, not the subject of
 * what follows (共同出席 joins them: the verb's own words say so).
 */
function metInClause(view: DocView, i: number, p: Located, verbAt: number): boolean {
  const clause = view.clause(i, p.start);
  if (!pattern('clause-names-partner').test(view.slice(i, clause.start, p.start))) return false;
  if (pattern('attending-together').test(view.slice(i, clause.end, verbAt))) return false;
  return view.find(i, trigger('meet')).some((v) => v.start >= p.end && v.end <= clause.end);
}

/** Whether a person holds a position at one of an outgoing trip's destinations (a visit to the article's own area has no hosts here). */
function hostOf(view: DocView, person: DocEntity, trip: Trip): boolean {
  return !trip.visiting && trip.destinations.some((d) => view.has('HOLDS_POSITION', person, d));
}

// ATTENDED: people listed before 出席/参加 an event, and people with a role
// at it (主持, 讲话, 致辞, 推介) in a sentence that names the event or right
// after the sentence in which it was held; 全程参加
// or 陪同 during a trip joins the trip.
import type { DocView } from '../view';
import type { DocEntity } from '../entities';

const HELD_AFTER = /^.{0,12}(?:举行|举办|召开|开幕)/;
const ATTEND = /出席|参加|参与|亲临/;
const ROLES: Array<[RegExp, string]> = [[/主持/, '主持'], [/讲话/, '讲话'], [/致辞/, '致辞'], [/推介(?!会)/, '推介']];
const ON_TRIP = /全程参加|全程陪同|一同参加|陪同|随同|随行/;
// 县委常委钟明，县商务局负责人随同。: a verb that ends the sentence closes a list of companions.
const ENDS_SENTENCE = /^[。！；;]?$/;

export function attendance(view: DocView, i: number): void {
  const named = view.of(i, ['Event'])[0]?.entity;
  const event = named ?? recentEvent(view, i);
  for (const m of view.find(i, ON_TRIP)) {
    if (!view.trip || named) continue;
    const closesList = ENDS_SENTENCE.test(view.text(i).slice(m.end - view.base(i)));
    const people = view.of(i, ['Person'], closesList ? -Infinity : view.clause(i, m.start).start, m.start);
    for (const p of closesList ? people : people.slice(-1)) {
      if (p.entity !== view.trip.leader) view.relate('ATTENDED', p.entity, view.trip.entity, i);
    }
  }
  if (!event) return;
  for (const [re, role] of ROLES) {
    for (const m of view.find(i, re)) {
      const clause = view.clause(i, m.start);
      const person = view.of(i, ['Person'], clause.start, m.start).pop();
      if (person) view.relate('ATTENDED', person.entity, event, i, { role });
    }
  }
  // Roles first: a person with a role and 出席 keeps the role.
  for (const m of view.find(i, ATTEND)) {
    for (const p of view.of(i, ['Person'], -Infinity, m.start)) view.relate('ATTENDED', p.entity, event, i);
  }
}

/** 推介会在上海举行。省委常委虞爱华出席并致辞: the event held in the sentence before. */
function recentEvent(view: DocView, i: number): DocEntity | undefined {
  if (i === 0) return undefined;
  const text = view.text(i - 1), base = view.base(i - 1);
  const held = view.of(i - 1, ['Event']).filter((e) => HELD_AFTER.test(text.slice(e.end - base, view.clause(i - 1, e.end).end - base)));
  return held.pop()?.entity;
}

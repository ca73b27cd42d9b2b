// ATTENDED: people listed before 出席/参加 an event, and people with a role
// at it (主持, 讲话, 致辞, 推介) in a sentence that names the event; 全程参加
// or 陪同 during a trip joins the trip.
import type { DocView } from '../view';

const ATTEND = /出席|参加|参与|亲临/;
const ROLES: Array<[RegExp, string]> = [[/主持/, '主持'], [/讲话/, '讲话'], [/致辞/, '致辞'], [/推介/, '推介']];
const ON_TRIP = /全程参加|全程陪同|一同参加|陪同/;

export function attendance(view: DocView, i: number): void {
  const event = view.of(i, ['Event'])[0]?.entity;
  for (const m of view.find(i, ON_TRIP)) {
    if (!view.trip || event) continue;
    const person = view.of(i, ['Person'], view.clause(i, m.start).start, m.start).pop();
    if (person && person.entity !== view.trip.leader) view.relate('ATTENDED', person.entity, view.trip.entity, i);
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

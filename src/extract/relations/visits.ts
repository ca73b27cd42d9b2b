// VISITED: 走访/参观/考察/调研 followed by the bodies visited (a 、 list runs
// on), 到X调研, and 在X，某某表示 during a trip. The visitor is the person
// named before the verb, else the leader of the trip under way.
import type { DocView } from '../view';

// Not 深入: 深入落实, 深入推进 are far more common than 深入企业.
const VISIT = /实地走访|走访|参观|考察|调研|拜访|走进|来到|直奔/;
const TARGETS = ['Company', 'Organization', 'Project', 'Zone'];
const AT_PLACE = /^在([^，,。]{2,30})[，,]/;

export function visits(view: DocView, i: number): void {
  for (const m of view.find(i, VISIT)) {
    const visitor = view.of(i, ['Person'], view.clause(i, m.start).start - 40, m.start).pop()?.entity ?? view.trip?.leader;
    if (!visitor) continue;
    const clause = view.clause(i, m.end);
    let targets = view.of(i, TARGETS, m.end, clause.end);
    // 走访企业总部是经开区的任务: a copula ends what was visited.
    if (targets.length && /是/.test(view.text(i).slice(m.end - view.base(i), targets[0].start - view.base(i)))) targets = [];
    if (!targets.length) targets = view.of(i, TARGETS, clause.start, m.start).filter((t) => /^到|^赴/.test(view.text(i).slice(t.start - view.base(i) - 1)));
    for (const t of targets) view.relate('VISITED', visitor, t.entity, i);
  }
  const at = AT_PLACE.exec(view.text(i));
  if (at && view.trip) {
    const end = view.base(i) + at[0].length;
    const place = view.of(i, ['Company', 'Organization'], view.base(i) + 1, end).find((l) => l.start === view.base(i) + 1 && end - l.end <= 4);
    const visitor = view.of(i, ['Person'], end).shift()?.entity ?? view.trip.leader;
    if (place) view.relate('VISITED', visitor, place.entity, i);
  }
}

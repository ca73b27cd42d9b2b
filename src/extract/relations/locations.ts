// LOCATED_IN: 项目签约落位/落户/落地 + zone; 位于Z的P; E在Z举办; Z举行E; a zone
// that is the subject of a sentence listing projects and a landing verb;
// an event held during a trip, at the trip's destination.
import type { DocView } from '../view';

// 项目(将|已|正式)(签约)落户 Z
const LAND = /^(?:将|拟|已|已经|正式|顺利|成功)?(?:签约)?(?:落位|落户|落地|入驻|进驻|落子|位于)/;
const LANDING = /落位|落地|落户|开工|投产|竣工|签约|入驻|进驻|建设/;
const HOLD = /^(?:在|于)/;
const HELD = /^(?:举办|举行|召开|开幕|启动)/;
const WHERE = ['Zone', 'Place'];

export function locations(view: DocView, i: number): void {
  const text = view.text(i), base = view.base(i);
  const all = view.located[i];
  const after = (end: number) => text.slice(end - base);
  for (const [k, l] of all.entries()) {
    const next = all[k + 1];
    const type = l.entity.type;
    if (!next) continue;
    const between = text.slice(l.end - base, next.start - base);
    if ((type === 'Project' || type === 'Company') && LAND.test(between) && between.length <= 7 && WHERE.includes(next.entity.type)) {
      view.relate('LOCATED_IN', l.entity, next.entity, i);
    }
    if (type === 'Event' && HOLD.test(between) && WHERE.includes(next.entity.type) && HELD.test(after(next.end))) {
      view.relate('LOCATED_IN', l.entity, next.entity, i);
    }
    if (WHERE.includes(type) && next.entity.type === 'Event' && HELD.test(between)) view.relate('LOCATED_IN', next.entity, l.entity, i);
    if (WHERE.includes(type) && next.entity.type === 'Project' && /位于$/.test(text.slice(0, l.start - base)) && /^的$/.test(between)) {
      view.relate('LOCATED_IN', next.entity, l.entity, i);
    }
  }
  subjectZone(view, i);
  if (view.trip && view.trip.sentence < i) {
    for (const e of view.of(i, ['Event'])) {
      if (/(?:召开|举办|举行)$/.test(text.slice(0, e.start - base))) for (const d of view.trip.destinations) view.relate('LOCATED_IN', e.entity, d, i);
    }
  }
}

/** 长春国际汽车城…推动A、B、C等项目快速落位: the projects are in the zone the sentence is about. */
function subjectZone(view: DocView, i: number): void {
  const projects = view.of(i, ['Project']);
  if (!projects.length) return;
  const bodies = new Set(view.titles[i].map((t) => t.start));
  const zone = view.of(i, ['Zone'], -Infinity, projects[0].start).find((z) => !bodies.has(z.end));
  if (!zone) return;
  const rest = view.text(i).slice(projects[projects.length - 1].end - view.base(i));
  if (!LANDING.test(rest)) return;
  // A project whose own place the sentence states (A项目落位朝阳经开区) keeps it.
  const placed = new Set(view.candidates.filter((c) => c.type === 'LOCATED_IN' && c.sentence === i).map((c) => c.source));
  for (const p of projects) if (!placed.has(p.entity)) view.relate('LOCATED_IN', p.entity, zone.entity, i);
}

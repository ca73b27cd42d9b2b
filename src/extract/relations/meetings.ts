// MET_WITH: 与[title]某某座谈/会见/交流 (the partners between 与 and the verb),
// 会见了[title]某某 (the partners after the verb). The subject is the person
// before, or the one named after (在与…座谈时，某某表示), or the trip's leaders.
// On a visit to the article's own area (X一行来我区考察), the local officials
// who 陪同 or 参加 met the visitors.
import { trigger } from '../view';
import type { DocEntity } from '../entities';
import { perSentence } from './rule';
import { pattern } from '../patterns';

/** No gap: the subject list that ends right where asked. */
const RIGHT_AFTER = /^$/;

export const meetings = perSentence({ name: 'meetings', requires: ['trips', 'HOLDS_POSITION', 'VISITED'], assigns: ['MET_WITH'] }, (view, i) => {
  const trip = view.tripAt(i);
  for (const m of view.find(i, trigger('meet'))) {
    const withWord = view.withWords(i).filter((w) => w.end <= m.start && w.start >= view.clause(i, m.start).start - 30).pop();
    let partners = withWord ? view.of(i, ['Person'], withWord.start, m.start) : [];
    let before = withWord ? withWord.start : m.start;
    if (!partners.length) {
      partners = view.of(i, ['Person'], m.end, view.clause(i, m.end).end);
      before = m.start;
    }
    if (!partners.length) {
      // 宁波市副市长李关定会见了考察团一行: the guests are the delegation, met through its leaders.
      if (trip && pattern('delegation-subject').test(view.slice(i, m.end, view.clause(i, m.end).end))) {
        for (const host of view.subjects(i, m.start)) for (const l of trip.leaders) if (host !== l) view.relate('MET_WITH', host, l, i);
      }
      continue;
    }
    // 市委书记A、市长B会见了…: every host listed before the verb meets every guest.
    const notPartner = (p: DocEntity) => !partners.some((q) => q.entity === p);
    const listed = view.subjects(i, before).filter(notPartner);
    // 甲、乙拜访了丙公司，与董事长丁座谈: the nearest person before, with those listed with it.
    const nearest = () => {
      const p = view.of(i, ['Person'], view.clause(i, before).start - 40, before).pop();
      return p ? view.subjects(i, p.end, RIGHT_AFTER).filter(notPartner) : [];
    };
    const named = () => view.of(i, ['Person'], m.end).map((p) => p.entity).filter(notPartner).slice(0, 1);
    const near = listed.length ? [] : nearest();
    const subjects: DocEntity[] = listed.length ? listed : near.length ? near : named();
    for (const s of subjects.length ? subjects : trip?.leaders ?? []) {
      for (const p of partners) view.relate('MET_WITH', s, p.entity, i);
    }
  }
  // 参加|会见, 陪同|座谈交流: a companion word that joins a meeting.
  const joining = view.find(i, trigger('companion')).filter((c) => pattern('joins-meeting').test(view.slice(i, c.end, Infinity)));
  // 美的集团副总裁王建国参加座谈: on a trip, who joins the meeting for a body the delegation visited meets its leaders.
  if (trip && !trip.visiting) {
    for (const c of joining) {
      // 宁波市委常委、秘书长胡军，副市长李关定参加座谈: the people of the clause, and those listed with their titles before it.
      const joiners = new Set([...view.of(i, ['Person'], view.clause(i, c.start).start, c.start).map((p) => p.entity), ...view.subjects(i, c.start)]);
      for (const p of joiners) {
        // …and so does an official of the place the trip went to.
        const host = view.targets('HOLDS_POSITION', p).some((b) => trip.destinations.includes(b) || trip.leaders.some((l) => view.has('VISITED', l, b)));
        if (host && !trip.leaders.includes(p)) for (const l of trip.leaders) view.relate('MET_WITH', l, p, i);
      }
    }
  }
  // 副省长卢山参加会见: outside a trip, who joins the meeting reported before meets its guests
  // (not one of a firm, who came with them: 甲公司总经理乙参加会见).
  const met = trip ? undefined : view.latest('MET_WITH', i);
  if (met) {
    const guests = view.targets('MET_WITH', met.source);
    const ofAFirm = (p: DocEntity) => view.targets('HOLDS_POSITION', p).some((b) => b.type === 'Company');
    for (const c of joining) {
      for (const p of view.of(i, ['Person'], view.base(i), c.start)) {
        if (p.entity !== met.source && !guests.includes(p.entity) && !ofAFirm(p.entity)) for (const g of guests) view.relate('MET_WITH', p.entity, g, i);
      }
    }
  }
  if (trip?.visiting && i - trip.sentence <= 1) {
    for (const c of view.find(i, trigger('companion'))) {
      for (const p of view.of(i, ['Person'], view.base(i), c.start)) {
        if (trip.leaders.includes(p.entity)) continue;
        for (const l of trip.leaders) view.relate('MET_WITH', p.entity, l, i);
      }
    }
  }
});


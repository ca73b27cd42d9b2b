// Trips: 6月14日至16日，党工委书记谢志敏带队赴杭州开展招商活动. The leader is
// the person before 带队/率队/率团, the destinations the places and zones
// after 赴/前往; the dates take their year from the article's date line.
import type { DocView } from '../view';
import type { DocEntity } from '../entities';

const TRIP = /(?:带队|率队|率团|带领|率领|一行)[^，,。；]{0,12}?(?:赴|前往|到|奔赴|抵达)/;
const DATES = /(\d{1,2})月(\d{1,2})日(?:(?:至|到|—|－|-|、)(?:(\d{1,2})月)?(\d{1,2})日)?/;

export function trips(view: DocView, i: number, nextId: () => string, year?: string): DocEntity | undefined {
  const m = view.find(i, TRIP)[0];
  if (!m) return undefined;
  const leader = view.of(i, ['Person'], -Infinity, m.start).pop();
  if (!leader) return undefined;
  const clause = view.clause(i, m.end);
  const destinations = view.of(i, ['Place', 'Zone'], m.end, clause.end).map((l) => l.entity);
  if (!destinations.length) return undefined;
  const dates = dateRange(view.text(i).slice(0, m.start - view.base(i)), year);
  const trip: DocEntity = {
    id: nextId(), type: 'Trip', mentions: [], aliases: [],
    name: `${leader.entity.name}赴${destinations.map((d) => d.name).join('、')}`,
    props: dates ?? {},
  };
  view.relate('LED', leader.entity, trip, i);
  for (const d of destinations) view.relate('DESTINATION', trip, d, i);
  view.trip = { entity: trip, leader: leader.entity, destinations, sentence: i };
  view.trips.push(view.trip);
  return trip;
}

function dateRange(text: string, year?: string): { start: string; end: string } | undefined {
  const m = DATES.exec(text);
  if (!m) return undefined;
  const y = year ? `${year}-` : '--';
  const iso = (mo: string, d: string) => `${y}${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const start = iso(m[1], m[2]);
  return { start, end: m[4] ? iso(m[3] ?? m[1], m[4]) : start };
}

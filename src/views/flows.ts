// Trip flows between regions: for each trip, where its leader's area is (the
// body of the leader's position in the trip's article, lifted to the level
// asked for; a zone or organ with no place in its name stands in the one
// division the article names besides the trip's destinations) and where the
// trip went. A trip whose origin cannot be decided is counted as unknown and
// listed, never guessed. Computed by one read on either store.
import type { GraphStore } from '../store/store';
import { areaOf, type AreaEntity, type AreaLevel } from './areas';
import { inPeriod, monthOf, type Period } from './periods';

export interface Flow { from: string; to: string; trips: number; leaders: string[]; first: string | null; last: string | null }

/** One trip as the flows count it, with the evidence a reader checks. */
export interface TripFact { trip: string; name: string; start: string | null; leaders: string[]; from?: string; to: string[]; doc: string; evidence: string; evidenceStart: number; evidenceEnd: number }

export interface FlowReport {
  flows: Flow[];
  /** Trips whose origin (or every destination) could not be placed at the level. */
  unknown: TripFact[];
  /** Trips left out by a time filter because their date has no year. */
  undated: number;
  trips: TripFact[];
}

interface TripRow {
  trip: string; name: string; start: string | null; doc: string; evidence: string; evidenceStart: number; evidenceEnd: number; leader: string;
  destination: string; destinationAliases: string[] | null; destinationLabel: string;
  body: string | null; bodyAliases: string[] | null; bodyLabel: string | null;
}

export async function tripFlows(store: GraphStore, level: AreaLevel, period: Period = {}): Promise<FlowReport> {
  const d = store.dialect;
  const rows = (await store.read(`MATCH (p:Person)-[l:LED]->(t:Trip)-[:DESTINATION]->(x)
OPTIONAL MATCH (p)-[h:HOLDS_POSITION]->(b) WHERE h.doc = l.doc
RETURN t.key AS trip, t.name AS name, t.start AS start, l.doc AS doc, l.evidence AS evidence, l.evidence_start AS evidenceStart, l.evidence_end AS evidenceEnd, p.name AS leader,
  x.name AS destination, x.aliases AS destinationAliases, ${d.label('x')} AS destinationLabel,
  b.name AS body, b.aliases AS bodyAliases, ${d.label('b')} AS bodyLabel`)).rows as unknown as TripRow[];
  const docAreas = await documentAreas(store, [...new Set(rows.map((r) => r.doc))], level);
  const trips = new Map<string, TripFact & { origins: Set<string> }>();
  for (const r of rows) {
    let t = trips.get(r.trip);
    if (!t) trips.set(r.trip, (t = { trip: r.trip, name: r.name, start: r.start, leaders: [], to: [], doc: r.doc, evidence: r.evidence, evidenceStart: Number(r.evidenceStart), evidenceEnd: Number(r.evidenceEnd), origins: new Set() }));
    if (!t.leaders.includes(r.leader)) t.leaders.push(r.leader);
    const to = areaOf({ name: r.destination, aliases: r.destinationAliases, label: r.destinationLabel }, level);
    if (to && !t.to.includes(to)) t.to.push(to);
    if (r.body) {
      const from = areaOf({ name: r.body, aliases: r.bodyAliases, label: r.bodyLabel ?? '' }, level);
      if (from) t.origins.add(from);
    }
  }
  const report: FlowReport = { flows: [], unknown: [], undated: 0, trips: [] };
  const flows = new Map<string, Flow>();
  for (const t of trips.values()) {
    // A zone or organ without a place in its name: the article's one other division.
    if (!t.origins.size) {
      const home = (docAreas.get(t.doc) ?? []).filter((a) => !t.to.includes(a));
      if (home.length === 1) t.origins.add(home[0]);
    }
    const { origins, ...fact } = t;
    fact.from = origins.size === 1 ? [...origins][0] : undefined;
    if (!inPeriod(t.start, period)) { if (!monthOf(t.start) && (period.from || period.to)) report.undated++; continue; }
    report.trips.push(fact);
    if (!fact.from || !fact.to.length) { report.unknown.push(fact); continue; }
    for (const to of fact.to) {
      if (to === fact.from) continue;
      const key = `${fact.from}\u0000${to}`;
      const f = flows.get(key) ?? { from: fact.from, to, trips: 0, leaders: [], first: null, last: null };
      f.trips++;
      for (const l of fact.leaders) if (!f.leaders.includes(l)) f.leaders.push(l);
      const day = monthOf(t.start) ? t.start : null;
      if (day && (!f.first || day < f.first)) f.first = day;
      if (day && (!f.last || day > f.last)) f.last = day;
      flows.set(key, f);
    }
  }
  report.flows = [...flows.values()].sort((a, b) => b.trips - a.trips || (a.from + a.to < b.from + b.to ? -1 : 1));
  return report;
}

/** The divisions each document names, lifted to the level (its places, for origins named by a bare zone). */
async function documentAreas(store: GraphStore, docs: string[], level: AreaLevel): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!docs.length) return out;
  const d = store.dialect;
  const rows = (await store.read(`MATCH (x:Place)-[:MENTIONED_IN]->(doc:Document) WHERE doc.key IN $docs
RETURN doc.key AS doc, x.name AS name, x.aliases AS aliases, ${d.label('x')} AS label`, { docs })).rows as unknown as Array<AreaEntity & { doc: string }>;
  for (const r of rows) {
    const area = areaOf(r, level === 'zone' ? 'city' : level);
    const list = out.get(r.doc) ?? [];
    if (area && !list.includes(area)) list.push(area);
    out.set(r.doc, list);
  }
  return out;
}

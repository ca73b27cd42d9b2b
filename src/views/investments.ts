// Announced investment over time: each project once per status (签约,
// 落位, 开工, 投产, 竣工), its amount in yuan (foreign currency kept as
// written and reported apart, never converted), its area (LOCATED_IN,
// lifted to the level asked for) and its date (the date of the article that
// places it, else of the first article that names it). Grouped by area,
// period and status. One read on either store.
import type { GraphStore } from '../store/store';
import { areaOf, type AreaLevel } from './areas';
import { periodOf, type Granularity } from './periods';

export interface InvestmentRow {
  area: string | null; period: string | null; status: string | null;
  projects: number; amount_yuan: number; without_amount: number;
  /** Amounts in another currency, as written (5000万美元): not added to amount_yuan. */
  foreign: string[];
}

/** One project as counted, with what a reader checks it against. */
export interface ProjectFact {
  key: string; name: string; status: string | null; amount_yuan: number | null; investment: string | null; area: string | null; date: string | null;
  investors: string[];
  /** The sentence that places the project, and its article (for the viewer to open). */
  evidence: { doc: string; text: string; start: number; end: number } | null;
}

interface ProjectRow {
  key: string; name: string; status: string | null; investment: string | null; yuan: string | number | null;
  area: string | null; areaAliases: string[] | null; areaLabel: string | null; placedIn: string | null; placedDate: string | null; docDate: string | null;
  evidence: string | null; evidenceStart: number | null; evidenceEnd: number | null; investor: string | null; placedStatus: string | null;
}

export interface InvestmentQuery { by: AreaLevel; per: Granularity; statuses?: string[] }

export async function investments(store: GraphStore, q: InvestmentQuery): Promise<{ rows: InvestmentRow[]; projects: ProjectFact[] }> {
  const d = store.dialect;
  const rows = (await store.read(`MATCH (j:Project)
OPTIONAL MATCH (j)-[l:LOCATED_IN]->(a)
OPTIONAL MATCH (placed:Document) WHERE placed.key = l.doc
OPTIONAL MATCH (j)-[:MENTIONED_IN]->(doc:Document)
OPTIONAL MATCH (c:Company)-[:INVESTS_IN]->(j)
RETURN j.key AS key, j.name AS name, j.status AS status, j.investment AS investment, j.investment_yuan AS yuan,
  a.name AS area, a.aliases AS areaAliases, ${d.label('a')} AS areaLabel, l.doc AS placedIn, placed.date AS placedDate, doc.date AS docDate,
  l.evidence AS evidence, l.evidence_start AS evidenceStart, l.evidence_end AS evidenceEnd, c.name AS investor, l.status AS placedStatus`)).rows as unknown as ProjectRow[];
  const projects = new Map<string, ProjectFact>();
  /** Each project's statuses as its articles report them (on LOCATED_IN), each with its first date. */
  const reported = new Map<string, Map<string, string | null>>();
  for (const r of rows) {
    if (r.placedStatus) {
      const statuses = reported.get(r.key) ?? new Map<string, string | null>();
      const date = r.placedDate || null, known = statuses.get(r.placedStatus);
      statuses.set(r.placedStatus, known === undefined ? date : !date ? known : !known || date < known ? date : known);
      reported.set(r.key, statuses);
    }
    const p = projects.get(r.key) ?? { key: r.key, name: r.name, status: r.status || null, amount_yuan: yuan(r.yuan), investment: r.investment || null, area: null, date: null, investors: [], evidence: null };
    if (r.investor && !p.investors.includes(r.investor)) p.investors.push(r.investor);
    if (r.placedIn && r.evidence && (!p.evidence || r.placedIn < p.evidence.doc)) p.evidence = { doc: r.placedIn, text: r.evidence, start: Number(r.evidenceStart), end: Number(r.evidenceEnd) };
    const area = r.area ? areaOf({ name: r.area, aliases: r.areaAliases, label: r.areaLabel ?? '' }, q.by) ?? null : null;
    // The first area in name order, so that the answer does not depend on the order rows come in.
    if (area && (!p.area || area < p.area)) p.area = area;
    const date = r.placedDate || r.docDate;
    if (date && (!p.date || date < p.date)) p.date = date;
    projects.set(r.key, p);
  }
  // A project once per status: signed in one article and started in a later one counts for both, each with its own date.
  const facts = [...projects.values()].flatMap((p): ProjectFact[] => {
    const statuses = reported.get(p.key);
    return statuses ? [...statuses].map(([status, date]) => ({ ...p, status, date: date ?? p.date })) : [p];
  });
  const wanted = q.statuses?.length ? new Set(q.statuses) : undefined;
  const groups = new Map<string, InvestmentRow>();
  for (const p of facts) {
    if (wanted && !wanted.has(p.status ?? '')) continue;
    const period = periodOf(p.date, q.per);
    const key = JSON.stringify([p.area, period, p.status]);
    const g = groups.get(key) ?? { area: p.area, period, status: p.status, projects: 0, amount_yuan: 0, without_amount: 0, foreign: [] };
    g.projects++;
    if (p.amount_yuan !== null) g.amount_yuan += p.amount_yuan;
    else if (p.investment) g.foreign.push(p.investment);
    else g.without_amount++;
    groups.set(key, g);
  }
  const order = (v: string | null) => v ?? '\uffff'; // unknown areas and periods last
  return {
    rows: [...groups.values()].sort((a, b) => order(a.area).localeCompare(order(b.area)) || order(a.period).localeCompare(order(b.period)) || order(a.status).localeCompare(order(b.status))),
    projects: facts,
  };
}

const yuan = (v: string | number | null) => (v === null || v === '' ? null : Number(v));

// The research views over the graph's stage: trip flows between regions (a
// map of provinces with arcs, the origin–destination matrix beside it) and
// announced investment over time (bars by area and period, stacked by
// status). The pictures are the server's, the same the command line draws;
// a click on an arc or a bar lists its trips or projects, each with the
// sentence that reports it and a link to its article.
import { $, state } from './view';
import { openDocument } from './panel';
import { language, onLanguageChange, t } from './i18n';
import type { MessageKey } from './messages';
import { guarded } from './status';
import { api, type Flow, type InvestmentRow, type ProjectFact, type TripFact } from './api';


type View = 'flows' | 'investments';
let shown: View | undefined;
/** Counts drawings: an answer that a later drawing replaced is dropped, whatever order answers arrive in. */
let latest = 0;
const options = { level: 'province', by: 'city', per: 'year' };

export function wireResearchViews(): void {
  $('view-flows').onclick = guarded(() => open('flows'));
  $('view-investments').onclick = guarded(() => open('investments'));
  $('research-close').onclick = () => { shown = undefined; $('research').hidden = true; };
  onLanguageChange(() => { if (shown) void open(shown); });
}

/** Shows a view, drawn again whenever its options or the date filter change. */
export async function open(view: View): Promise<void> {
  shown = view;
  $('research').hidden = false;
  $('research-details').replaceChildren();
  const mine = ++latest;
  const isLatest = () => mine === latest;
  if (view === 'flows') await showFlows(isLatest);
  else await showInvestments(isLatest);
}

function select(name: keyof typeof options, values: string[], label: MessageKey): HTMLElement {
  const wrap = document.createElement('label');
  const s = document.createElement('select');
  s.id = `research-${name}`;
  for (const v of values) s.append(Object.assign(document.createElement('option'), { value: v, textContent: t(`views.${v}` as MessageKey), selected: options[name] === v }));
  s.onchange = guarded(async () => { options[name] = s.value; if (shown) await open(shown); });
  wrap.append(`${t(label)} `, s, ' ');
  return wrap;
}

async function showFlows(isLatest: () => boolean): Promise<void> {
  $('research-options').replaceChildren(select('level', ['province', 'city'], 'views.level'));
  const q = { level: options.level, lang: language(), ...(state.from ? { from: state.from } : {}), ...(state.to ? { to: state.to } : {}) };
  const [report, svg] = await Promise.all([api.flows(q), api.flowMap(q)]);
  if (!isLatest()) return;
  $('research-figure').innerHTML = svg; // the server's own drawing, names escaped there
  $('research-note').textContent = t('views.flowsNote', { unknown: report.unknown.length, undated: report.undated });
  $('research-hint').textContent = t('views.clickArc');
  for (const arc of $('research-figure').querySelectorAll<SVGPathElement>('.arc')) {
    arc.onclick = () => listTrips(report.trips.filter((x) => x.from === arc.dataset.from && x.to.includes(arc.dataset.to ?? '')));
  }
  $('research-table').replaceChildren(matrix(report.flows));
}

/** The origin–destination matrix, each cell shaded by its trips. */
function matrix(flows: Flow[]): HTMLTableElement {
  const origins = [...new Set(flows.map((f) => f.from))], destinations = [...new Set(flows.map((f) => f.to))];
  const most = Math.max(1, ...flows.map((f) => f.trips));
  const table = document.createElement('table');
  table.className = 'matrix';
  const head = table.createTHead().insertRow();
  head.append(Object.assign(document.createElement('th'), { textContent: `${t('views.from')} \\ ${t('views.to')}` }));
  for (const d of destinations) head.append(Object.assign(document.createElement('th'), { textContent: d }));
  for (const o of origins) {
    const row = table.insertRow();
    row.append(Object.assign(document.createElement('th'), { textContent: o }));
    for (const d of destinations) {
      const trips = flows.find((f) => f.from === o && f.to === d)?.trips ?? 0;
      const cell = row.insertCell();
      cell.textContent = trips ? String(trips) : '';
      if (trips) cell.style.background = `rgba(217, 72, 15, ${(0.15 + 0.65 * trips / most).toFixed(2)})`;
    }
  }
  return table;
}

function evidenceItem(title: string, detail: string, quote: string, doc: string, start: number, end: number): HTMLLIElement {
  const li = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href: '#', textContent: t('views.openArticle') });
  link.onclick = (e) => { e.preventDefault(); void openDocument(doc, start, end); };
  li.append(Object.assign(document.createElement('strong'), { textContent: title }), ` ${detail} `, Object.assign(document.createElement('q'), { textContent: quote }), ' ', link);
  return li;
}

function listTrips(trips: TripFact[]): void {
  const list = document.createElement('ul');
  for (const x of trips) list.append(evidenceItem(x.name, `${x.leaders.join('、')} ${x.start ?? ''}`, x.evidence, x.doc, x.evidenceStart, x.evidenceEnd));
  $('research-details').replaceChildren(list);
}

async function showInvestments(isLatest: () => boolean): Promise<void> {
  $('research-options').replaceChildren(select('by', ['zone', 'city', 'province'], 'views.by'), select('per', ['year', 'quarter', 'month'], 'views.per'));
  const q = { by: options.by, per: options.per, lang: language() };
  const [data, svg] = await Promise.all([api.investments(q), api.investmentChart(q)]);
  if (!isLatest()) return;
  $('research-figure').innerHTML = svg;
  $('research-note').textContent = '';
  $('research-hint').textContent = t('views.clickBar');
  for (const bar of $('research-figure').querySelectorAll<SVGRectElement>('.bar')) {
    bar.onclick = () => listProjects(data.projects.filter((p) => (p.area ?? '') === bar.dataset.area && (p.period ?? '') === bar.dataset.period));
  }
  $('research-table').replaceChildren(investmentTable(data.rows));
}

function listProjects(projects: ProjectFact[]): void {
  const list = document.createElement('ul');
  for (const p of projects) {
    const detail = `${p.status ?? ''} ${p.investment ?? ''} ${t('views.investors')}: ${p.investors.join('、') || t('views.none')}`;
    if (p.evidence) list.append(evidenceItem(p.name, detail, p.evidence.text, p.evidence.doc, p.evidence.start, p.evidence.end));
    else list.append(Object.assign(document.createElement('li'), { textContent: `${p.name} ${detail}` }));
  }
  $('research-details').replaceChildren(list);
}

function investmentTable(rows: InvestmentRow[]): HTMLTableElement {
  const table = document.createElement('table');
  const keys: MessageKey[] = ['views.area', 'views.period', 'views.status', 'views.projects', 'views.amount', 'views.withoutAmount'];
  const head = table.createTHead().insertRow();
  for (const k of keys) head.append(Object.assign(document.createElement('th'), { textContent: t(k) }));
  for (const r of rows) {
    const row = table.insertRow();
    for (const v of [r.area ?? '', r.period ?? '', r.status ?? '', r.projects, (r.amount_yuan / 1e8).toFixed(2), r.without_amount]) row.insertCell().textContent = String(v);
  }
  return table;
}

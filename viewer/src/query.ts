// The Cypher box: running a query (its answer replaces the picture, or shows
// as a table), the table of entities shown, query history and saved queries.
import { api, ApiError } from './api';
import { $, graph, renderer, session } from './view';
import { dropLayout, layoutResult } from './layout';
import { askForPicture, load, select } from './picture';
import { loading, report, status } from './status';
import { setHash } from './url';
import { showHint } from './panel';
import { hasMessage, language, onLanguageChange, t } from './i18n';
import { relationName, typeName } from './names';
import { renderTable, type Cell } from './table';
import { queryHistory, remember, savedQueries } from './saved-queries';

/** Counts queries: the answer to one that a later query replaced is dropped, whatever order answers arrive in. */
/** The table shown under the picture, drawn again when the language changes. */
let drawTable: (() => void) | undefined;
/** What went wrong with the last query, if it failed. */
let failure: ApiError | undefined;
/** The query that failed, for marking the place of its error. */
let failedQuery = '';
/** The parameters of the ready-made query picked last ($place = 杭州市): sent with any query that names them. */
let queryParams: Record<string, string> = {};

/** Picks a ready-made query's parameters (none for a query typed, saved or from the history), shown under the box. */
export function setQueryParams(params: Record<string, string> = {}) {
  queryParams = params;
  $('query-params').textContent = Object.entries(params).map(([k, v]) => `$${k} = ${v}`).join('   ');
}

/** Of the parameters picked, those the query names: a query edited not to use one is not sent it. */
function paramsOf(cypher: string): Record<string, string> {
  return Object.fromEntries(Object.entries(queryParams).filter(([k]) => new RegExp(`\\$${k}\\b`).test(cypher)));
}

onLanguageChange(() => {
  if (!$('table').hidden) drawTable?.();
  showFailure(failure);
  fillQueryLists();
});

/**
 * Why the last query failed, in the interface's language when kg knows the
 * refusal, with the place in the query marked under the box, and the
 * server's own words on a line of their own.
 */
function showFailure(error: ApiError | undefined) {
  failure = error;
  const box = $('query-error');
  if (!error) { box.replaceChildren(); return; }
  const { refusal } = error;
  const key = `refusal.${refusal?.code}`;
  const known = !!refusal && hasMessage(key);
  const said = known ? t(key, refusal.params ?? {}) : error.message.replace(/^query: /, '');
  const lines: HTMLElement[] = [line('div', t('query.failed', { message: said }))];
  if (refusal?.offset !== undefined) lines.push(...positionOf(failedQuery, refusal.offset));
  if (known) lines.push(line('div', t('query.original', { message: error.message }), 'hint'));
  box.replaceChildren(...lines);
}

/** The query's line with the offending place, and a caret under it (第 2 行，第 10 列). */
function positionOf(cypher: string, offset: number): HTMLElement[] {
  const before = cypher.slice(0, offset);
  const lineNo = before.split('\n').length, column = offset - before.lastIndexOf('\n');
  const text = cypher.split('\n')[lineNo - 1] ?? '';
  return [line('div', t('query.position', { line: lineNo, column })), line('pre', `${text}\n${' '.repeat(column - 1)}^`, 'caret')];
}

function line<K extends 'div' | 'pre'>(tag: K, text: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

export async function runQuery() {
  const cypher = ($('cypher') as HTMLTextAreaElement).value;
  // A newer query, or a newer picture (全图, a path) asked for while this one runs, makes its answer stale.
  const stale = askForPicture();
  showFailure(undefined);
  loading(() => t('query.running'));
  try {
    const params = paramsOf(cypher);
    const res = await api.query(cypher, params);
    if (stale()) return;
    setHash({ q: cypher, params });
    remember(cypher);
    fillQueryLists();
    if (res.subgraph.nodes.length) { load(res.subgraph, true); layoutResult(); }
    else { clearPicture(); status(() => t('query.tableOnly', { count: res.rows.length })); }
    showTable(res.columns, res.rows, !res.subgraph.nodes.length, new Map(res.subgraph.nodes.map((n) => [n.key, n.name])));
  } catch (e) {
    if (stale()) return;
    // The old picture and table would pass for this query's answer: they go.
    clearPicture();
    $('table').hidden = true;
    status(() => '');
    failedQuery = cypher;
    showFailure(e instanceof ApiError ? e : new ApiError((e as Error).message));
  } finally {
    if (!stale()) loading(undefined);
  }
}

/** An answer that is not a picture (rows of numbers, a failure) leaves no older picture behind to pass for it. */
function clearPicture() {
  dropLayout();
  graph.clear();
  showHint($('panel'));
  renderer.refresh();
}

/** The entity a row stands for: its first node, else its first relationship's source. */
function entityOfRow(row: Record<string, unknown>, columns: string[]): string | undefined {
  const values = columns.map((c) => row[c] as { _kind?: string; key?: string; source?: string } | null);
  return values.find((v) => v?._kind === 'node')?.key ?? values.find((v) => v?._kind === 'relationship')?.source;
}

/** A query's rows as a table (nodes and relationships by name): shown at once when the query drew nothing. */
function showTable(columns: string[], rows: Array<Record<string, unknown>>, show: boolean, names: Map<string, string>) {
  const name = (key: string | undefined) => (key ? names.get(key) ?? key : '?');
  const cell = (v: unknown): Cell => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return v;
    if (typeof v !== 'object') return String(v);
    const o = v as { _kind?: string; type?: string; source?: string; target?: string; properties?: Record<string, unknown>; key?: string; nodes?: Array<{ key: string }> };
    // A relationship by its type and its two ends (谢志敏 → 长春经开区), not by its key; a path by the names along it.
    if (o._kind === 'relationship') return `${relationName(o.type ?? '')}: ${name(o.source)} → ${name(o.target)}`;
    if (o._kind === 'path') return (o.nodes ?? []).map((n) => name(n.key)).join(' → ');
    return String(o.properties?.name ?? o.key ?? JSON.stringify(v));
  };
  const cells = rows.map((r) => columns.map((c) => cell(r[c])));
  const keys = rows.map((r) => entityOfRow(r, columns));
  drawTable = () => renderTable($('table'), columns, cells, 'kg-query.csv', { keys, onRow: (key) => { select(key).catch(report); } });
  drawTable();
  $('table').hidden = !show;
}

/** The entities in the picture (the filters applied) as a table. */
export function showEntities() {
  drawTable = showEntities;
  const shown = graph.filterNodes((n) => !renderer.getNodeDisplayData(n)?.hidden);
  const rows = shown.map((n): Cell[] => {
    const a = graph.getNodeAttributes(n);
    return [a.label as string, typeName(a.entityType as string), graph.degree(n), ((a.aliases as string[]) ?? []).join(t('list.separator'))];
  });
  renderTable($('table'), [t('table.name'), t('table.type'), t('table.degree'), t('table.aliases')], rows, 'kg-entities.csv', { keys: shown, onRow: (key) => { select(key).catch(report); } });
  $('table').hidden = false;
}

/** The ready-made and saved queries, and the history, in their lists. */
export function fillQueryLists() {
  const option = (value: string, text: string) => Object.assign(document.createElement('option'), { value, textContent: text });
  const presets = $('presets');
  presets.replaceChildren(presets.firstElementChild!, ...session.meta.presets.map((p, i) => option(`preset:${i}`, p.title[language()])));
  const saved = savedQueries();
  if (saved.length) {
    const group = Object.assign(document.createElement('optgroup'), { label: t('query.saved') });
    for (const q of saved) group.append(Object.assign(document.createElement('option'), { value: q.cypher, textContent: q.name }));
    presets.append(group);
  }
  $('history').replaceChildren($('history').firstElementChild!, ...queryHistory().map((q) => Object.assign(document.createElement('option'), { value: q, textContent: q.replace(/\s+/g, ' ').slice(0, 80) })));
}


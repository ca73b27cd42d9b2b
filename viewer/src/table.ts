// A table of rows under the picture: sortable by any column (click its
// head), filtered by a text box, downloadable as CSV (UTF-8 with a
// byte-order mark, so spreadsheets read the Chinese). Cells are text only.
import { download } from './export';
import { t } from './i18n';

export type Cell = string | number;

/** A row that stands for an entity: clicking it selects that entity in the picture. */
export interface RowLinks { keys: Array<string | undefined>; onRow(key: string): void }

/** Shows the rows in `container`, at most `limit` of them on screen (all of them in the CSV). */
export function renderTable(container: HTMLElement, columns: string[], cells: Cell[][], csvName: string, links?: RowLinks, limit = 1000): void {
  let sortBy = -1, descending = false, filter = '';
  // Each row keeps its entity's key through sorting and filtering.
  const rows = cells.map((r, i) => Object.assign([...r], { key: links?.keys[i] }));
  const filterBox = Object.assign(document.createElement('input'), { type: 'search', placeholder: t('table.filter'), className: 'table-filter' });
  const csv = Object.assign(document.createElement('button'), { textContent: 'CSV', className: 'table-csv' });
  const count = Object.assign(document.createElement('span'), { className: 'table-count' });
  const table = document.createElement('table');
  const visible = () => {
    const shown = filter ? rows.filter((r) => r.some((c) => String(c).includes(filter))) : [...rows];
    if (sortBy >= 0) shown.sort((a, b) => compare(a[sortBy], b[sortBy]) * (descending ? -1 : 1));
    return shown;
  };
  const draw = () => {
    const shown = visible();
    const head = document.createElement('tr');
    columns.forEach((c, i) => {
      const th = Object.assign(document.createElement('th'), { textContent: `${c}${i === sortBy ? (descending ? ' ▼' : ' ▲') : ''}` });
      th.onclick = () => { descending = i === sortBy ? !descending : false; sortBy = i; draw(); };
      head.append(th);
    });
    const body = shown.slice(0, limit).map((r) => {
      const tr = document.createElement('tr');
      for (const c of r) tr.insertCell().textContent = String(c);
      const key = r.key;
      if (links && key) { tr.className = 'linked'; tr.onclick = () => links.onRow(key); }
      return tr;
    });
    table.replaceChildren(head, ...body);
    count.textContent = t('table.rows', { shown: shown.length, total: rows.length });
  };
  filterBox.oninput = () => { filter = filterBox.value.trim(); draw(); };
  csv.onclick = () => download(new Blob([`\ufeff${toCsv(columns, visible())}`], { type: 'text/csv;charset=utf-8' }), csvName);
  const bar = document.createElement('div');
  bar.className = 'table-bar';
  bar.append(filterBox, count, csv);
  container.replaceChildren(bar, table);
  draw();
}

function compare(a: Cell, b: Cell): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh');
}

export function toCsv(columns: string[], rows: Cell[][]): string {
  const quote = (v: Cell) => { const s = String(v); return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };
  return `${[columns, ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

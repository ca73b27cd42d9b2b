// A plain text table for query results, wide characters counted as two columns.
import { isPlainNode, isPlainPath, isPlainRelationship, type PlainValue } from '../store/values';

export function cell(v: PlainValue): string {
  if (v === null) return '';
  if (isPlainNode(v)) return `(${v.label} ${String(v.properties.name ?? v.key)})`;
  if (isPlainRelationship(v)) return `[${v.type}]`;
  if (isPlainPath(v)) return v.nodes.map((n) => String(n.properties.name ?? n.key)).join(' → ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

export function formatTable(columns: string[], rows: Array<Record<string, PlainValue>>): string {
  const cells = rows.map((r) => columns.map((c) => cell(r[c]).replace(/\s+/g, ' ')));
  const widths = columns.map((c, i) => Math.min(60, Math.max(width(c), ...cells.map((r) => width(r[i])))));
  const line = (vals: string[]) => vals.map((v, i) => pad(v, widths[i])).join(' │ ').trimEnd();
  return [line(columns), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...cells.map(line), `(${rows.length} row${rows.length === 1 ? '' : 's'})`].join('\n');
}

// CSV in the shape `neo4j-admin database import full` reads: a nodes file
// (key:ID, typed property columns, :LABEL) and a relationships file
// (:START_ID, :END_ID, :TYPE, typed property columns). Lists are joined with
// ';' (neo4j-admin's default --array-delimiter); fields are quoted as RFC 4180
// says. For spreadsheets (--bom), a byte-order mark lets them read the
// Chinese, and a text cell that would start a formula (=, +, -, @, a tab or a
// carriage return) gets a leading ' (OWASP's advice against CSV injection),
// which a spreadsheet shows as text; files for neo4j-admin keep values as
// they are.
import type { KgGraph } from '../load';
import { edgeProperties, nodeProperties } from './properties';
import { attributeTypes, type AttributeType } from './types';

export const ARRAY_DELIMITER = ';';
const BOM = '\ufeff';

const quote = (s: string) => (/[",\n\r;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);
const header = (name: string, t: AttributeType) => (t === 'string' ? name : `${name}:${t}`);
const FORMULA_START = /^[=+\-@\t\r]/;
const inert = (s: string) => (FORMULA_START.test(s) && !Number.isFinite(Number(s)) ? `'${s}` : s);
const cell = (v: unknown, forSpreadsheet: boolean) => {
  if (v === undefined || v === null) return '';
  const text = Array.isArray(v) ? v.join(ARRAY_DELIMITER) : String(v);
  return quote(forSpreadsheet ? inert(text) : text);
};

/** Rows as RFC 4180 CSV (lists joined by ';'); for spreadsheets, a BOM and formula-looking cells made inert. */
export function table(columns: string[], rows: unknown[][], forSpreadsheet: boolean): string {
  return `${forSpreadsheet ? BOM : ''}${[columns.map(quote), ...rows.map((r) => r.map((v) => cell(v, forSpreadsheet)))].map((r) => r.join(',')).join('\n')}\n`;
}

export function toNeo4jCsv(graph: KgGraph, options: { bom?: boolean } = {}): { 'nodes.csv': string; 'relationships.csv': string } {
  const nodes = graph.mapNodes((n, a) => ({ type: a.type, props: nodeProperties(n, a) }));
  const nodeTypes = attributeTypes(nodes.map((n) => n.props), new Set(['key']));
  const edges = graph.mapEdges((e, a, s, t) => ({ s, t, type: a.type, props: edgeProperties(e, a) }));
  const edgeTypes = attributeTypes(edges.map((e) => e.props));
  const nodeCols = [...nodeTypes.keys()], edgeCols = [...edgeTypes.keys()];
  return {
    'nodes.csv': table(
      ['key:ID', ...nodeCols.map((c) => header(c, nodeTypes.get(c)!)), ':LABEL'],
      nodes.map((n) => [n.props.key, ...nodeCols.map((c) => n.props[c]), n.type]),
      !!options.bom,
    ),
    'relationships.csv': table(
      [':START_ID', ':END_ID', ':TYPE', ...edgeCols.map((c) => header(c, edgeTypes.get(c)!))],
      edges.map((e) => [e.s, e.t, e.type, ...edgeCols.map((c) => e.props[c])]),
      !!options.bom,
    ),
  };
}

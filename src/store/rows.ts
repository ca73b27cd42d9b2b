// The rows a store writes for a resolved graph: flat records with one column
// per declared property, shared by both backends. Which documents name an
// entity is stored once, as its MENTIONED_IN relationships: a list on the
// node as well made every new mention rewrite the node (at 100k documents,
// a third of the final load's time and 325 MB of its memory).
import crypto from 'node:crypto';
import { DOCUMENT_LABEL, PROVENANCE_TYPE } from '../schema/ontology';
import type { GraphNode, ResolvedGraph } from '../resolve/graph';
import { mergeNodes, sameNode } from './merge';
import { ENTITY_PROPERTIES, RELATION_PROPERTIES } from './schema';

export type Row = Record<string, string | number | string[] | null>;

export interface NodeRows { label: string; rows: Row[] }
export interface RelRows { type: string; from: string; to: string; rows: Row[] }

/** A value as stored: text, or null when there is none (an empty string is none: both stores then agree). */
const str = (v: unknown) => (v === undefined || v === null || v === '' ? null : String(v));

export function nodeRows(graph: ResolvedGraph): NodeRows[] {
  const byLabel = new Map<string, Row[]>();
  const push = (label: string, row: Row) => { if (!byLabel.has(label)) byLabel.set(label, []); byLabel.get(label)!.push(row); };
  for (const n of graph.nodes) push(n.label, nodeRow(n));
  for (const d of graph.documents) push(DOCUMENT_LABEL, { key: d.key, name: d.name, path: d.path, title: str(d.title), date: str(d.date), encoding: d.encoding, text: d.text });
  return [...byLabel].map(([label, rows]) => ({ label, rows }));
}

export function relationshipRows(graph: ResolvedGraph): RelRows[] {
  const labelOf = new Map(graph.nodes.map((n) => [n.key, n.label]));
  const groups = new Map<string, RelRows>();
  const push = (type: string, from: string, to: string, row: Row) => {
    const k = `${type}|${from}|${to}`;
    if (!groups.has(k)) groups.set(k, { type, from, to, rows: [] });
    groups.get(k)!.rows.push(row);
  };
  for (const r of graph.relationships) {
    const row: Row = { from: r.source, to: r.target, key: r.key, doc: r.doc, evidence: r.evidence, evidence_start: r.evidenceStart, evidence_end: r.evidenceEnd };
    for (const p of RELATION_PROPERTIES) row[p] = str(r.props[p]);
    push(r.type, labelOf.get(r.source)!, labelOf.get(r.target)!, row);
  }
  for (const n of graph.nodes) {
    for (const doc of n.docs) {
      // Every relationship table has the same columns; provenance fills only its own.
      const row: Row = { from: n.key, to: doc, key: provenanceKey(n.key, doc), doc, evidence: null, evidence_start: null, evidence_end: null };
      for (const p of RELATION_PROPERTIES) row[p] = null;
      push(PROVENANCE_TYPE, n.label, DOCUMENT_LABEL, row);
    }
  }
  return [...groups.values()];
}

function provenanceKey(node: string, doc: string): string {
  return crypto.createHash('sha1').update(`${node}|${doc}`).digest('hex').slice(0, 20);
}

/** Everything a store writes for a graph, grouped, with the row total for progress. */
export function writePlan(graph: ResolvedGraph): { nodeGroups: NodeRows[]; relGroups: RelRows[]; total: number } {
  const nodeGroups = nodeRows(graph);
  const relGroups = relationshipRows(graph);
  const total = [...nodeGroups, ...relGroups].reduce((a, g) => a + g.rows.length, 0);
  return { nodeGroups, relGroups, total };
}

/** A stored entity row as a graph node, for merging (its documents are its relationships). */
function rowNode(label: string, row: Row): GraphNode {
  const props: GraphNode['props'] = {};
  for (const p of ENTITY_PROPERTIES) if (row[p] !== null && row[p] !== undefined) props[p] = row[p] as string;
  return { key: row.key as string, label, name: row.name as string, aliases: (row.aliases as string[]) ?? [], props, docs: [] };
}

function nodeRow(n: GraphNode): Row {
  const row: Row = { key: n.key, name: n.name, aliases: n.aliases };
  for (const p of ENTITY_PROPERTIES) row[p] = str(n.props[p]);
  return row;
}

/**
 * The row to write for an entity already stored, merged by the one rule
 * (merge.ts), or undefined when the store already holds all of it.
 * Documents are identified by their content and never change.
 */
export function mergedRow(label: string, stored: Row, incoming: Row): Row | undefined {
  if (label === DOCUMENT_LABEL) return undefined;
  const before = rowNode(label, stored);
  const after = mergeNodes(before, rowNode(label, incoming));
  return sameNode(before, after) ? undefined : nodeRow(after);
}

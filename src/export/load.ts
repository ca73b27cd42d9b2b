// The stored graph as a graphology MultiDirectedGraph, the model every
// exporter writes from: every entity (isolated ones too), every relationship
// with its evidence, and on request the documents with their provenance
// edges. Nodes and edges are added in key order, so the same store gives the
// same graph, and the same picture.
import { MultiDirectedGraph } from 'graphology';
import type { GraphStore, Progress } from '../store/store';
import { DOCUMENT_LABEL, ENTITY_TYPES, PROVENANCE_TYPE, RELATION_TYPES } from '../schema/ontology';
import { ident } from '../store/schema';
import type { PlainNode, PlainRelationship } from '../store/values';

/** Node attributes: `label` is the name shown, `type` the entity type, `documents` how many documents name the entity (a size for pictures); the rest are stored properties. */
export interface NodeAttributes { label: string; type: string; [property: string]: unknown }
export interface EdgeAttributes { type: string; [property: string]: unknown }
export type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface LoadOptions { documents?: boolean; progress?: Progress }

/** Document text stays in the store: a graph file wants the document, not the article. */
const LEFT_OUT = new Set(['key', 'text']);

export async function loadGraph(store: GraphStore, options: LoadOptions = {}): Promise<KgGraph> {
  const labels = options.documents ? [...ENTITY_TYPES, DOCUMENT_LABEL] : ENTITY_TYPES;
  const types = options.documents ? [...RELATION_TYPES, PROVENANCE_TYPE] : RELATION_TYPES;
  const steps = labels.length + types.length;
  const graph: KgGraph = new MultiDirectedGraph();
  let step = 0;
  for (const label of labels) {
    const res = await store.read(`MATCH (n:${ident(label)}) RETURN collect(n) AS nodes`);
    const nodes = ((res.rows[0]?.nodes ?? []) as PlainNode[]).sort(byKey);
    const mentions = label === DOCUMENT_LABEL ? new Map<string, number>() : await documentCounts(store, label);
    for (const n of nodes) graph.addNode(n.key, { label: String(n.properties.name ?? n.key), type: label, ...propertiesOf(n.properties), ...(mentions.has(n.key) && { documents: mentions.get(n.key) }) });
    options.progress?.(++step, steps, `tables (now ${label} nodes)`);
  }
  for (const type of types) {
    const res = await store.read(`MATCH (a)-[r:${ident(type)}]->(b) RETURN collect(a.key) AS sources, collect(b.key) AS targets, collect(r) AS rels`);
    const row = res.rows[0] ?? {};
    const rels = ((row.rels ?? []) as PlainRelationship[]).map((r, i) => ({ r, source: (row.sources as string[])[i], target: (row.targets as string[])[i] }));
    rels.sort((x, y) => byKey(x.r, y.r));
    for (const { r, source, target } of rels) {
      if (graph.hasNode(source) && graph.hasNode(target)) graph.addEdgeWithKey(r.key, source, target, { type, ...propertiesOf(r.properties) });
    }
    options.progress?.(++step, steps, `tables (now ${type} relationships)`);
  }
  return graph;
}

/** How many documents name each entity of a label (its provenance edges). */
async function documentCounts(store: GraphStore, label: string): Promise<Map<string, number>> {
  const res = await store.read(`MATCH (n:${ident(label)})-[:${ident(PROVENANCE_TYPE)}]->(d:${ident(DOCUMENT_LABEL)}) RETURN n.key AS key, count(d) AS n`);
  return new Map(res.rows.map((r) => [r.key as string, Number(r.n)]));
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function propertiesOf(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (!LEFT_OUT.has(k) && v !== null && v !== undefined && k !== 'name') out[k] = v;
  return out;
}

// Cross-document resolution: each extracted entity gets an identity key from
// itself and its own document (identity.ts), entities with one key are one
// node, and their records merge by the store's one rule (store/merge.ts).
// The cost grows with the number of entities; no step compares documents
// with each other, and nothing depends on the order documents arrive in.
import crypto from 'node:crypto';
import type { DocExtraction, Entity } from '../schema/types';
import { lexicons } from '../extract/lexicons';
import { mergeProps, nodeOf } from '../store/merge';
import { documentContext, identityKey, simplifiedName } from './identity';
import type { DocumentRecord, GraphNode, GraphRelationship, ResolvedGraph } from './graph';

/** An extraction and the document record it came from. */
export interface ExtractedDocument { extraction: DocExtraction; document: DocumentRecord }

/** What the entities of one node bring together, collected before the node is built once. */
interface Gathered { label: string; forms: Set<string>; props: GraphNode['props']; docs: Set<string> }

export function resolve(items: ExtractedDocument[]): ResolvedGraph {
  const gathered = new Map<string, Gathered>();
  const relationships = new Map<string, GraphRelationship>();
  const documents = new Map<string, DocumentRecord>();
  for (const { extraction: x, document: d } of items) {
    documents.set(d.key, documents.has(d.key) ? earlierPath(documents.get(d.key)!, d) : d);
    const context = documentContext(x);
    const keyOf = new Map<string, string>();
    for (const e of x.entities) {
      const key = identityKey(e, d.key, context);
      keyOf.set(e.id, key);
      let g = gathered.get(key);
      if (!g) gathered.set(key, (g = { label: e.type, forms: new Set(), props: {}, docs: new Set() }));
      for (const f of formsOf(e)) g.forms.add(f);
      if (e.props) g.props = mergeProps(g.props, e.props);
      g.docs.add(d.key);
    }
    for (const r of x.relations) {
      const source = keyOf.get(r.source), target = keyOf.get(r.target);
      if (!source || !target) continue;
      const key = hash(`${r.type}|${source}|${target}|${d.key}|${r.evidence.start}`);
      relationships.set(key, {
        key, type: r.type, source, target, props: withTripKey(r.props ?? {}, keyOf), doc: d.key,
        evidence: r.evidence.text, evidenceStart: r.evidence.start, evidenceEnd: r.evidence.end,
      });
    }
  }
  const nodes = [...gathered].map(([key, g]) => nodeOf(key, g.label, g.forms, g.props, g.docs));
  return { nodes, relationships: [...relationships.values()], documents: [...documents.values()] };
}

/** A relationship's trip (an entity id in its document) as the trip's node key. */
function withTripKey(props: GraphRelationship['props'], keyOf: Map<string, string>): GraphRelationship['props'] {
  if (props.trip === undefined) return props;
  const trip = keyOf.get(String(props.trip));
  const { trip: _local, ...rest } = props;
  return trip ? { ...rest, trip } : rest;
}

/** The same bytes under two names are one document, found under the path that sorts first. */
function earlierPath(a: DocumentRecord, b: DocumentRecord): DocumentRecord {
  return a.path <= b.path ? a : b;
}

/** The names an entity is written with, and their simplified forms; references (我区) are none of them. */
function formsOf(e: Entity): string[] {
  const written = [e.name, ...(e.aliases ?? [])].filter((f) => !isReference(f));
  return [...written, ...written.map(simplifiedName)];
}

/** 我区, 该集团, 全市, 企业, 双方: words that stand for an entity in one article and are never its names. */
function isReference(form: string): boolean {
  const lex = lexicons();
  return lex.mainZoneRefs.has(form) || lex.mainPlaceRefs.has(form) || lex.latestRefs.has(form) || lex.partiesRefs.has(form);
}

function hash(s: string): string {
  return crypto.createHash('sha1').update(s).digest('hex').slice(0, 20);
}

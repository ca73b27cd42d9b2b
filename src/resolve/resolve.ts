// Cross-document resolution: entities of one type whose names or aliases
// share a key (extract/forms.ts) are one node. Reference words (我区, 集团)
// never join entities across documents. Nodes already in the store keep
// their keys, so later ingests attach to them.
import crypto from 'node:crypto';
import type { DocExtraction, Entity } from '../schema/types';
import { nameKey, withoutLeadingPlace } from '../extract/forms';
import { lexicons } from '../extract/lexicons';
import type { DocumentRecord, GraphNode, GraphRelationship, ResolvedGraph } from './graph';

export interface KnownNode { key: string; label: string; name: string; aliases: string[] }

interface Member { doc: string; entity: Entity }

export function resolve(extractions: DocExtraction[], documents: DocumentRecord[], known: KnownNode[] = []): ResolvedGraph {
  const members: Member[] = extractions.flatMap((x) => x.entities.map((entity) => ({ doc: x.doc, entity })));
  const clusters = cluster(members);
  const knownByKey = indexKnown(known);
  const nodeOf = new Map<Member, GraphNode>();
  const nodes: GraphNode[] = [];
  for (const group of clusters) {
    const node = toNode(group, knownByKey);
    nodes.push(node);
    for (const m of group) nodeOf.set(m, node);
  }
  const relationships: GraphRelationship[] = [];
  for (const x of extractions) {
    const local = new Map(members.filter((m) => m.doc === x.doc).map((m) => [m.entity.id, nodeOf.get(m)!]));
    for (const r of x.relations) {
      const s = local.get(r.source), t = local.get(r.target);
      if (!s || !t) continue;
      relationships.push({
        key: hash(`${r.type}|${s.key}|${t.key}|${x.doc}|${r.evidence.start}`),
        type: r.type, source: s.key, target: t.key, props: r.props ?? {}, doc: x.doc,
        evidence: r.evidence.text, evidenceStart: r.evidence.start, evidenceEnd: r.evidence.end,
      });
    }
  }
  return { nodes, relationships: dedupe(relationships), documents };
}

function isReference(form: string): boolean {
  const lex = lexicons();
  return lex.mainZoneRefs.has(form) || lex.mainPlaceRefs.has(form) || lex.latestRefs.has(form);
}

/** Union-find over shared keys. */
function cluster(members: Member[]): Member[][] {
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  members.forEach((m, i) => {
    for (const k of keysOf(m)) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Member[]>();
  members.forEach((m, i) => {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(m);
  });
  return [...groups.values()];
}

/**
 * The keys an entity can be found under: its name's and those of its aliases
 * that name it outside its own document. A short local form (经开区 of
 * 长春经开区, 中德汽车大会 of 2020(第四届)中德汽车大会) is left out, so
 * 杭州经开区 and 长春经开区 stay apart. A trip is its leader, places and start.
 */
function keysOf(m: Member): string[] {
  const e = m.entity;
  if (e.type === 'Trip') return [`Trip\u0000${e.name}\u0000${e.props?.start ?? ''}`];
  const forms = [e.name, ...(e.aliases ?? []).filter((a) => !isReference(a) && !isLocalForm(e, a))];
  return forms.map((f) => `${e.type}\u0000${nameKey(e.type, f)}`);
}

function isLocalForm(e: Entity, alias: string): boolean {
  if (e.type === 'Zone' || e.type === 'GovernmentBody') return withoutLeadingPlace(alias) === alias && withoutLeadingPlace(e.name) !== e.name;
  if (e.type === 'Event' || e.type === 'Project') return alias.length < e.name.length;
  return false;
}

function indexKnown(known: KnownNode[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of known) for (const f of [n.name, ...n.aliases]) out.set(`${n.label}\u0000${nameKey(n.label, f)}`, n.key);
  return out;
}

function toNode(group: Member[], known: Map<string, string>): GraphNode {
  const type = group[0].entity.type;
  const count = new Map<string, number>();
  for (const m of group) count.set(m.entity.name, (count.get(m.entity.name) ?? 0) + 1);
  const name = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || b.length - a.length || a.localeCompare(b))[0];
  const aliases = [...new Set(group.flatMap((m) => [m.entity.name, ...(m.entity.aliases ?? [])]))].filter((a) => a !== name).sort();
  const props = Object.assign({}, ...group.map((m) => m.entity.props ?? {}));
  const existing = group.flatMap(keysOf).map((k) => known.get(k)).find(Boolean);
  const key = existing ?? `${type}:${type === 'Trip' ? `${name}:${props.start ?? ''}` : nameKey(type, name)}`;
  return { key, label: type, name, aliases, props, docs: [...new Set(group.map((m) => m.doc))].sort() };
}

function dedupe(rels: GraphRelationship[]): GraphRelationship[] {
  return [...new Map(rels.map((r) => [r.key, r])).values()];
}

function hash(s: string): string {
  return crypto.createHash('sha1').update(s).digest('hex').slice(0, 20);
}

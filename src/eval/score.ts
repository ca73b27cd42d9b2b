// Scores predicted extractions against gold files by the rules of
// ONTOLOGY.md: names compared after NFKC and punctuation folding, Project
// and Event names also by 70% containment, trip relations flattened through
// the trip's destinations, optional gold items neither counted against
// recall nor, when matched, against precision; micro-averaged.
import { ENTITY_TYPES, RELATION_TYPES, ontology } from '../schema/ontology';
import type { DocExtraction, Entity, Relation } from '../schema/types';

export interface GoldEntity extends Entity { optional?: boolean }
export interface GoldRelation extends Omit<Relation, 'evidence'> { optional?: boolean }
export interface GoldDoc { doc: string; entities: GoldEntity[]; relations: GoldRelation[] }

export interface Counts { tp: number; fp: number; fn: number }
export interface Score extends Counts { p: number; r: number; f1: number }
export interface Report { entities: Record<string, Score>; relations: Record<string, Score>; misses: string[] }

const SCORED_ENTITIES = ENTITY_TYPES.filter((t) => t !== 'Trip');
const SCORED_RELATIONS = RELATION_TYPES.filter((t) => t !== 'DESTINATION');
const FUZZY = new Set(['Project', 'Event']);

export function norm(s: string): string {
  return s.normalize('NFKC').replace(/[\s"'“”‘’「」『』《》〈〉【】·•・\-‐‑‒–—―]/g, '').toLowerCase();
}

const namesOf = (e: Entity) => new Set([e.name, ...(e.aliases ?? [])].map(norm).filter(Boolean));

function fuzzy(a: string, b: string): boolean {
  const x = a.replace(/项目$/, ''), y = b.replace(/项目$/, '');
  if (!x || !y) return false;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return l.includes(s) && s.length / l.length >= 0.7;
}

function matches(p: Entity, g: Entity): 0 | 1 | 2 | -1 {
  if (p.type !== g.type) return -1;
  if (norm(p.name) === norm(g.name)) return 0;
  const pn = namesOf(p), gn = namesOf(g);
  if ([...pn].some((n) => gn.has(n))) return 1;
  if (FUZZY.has(g.type) && [...pn].some((a) => [...gn].some((b) => fuzzy(a, b)))) return 2;
  return -1;
}

/** One-to-one: exact names first, then aliases, then containment. */
function alignEntities(pred: Entity[], gold: Entity[]): Map<string, string> {
  const pairs: Array<[number, Entity, Entity]> = [];
  for (const p of pred) for (const g of gold) { const m = matches(p, g); if (m >= 0) pairs.push([m, p, g]); }
  pairs.sort((a, b) => a[0] - b[0]);
  const map = new Map<string, string>(), used = new Set<string>();
  for (const [, p, g] of pairs) if (!map.has(p.id) && !used.has(g.id)) { map.set(p.id, g.id); used.add(g.id); }
  return map;
}

interface Triple { type: string; optional: boolean }

function triples(doc: { entities: Entity[]; relations: GoldRelation[] }, id: (x: string) => string, optional: (r: GoldRelation) => boolean): Map<string, Triple> {
  const types = new Map(doc.entities.map((e) => [e.id, e.type]));
  const dest = new Map<string, Array<{ t: string; optional: boolean }>>();
  for (const r of doc.relations) if (r.type === 'DESTINATION' && types.get(r.source) === 'Trip') {
    dest.set(r.source, [...(dest.get(r.source) ?? []), { t: r.target, optional: optional(r) }]);
  }
  const out = new Map<string, Triple>();
  const add = (type: string, s: string, t: string, opt: boolean) => {
    let [a, b] = [id(s), id(t)];
    if (ontology.relations[type]?.symmetric && b < a) [a, b] = [b, a];
    const k = `${type}\u0000${a}\u0000${b}`;
    const prev = out.get(k);
    out.set(k, { type, optional: prev ? prev.optional && opt : opt });
  };
  for (const r of doc.relations) {
    if (!SCORED_RELATIONS.includes(r.type)) continue;
    const o = optional(r);
    if (types.get(r.target) === 'Trip') for (const d of dest.get(r.target) ?? []) add(r.type, r.source, d.t, o || d.optional);
    else if (types.get(r.source) === 'Trip') for (const d of dest.get(r.source) ?? []) add(r.type, d.t, r.target, o || d.optional);
    else add(r.type, r.source, r.target, o);
  }
  return out;
}

export function score(predicted: DocExtraction[], gold: GoldDoc[]): Report {
  const counts: Record<string, Counts> = {};
  const bump = (k: string, f: keyof Counts) => { (counts[k] ??= { tp: 0, fp: 0, fn: 0 })[f]++; };
  const misses: string[] = [];
  const byDoc = new Map(predicted.map((p) => [p.doc, p]));
  for (const g of gold) {
    const p = byDoc.get(g.doc) ?? { doc: g.doc, entities: [], relations: [] };
    const pe = p.entities.filter((e) => SCORED_ENTITIES.includes(e.type));
    const ge = g.entities.filter((e) => SCORED_ENTITIES.includes(e.type));
    const align = alignEntities(pe, ge);
    const optionalEntity = new Map(g.entities.map((e) => [e.id, !!e.optional]));
    const matched = new Set(align.values());
    for (const e of pe) {
      const gid = align.get(e.id);
      if (gid === undefined) { bump(e.type, 'fp'); bump('entities', 'fp'); misses.push(`${g.doc}  entity FP  ${e.type} ${e.name}`); }
      else if (!optionalEntity.get(gid)) { bump(e.type, 'tp'); bump('entities', 'tp'); }
    }
    for (const e of ge) if (!e.optional && !matched.has(e.id)) { bump(e.type, 'fn'); bump('entities', 'fn'); misses.push(`${g.doc}  entity FN  ${e.type} ${e.name}`); }
    const gt = triples(g, (x) => `g:${x}`, (r) => !!r.optional || !!optionalEntity.get(r.source) || !!optionalEntity.get(r.target));
    const pt = triples(p, (x) => (align.has(x) ? `g:${align.get(x)}` : `p:${x}`), () => false);
    for (const [k, v] of pt) {
      const hit = gt.get(k);
      if (!hit) { bump(v.type, 'fp'); bump('relations', 'fp'); misses.push(`${g.doc}  relation FP  ${k.replace(/\u0000/g, ' ')}`); }
      else if (!hit.optional) { bump(v.type, 'tp'); bump('relations', 'tp'); }
    }
    for (const [k, v] of gt) if (!v.optional && !pt.has(k)) { bump(v.type, 'fn'); bump('relations', 'fn'); misses.push(`${g.doc}  relation FN  ${k.replace(/\u0000/g, ' ')}`); }
  }
  const prf = (c: Counts = { tp: 0, fp: 0, fn: 0 }): Score => {
    const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0, r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    return { ...c, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  return {
    entities: Object.fromEntries([...SCORED_ENTITIES, 'micro'].map((t) => [t, prf(counts[t === 'micro' ? 'entities' : t])])),
    relations: Object.fromEntries([...SCORED_RELATIONS, 'micro'].map((t) => [t, prf(counts[t === 'micro' ? 'relations' : t])])),
    misses,
  };
}

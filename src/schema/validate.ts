// Checks an extraction against the ontology and, when given, the original
// text: known types, allowed endpoints, evidence equal to the file's text at
// its offsets. Returns the problems found; an empty list means valid.
import { allowsRelation, isEntityType, isRelationType } from './ontology';
import type { DocExtraction } from './types';
import { MAX_NAME_CHARS } from '../defaults';

export function validateExtraction(doc: DocExtraction, originalText?: string): string[] {
  const problems: string[] = [];
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  if (byId.size !== doc.entities.length) problems.push('duplicate entity ids');
  for (const e of doc.entities) {
    if (!isEntityType(e.type)) problems.push(`entity ${e.id}: unknown type ${e.type}`);
    if (!e.name) problems.push(`entity ${e.id}: empty name`);
    // Neo4j indexes names up to about 8 kB; no real name comes near this bound.
    else if (e.name.length > MAX_NAME_CHARS || (e.aliases ?? []).some((a) => a.length > MAX_NAME_CHARS)) problems.push(`entity ${e.id}: a name or alias longer than ${MAX_NAME_CHARS} characters`);
  }
  for (const [i, r] of doc.relations.entries()) {
    const where = `relation ${i} (${r.type})`;
    const s = byId.get(r.source), t = byId.get(r.target);
    if (!isRelationType(r.type)) { problems.push(`${where}: unknown type`); continue; }
    if (!s || !t) { problems.push(`${where}: unknown endpoint ${s ? r.target : r.source}`); continue; }
    if (!allowsRelation(r.type, s.type, t.type)) problems.push(`${where}: ${s.type} → ${t.type} not allowed`);
    const ev = r.evidence;
    if (!ev || typeof ev.text !== 'string' || !Number.isInteger(ev.start) || !Number.isInteger(ev.end)) {
      problems.push(`${where}: evidence missing`);
    } else if (originalText !== undefined && originalText.slice(ev.start, ev.end) !== ev.text) {
      problems.push(`${where}: evidence differs from the file at ${ev.start}-${ev.end}`);
    }
  }
  return problems;
}

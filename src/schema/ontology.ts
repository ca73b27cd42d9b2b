// The ontology, loaded from schema/ontology.json. Everything that depends on
// entity or relation types (validation, DDL, constraints, legend) reads it
// from here rather than naming types itself.
import ontologyJson from '../../schema/ontology.json';
import { KgError } from '../errors';

/** What the interface calls a type, relationship or property: in Chinese (the default) and in English. */
export interface Names { zh: string; en: string }
export interface EntityTypeSpec extends Names { color: string; description: string; properties?: string[] }
export interface RelationTypeSpec extends Names { from: string[]; to: string[]; properties?: string[]; symmetric?: boolean }
export interface Ontology {
  entities: Record<string, EntityTypeSpec>;
  document: Names & { label: string; color: string; provenance: string };
  properties: Record<string, Names>;
  relations: Record<string, RelationTypeSpec>;
}

/** A mistake in schema/ontology.json, found when it is loaded. */
export class OntologyError extends KgError {
  constructor(message: string) { super(`${message} (schema/ontology.json)`, 'ontology'); }
}

/** Checks what the rest of the code relies on: names in both languages, relationships between declared types, every declared property named. */
export function validateOntology(o: Ontology): Ontology {
  const named = (what: string, n: Partial<Names> | undefined) => {
    if (!n?.zh || !n?.en) throw new OntologyError(`${what} needs a Chinese (zh) and an English (en) name`);
  };
  for (const [type, spec] of Object.entries(o.entities)) named(`entity type ${type}`, spec);
  named('document', o.document);
  for (const [type, spec] of Object.entries(o.relations)) {
    named(`relationship ${type}`, spec);
    for (const end of [...spec.from, ...spec.to]) if (!o.entities[end]) throw new OntologyError(`relationship ${type} names ${end}, which is not an entity type`);
  }
  for (const spec of [...Object.values(o.entities), ...Object.values(o.relations)]) {
    for (const p of spec.properties ?? []) named(`property ${p}`, o.properties[p]);
  }
  return o;
}

export const ontology = validateOntology(ontologyJson as unknown as Ontology);

/** The entity and relation types, typed from schema/ontology.json itself: a rule naming a type the ontology lacks does not compile. */
export type EntityType = keyof typeof ontologyJson.entities;
export type RelationType = keyof typeof ontologyJson.relations;

export const ENTITY_TYPES = Object.keys(ontology.entities);
export const RELATION_TYPES = Object.keys(ontology.relations);
export const DOCUMENT_LABEL = ontology.document.label;
export const PROVENANCE_TYPE = ontology.document.provenance;

export function isEntityType(t: string): boolean {
  return Object.prototype.hasOwnProperty.call(ontology.entities, t);
}

export function isRelationType(t: string): boolean {
  return Object.prototype.hasOwnProperty.call(ontology.relations, t);
}

/** Whether the ontology allows `type` from an entity of type `from` to one of type `to`. */
export function allowsRelation(type: string, from: string, to: string): boolean {
  const spec = ontology.relations[type];
  return !!spec && spec.from.includes(from) && spec.to.includes(to);
}

/** The entity types a relation type may start from or end at, as the ontology lists them. */
export function endpointTypes(type: RelationType, end: 'from' | 'to'): EntityType[] {
  return ontology.relations[type][end] as EntityType[];
}

/** Every (from, to) label pair a relation type may connect. */
export function endpointPairs(type: string): Array<[string, string]> {
  const spec = ontology.relations[type];
  return spec.from.flatMap((f) => spec.to.map((t): [string, string] => [f, t]));
}

/** Every property name that some entity type declares. */
export function entityPropertyNames(): string[] {
  return [...new Set(Object.values(ontology.entities).flatMap((e) => e.properties ?? []))];
}

/** Every property name that some relation type declares. */
export function relationPropertyNames(): string[] {
  return [...new Set(Object.values(ontology.relations).flatMap((r) => r.properties ?? []))];
}

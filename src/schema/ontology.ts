// The ontology, loaded from schema/ontology.json. Everything that depends on
// entity or relation types (validation, DDL, constraints, legend) reads it
// from here rather than naming types itself.
import ontologyJson from '../../schema/ontology.json';

/** Every type has `zh`, its name in the Chinese interface and in pictures' legends. */
export interface EntityTypeSpec { zh: string; color: string; description: string; properties?: string[] }
export interface RelationTypeSpec { zh: string; from: string[]; to: string[]; properties?: string[]; symmetric?: boolean }

export const ontology = ontologyJson as unknown as {
  entities: Record<string, EntityTypeSpec>;
  document: { zh: string; label: string; color: string; provenance: string };
  relations: Record<string, RelationTypeSpec>;
};

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

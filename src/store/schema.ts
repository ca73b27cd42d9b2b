// Store schema derived from the ontology: node labels, relationship types
// with their endpoint pairs, and the property columns each carries.
import {
  DOCUMENT_LABEL, ENTITY_TYPES, PROVENANCE_TYPE, RELATION_TYPES, endpointPairs, entityPropertyNames, relationPropertyNames,
} from '../schema/ontology';

export const NODE_LABELS = [...ENTITY_TYPES, DOCUMENT_LABEL];
export const ENTITY_PROPERTIES = entityPropertyNames();
export const RELATION_PROPERTIES = relationPropertyNames();
export const DOCUMENT_PROPERTIES = ['name', 'path', 'title', 'date', 'encoding', 'text'];

/** Every relationship type the store holds, provenance included, with its endpoint pairs. */
export function relationshipTables(): Array<{ type: string; pairs: Array<[string, string]> }> {
  return [
    ...RELATION_TYPES.map((type) => ({ type, pairs: endpointPairs(type) })),
    { type: PROVENANCE_TYPE, pairs: ENTITY_TYPES.map((t): [string, string] => [t, DOCUMENT_LABEL]) },
  ];
}

/** Backquotes an identifier taken from the ontology (labels cannot be query parameters). */
export function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`store: bad identifier ${JSON.stringify(name)}`);
  return `\`${name}\``;
}

/**
 * Neo4j's uniqueness constraint on `key` and index on `name` for every label,
 * and on `key` for every relationship type (Neo4j 5.7+): a load looks up
 * which relationships it already holds by key and creates the rest, instead
 * of a MERGE that walks every relationship of a hub. Idempotent (the store
 * and `kg export -f cypher` both run these).
 */
export function neo4jSchemaStatements(): string[] {
  return [
    ...NODE_LABELS.flatMap((label) => [
      `CREATE CONSTRAINT ${ident(`kg_${label}_key`)} IF NOT EXISTS FOR (n:${ident(label)}) REQUIRE n.key IS UNIQUE`,
      `CREATE INDEX ${ident(`kg_${label}_name`)} IF NOT EXISTS FOR (n:${ident(label)}) ON (n.name)`,
    ]),
    ...[...RELATION_TYPES, PROVENANCE_TYPE].map((type) => `CREATE CONSTRAINT ${ident(`kg_${type}_key`)} IF NOT EXISTS FOR ()-[r:${ident(type)}]-() REQUIRE r.key IS UNIQUE`),
  ];
}

/** The keys of the entities of one label that the documents `$keys` mention and no other document does: what removing them leaves orphaned. */
export function mentionedOnlyIn(label: string): string {
  const mentions = `-[:${ident(PROVENANCE_TYPE)}]->`;
  return `MATCH (n:${ident(label)})${mentions}(d:${ident(DOCUMENT_LABEL)}) WHERE d.key IN $keys WITH DISTINCT n `
    + `WHERE NOT EXISTS { MATCH (n)${mentions}(o:${ident(DOCUMENT_LABEL)}) WHERE NOT o.key IN $keys } RETURN n.key AS key`;
}

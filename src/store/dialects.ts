// How each store's Cypher differs where kg's own queries need it, kept apart
// from the stores so that choosing a dialect does not load a database driver.
import type { Dialect } from './store';

export const LADYBUG_DIALECT: Dialect = { kind: 'ladybug', name: 'LadybugDB (embedded)', label: (v) => `label(${v})`, type: (v) => `label(${v})`, joined: (l) => `list_to_string('|', ${l})` };
export const NEO4J_DIALECT: Dialect = { kind: 'neo4j', name: 'Neo4j', label: (v) => `labels(${v})[0]`, type: (v) => `type(${v})`, joined: (l) => `reduce(s = '', x IN coalesce(${l}, []) | s + '|' + x)` };

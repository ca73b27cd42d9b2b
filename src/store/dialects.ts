// How each store's Cypher differs where kg's own queries need it, kept apart
// from the stores so that choosing a dialect does not load a database driver.
import type { Dialect } from './store';

export const LADYBUG_DIALECT: Dialect = {
  kind: 'ladybug', name: 'LadybugDB (embedded)', label: (v) => `label(${v})`, type: (v) => `label(${v})`, joined: (l) => `list_to_string('|', ${l})`,
  // The filter runs inside the search (recursive pattern predicate), so no path through a skipped type is even walked.
  shortestPaths: (steps, skipped) => `MATCH p = (a)-[* ALL SHORTEST 1..${steps} (r, n | WHERE label(r) <> '${skipped}')]-(b) WHERE a.key = $from AND b.key = $to RETURN p LIMIT $limit`,
};
export const NEO4J_DIALECT: Dialect = {
  kind: 'neo4j', name: 'Neo4j', label: (v) => `labels(${v})[0]`, type: (v) => `type(${v})`, joined: (l) => `reduce(s = '', x IN coalesce(${l}, []) | s + '|' + x)`,
  shortestPaths: (steps, skipped) => `MATCH (a) WHERE a.key = $from MATCH (b) WHERE b.key = $to MATCH p = allShortestPaths((a)-[*..${steps}]-(b)) WHERE none(r IN relationships(p) WHERE type(r) = '${skipped}') RETURN p LIMIT $limit`,
};

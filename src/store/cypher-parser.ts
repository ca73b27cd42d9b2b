// The two parts of Neo4j's Cypher language support that query-check.ts uses,
// bundled alone at build time (scripts/bundle-cypher-parser.mjs) into
// dist/cypher-parser.cjs: the package's own CommonJS file is 25 MB (linting,
// completion, formatting) and took 0.78 s to load in every `kg query`; the
// bundle of these two takes 0.11 s.
export { parse, CypherParser } from '@neo4j-cypher/language-support';

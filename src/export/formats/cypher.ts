// A Cypher script that rebuilds the graph in any Neo4j 5: the constraints
// first, then one parameter-free MERGE per node and per relationship, one
// statement per line. MERGE on the unique key makes running it twice change
// nothing. Values are written as escaped literals (nothing is pasted raw).
import type { KgGraph } from '../load';
import { ident, neo4jSchemaStatements } from '../../store/schema';
import { edgeProperties, nodeProperties } from './properties';

/** A Cypher string literal: quotes, backslashes and every control or line-separator character escaped. */
export function cypherLiteral(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(', ')}]`;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  const escaped = String(v).replace(/[\\'\u0000-\u001f\u007f\u2028\u2029]/g, (c) => (c === '\\' ? '\\\\' : c === "'" ? "\\'" : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return `'${escaped}'`;
}

const map = (props: Record<string, unknown>) => `{${Object.entries(props).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => `${ident(k)}: ${cypherLiteral(v)}`).join(', ')}}`;

export function toCypher(graph: KgGraph): string {
  const lines = [
    `// kg export: ${graph.order} nodes and ${graph.size} relationships. Run with: cypher-shell -f FILE (running it again changes nothing).`,
    ...neo4jSchemaStatements().map((s) => `${s};`),
  ];
  graph.forEachNode((n, a) => {
    const { key, ...rest } = nodeProperties(n, a);
    lines.push(`MERGE (n:${ident(a.type)} {key: ${cypherLiteral(key)}}) SET n += ${map(rest)};`);
  });
  graph.forEachEdge((e, a, s, t) => {
    const { key, ...rest } = edgeProperties(e, a);
    const from = graph.getNodeAttribute(s, 'type'), to = graph.getNodeAttribute(t, 'type');
    lines.push(`MATCH (a:${ident(from)} {key: ${cypherLiteral(s)}}), (b:${ident(to)} {key: ${cypherLiteral(t)}}) MERGE (a)-[r:${ident(a.type)} {key: ${cypherLiteral(key)}}]->(b) SET r += ${map(rest)};`);
  });
  return `${lines.join('\n')}\n`;
}

// A Cypher script that rebuilds the graph in any Neo4j 5: the constraints
// first, then the nodes per label and the relationships per type, each as
// parameter-free UNWIND statements of up to ROWS_PER_STATEMENT rows, one
// statement per line (one MERGE per row made cypher-shell pay a round trip
// per node). MERGE on the unique key makes running it twice change nothing.
// Values are written as escaped literals (nothing is pasted raw).
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

/** Rows in one UNWIND statement: a few hundred keep each line well under cypher-shell's and the server's limits. */
const ROWS_PER_STATEMENT = 200;

export function toCypher(graph: KgGraph): string {
  const lines = [
    `// kg export: ${graph.order} nodes and ${graph.size} relationships. Run with: cypher-shell -f FILE (running it again changes nothing).`,
    ...neo4jSchemaStatements().map((s) => `${s};`),
  ];
  const nodes = new Map<string, string[]>();
  graph.forEachNode((n, a) => {
    const { key, ...rest } = nodeProperties(n, a);
    grouped(nodes, String(a.type)).push(`{key: ${cypherLiteral(key)}, props: ${map(rest)}}`);
  });
  for (const [label, rows] of nodes) {
    for (const chunk of chunks(rows)) lines.push(`UNWIND [${chunk.join(', ')}] AS row MERGE (n:${ident(label)} {key: row.key}) SET n += row.props;`);
  }
  const edges = new Map<string, string[]>();
  graph.forEachEdge((e, a, s, t) => {
    const { key, ...rest } = edgeProperties(e, a);
    const group = JSON.stringify([a.type, graph.getNodeAttribute(s, 'type'), graph.getNodeAttribute(t, 'type')]);
    grouped(edges, group).push(`{key: ${cypherLiteral(key)}, from: ${cypherLiteral(s)}, to: ${cypherLiteral(t)}, props: ${map(rest)}}`);
  });
  for (const [group, rows] of edges) {
    const [type, from, to] = JSON.parse(group) as string[];
    for (const chunk of chunks(rows)) {
      lines.push(`UNWIND [${chunk.join(', ')}] AS row MATCH (a:${ident(from)} {key: row.from}), (b:${ident(to)} {key: row.to}) MERGE (a)-[r:${ident(type)} {key: row.key}]->(b) SET r += row.props;`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function grouped(groups: Map<string, string[]>, name: string): string[] {
  let rows = groups.get(name);
  if (!rows) groups.set(name, (rows = []));
  return rows;
}

function* chunks<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) yield rows.slice(i, i + ROWS_PER_STATEMENT);
}

// Ready-made read-only queries for this domain, offered in the viewer's
// Cypher box. Shortest paths are written in each backend's syntax.
import type { Dialect } from '../store/store';

export interface Preset { title: string; cypher: string }

export function presets(dialect: Dialect): Preset[] {
  const neo4j = dialect.type('r').startsWith('type(');
  const shortest = neo4j
    ? "MATCH (a {name: '谢志敏'}), (b {name: '杭州'}) MATCH p = shortestPath((a)-[*..6]-(b)) RETURN p"
    : "MATCH p = (a)-[* SHORTEST 1..6]-(b) WHERE a.name = '谢志敏' AND b.name = '杭州' RETURN p";
  return [
    { title: 'Trips led by officials, and where they went', cypher: 'MATCH (p:Person)-[l:LED]->(t:Trip)-[d:DESTINATION]->(x) RETURN p, l, t, d, x' },
    { title: 'Whom the trip leaders met and visited', cypher: 'MATCH (p:Person)-[:LED]->(t:Trip) MATCH (p)-[r:MET_WITH|VISITED]-(o) RETURN p, r, o' },
    { title: 'Companies that signed with a zone', cypher: 'MATCH (c)-[s:SIGNED_WITH]->(z:Zone) RETURN c, s, z' },
    { title: 'Projects located in an area', cypher: 'MATCH (j:Project)-[r:LOCATED_IN]->(a) RETURN j, r, a' },
    { title: 'Positions held at zones', cypher: 'MATCH (p:Person)-[r:HOLDS_POSITION]->(z:Zone) RETURN p, r, z' },
    { title: 'Shortest connection between two entities', cypher: shortest },
    { title: 'Most connected entities (table)', cypher: 'MATCH (n)-[r]-() WHERE NOT n:Document RETURN n.name AS name, count(r) AS degree ORDER BY degree DESC LIMIT 20'.replace('NOT n:Document', neo4j ? 'NOT n:Document' : "label(n) <> 'Document'") },
  ];
}

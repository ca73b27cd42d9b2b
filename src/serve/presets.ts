// Ready-made read-only queries for this domain, offered in the viewer's
// Cypher box: standard openCypher that both stores run, with the dialect's
// own expressions for a label and for a list joined into one string.
import type { Dialect } from '../store/store';
import { RELATION_TYPES, type Names } from '../schema/ontology';

/** A query and its title in both of the viewer's languages. */
export interface Preset { title: Names; cypher: string }

export function presets(dialect: Dialect): Preset[] {
  // Through the facts only, not through the documents that mention both ends.
  const shortest = `MATCH p = (a)-[:${RELATION_TYPES.join('|')}*1..6]-(b) WHERE a.name = '谢志敏' AND b.name = '杭州市' RETURN p ORDER BY length(p) LIMIT 1`;
  const hasName = (v: string, name: string) => `(${v}.name = '${name}' OR ${dialect.joined(`${v}.aliases`)} CONTAINS '${name}')`;
  return [
    { title: { zh: '官员带队的考察及其目的地', en: 'Trips led by officials, and where they went' }, cypher: 'MATCH (p:Person)-[l:LED]->(t:Trip)-[d:DESTINATION]->(x) RETURN p, l, t, d, x' },
    {
      title: { zh: '赴杭州考察：谁带队、会见和考察了谁、谁在那里签约', en: 'The trip to 杭州: who led it, whom they met and visited, who signed there' },
      cypher: `MATCH (p:Person)-[l:LED]->(t:Trip)-[d:DESTINATION]->(x) WHERE ${hasName('x', '杭州')}
OPTIONAL MATCH (p)-[m:MET_WITH|VISITED]->(o)
OPTIONAL MATCH (c)-[s:SIGNED_WITH]->(z) WHERE s.doc = l.doc
RETURN p, l, t, d, x, m, o, c, s, z`,
    },
    { title: { zh: '与园区签约的企业', en: 'Companies that signed with a zone' }, cypher: 'MATCH (c)-[s:SIGNED_WITH]->(z:Zone) RETURN c, s, z' },
    { title: { zh: '位于长春新区的项目', en: 'Projects located in 长春新区' }, cypher: `MATCH (j:Project)-[r:LOCATED_IN]->(a) WHERE ${hasName('a', '长春新区')} RETURN j, r, a` },
    { title: { zh: '各地区的项目', en: 'Projects located in any area' }, cypher: 'MATCH (j:Project)-[r:LOCATED_IN]->(a) RETURN j, r, a' },
    { title: { zh: '园区任职', en: 'Positions held at zones' }, cypher: 'MATCH (p:Person)-[r:HOLDS_POSITION]->(z:Zone) RETURN p, r, z' },
    { title: { zh: '两个实体之间的最短联系', en: 'Shortest connection between two entities' }, cypher: shortest },
    { title: { zh: '关系最多的实体（表格）', en: 'Most connected entities (table)' }, cypher: `MATCH (n)-[r]-() WHERE ${dialect.label('n')} <> 'Document' RETURN n.name AS name, count(r) AS degree ORDER BY degree DESC LIMIT 20` },
  ];
}

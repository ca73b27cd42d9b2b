// Ready-made read-only queries for this domain, offered in the viewer's
// Cypher box: standard openCypher that both stores run, with the dialect's
// own expressions for a label and for a list joined into one string. The
// names a query asks about (a trip's destination, an area with projects, two
// entities to connect) are parameters picked from the store's own graph,
// never pasted into the query text; a query whose example the store lacks
// is not offered.
import type { GraphStore } from '../store/store';
import { RELATION_TYPES, type Names } from '../schema/ontology';

/** A query, its title in both of the viewer's languages, and the parameters it runs with. */
export interface Preset { title: Names; cypher: string; params?: Record<string, string> }

/** Examples the parameterised queries ask about, picked from the graph: the most frequent of each kind. */
const PICKS = {
  destination: 'MATCH (:Trip)-[:DESTINATION]->(x) RETURN x.name AS value, count(*) AS n ORDER BY n DESC, value LIMIT 1',
  area: 'MATCH (:Project)-[:LOCATED_IN]->(a) RETURN a.name AS value, count(*) AS n ORDER BY n DESC, value LIMIT 1',
  leader: 'MATCH (p:Person)-[:LED]->(:Trip)-[:DESTINATION]->(x) RETURN p.name AS value, x.name AS other, count(*) AS n ORDER BY n DESC, value LIMIT 1',
};

async function pick(store: GraphStore, cypher: string): Promise<Record<string, unknown> | undefined> {
  return (await store.read(cypher)).rows[0];
}

export async function presets(store: GraphStore): Promise<Preset[]> {
  const dialect = store.dialect;
  const [destination, area, leader] = await Promise.all([pick(store, PICKS.destination), pick(store, PICKS.area), pick(store, PICKS.leader)]);
  const hasName = (v: string, param: string) => `(${v}.name = $${param} OR ${dialect.joined(`${v}.aliases`)} CONTAINS $${param})`;
  const out: Array<Preset | undefined> = [
    { title: { zh: '官员带队的考察及其目的地', en: 'Trips led by officials, and where they went' }, cypher: 'MATCH (p:Person)-[l:LED]->(t:Trip)-[d:DESTINATION]->(x) RETURN p, l, t, d, x' },
    destination && {
      title: { zh: `赴${destination.value}考察：谁带队、会见和考察了谁、谁在那里签约`, en: `The trip to ${destination.value}: who led it, whom they met and visited, who signed there` },
      // One row per fact of the trip (its leader and members, destinations, meetings and visits made on it, signings
      // in its article): one pattern over those relationships, so that optional parts cannot multiply each other's rows.
      cypher: `MATCH (:Person)-[l:LED]->(t:Trip)-[:DESTINATION]->(x) WHERE ${hasName('x', 'place')}
MATCH (a)-[f:LED|ATTENDED|DESTINATION|MET_WITH|VISITED|SIGNED_WITH]->(b)
WHERE b.key = t.key OR a.key = t.key OR f.trip = t.key OR (${dialect.type('f')} = 'SIGNED_WITH' AND f.doc = l.doc)
RETURN DISTINCT a, f, b`,
      params: { place: String(destination.value) },
    },
    { title: { zh: '与园区签约的企业', en: 'Companies that signed with a zone' }, cypher: 'MATCH (c)-[s:SIGNED_WITH]->(z:Zone) RETURN c, s, z' },
    area && {
      title: { zh: `位于${area.value}的项目`, en: `Projects located in ${area.value}` },
      cypher: `MATCH (j:Project)-[r:LOCATED_IN]->(a) WHERE ${hasName('a', 'area')} RETURN j, r, a`,
      params: { area: String(area.value) },
    },
    { title: { zh: '各地区的项目', en: 'Projects located in any area' }, cypher: 'MATCH (j:Project)-[r:LOCATED_IN]->(a) RETURN j, r, a' },
    { title: { zh: '园区任职', en: 'Positions held at zones' }, cypher: 'MATCH (p:Person)-[r:HOLDS_POSITION]->(z:Zone) RETURN p, r, z' },
    leader && {
      title: { zh: `两个实体之间的最短联系：${leader.value}与${leader.other}`, en: `Shortest connection between two entities: ${leader.value} and ${leader.other}` },
      // Through the facts only, not through the documents that mention both ends.
      cypher: `MATCH p = (a)-[:${RELATION_TYPES.join('|')}*1..6]-(b) WHERE a.name = $from AND b.name = $to RETURN p ORDER BY length(p) LIMIT 1`,
      params: { from: String(leader.value), to: String(leader.other) },
    },
    { title: { zh: '关系最多的实体（表格）', en: 'Most connected entities (table)' }, cypher: `MATCH (n)-[r]-() WHERE ${dialect.label('n')} <> 'Document' RETURN n.name AS name, count(r) AS degree ORDER BY degree DESC LIMIT 20` },
  ];
  return out.filter((p): p is Preset => !!p);
}

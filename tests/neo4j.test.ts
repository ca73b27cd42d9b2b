// The Neo4j backend against a real server: runs when NEO4J_URI is set
// (with NEO4J_USER, NEO4J_PASSWORD), reported as skipped otherwise.
import { Neo4jStore } from '../src/store/neo4j';
import { ingestFiles } from '../src/ingest/ingest';
import { discoverDocuments } from '../src/read/discover';
import { SAMPLES } from './helpers/run';

const uri = process.env.NEO4J_URI;
const suite = uri ? describe : describe.skip;

suite('Neo4j store (NEO4J_URI)', () => {
  let store: Neo4jStore;
  const files = discoverDocuments([SAMPLES]);

  beforeAll(() => {
    store = new Neo4jStore({ uri: uri!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE });
  });
  afterAll(() => store?.close());

  test('loads the samples, finds the expected facts, and a second load changes nothing', async () => {
    await ingestFiles(files, store);
    const first = await store.counts();
    const again = (await ingestFiles(files, store)).written;
    expect(again).toEqual({ nodesCreated: 0, nodesUpdated: 0, documentsCreated: 0, relationshipsCreated: 0 });
    expect(await store.counts()).toEqual(first);
    const held = await store.read('MATCH (p:Person)-[r:HOLDS_POSITION]->(z:Zone) RETURN p.name AS p');
    expect(held.rows.length).toBeGreaterThan(3);
    const signed = await store.read('MATCH (c:Company)-[:SIGNED_WITH]->(z:Zone) RETURN c.name AS c');
    expect(signed.rows.length).toBeGreaterThan(2);
    const located = await store.read('MATCH (j:Project)-[:LOCATED_IN]->(z:Zone) RETURN j.name AS j');
    expect(located.rows.length).toBeGreaterThan(2);
  });

  test('uniqueness constraints exist for every label', async () => {
    const res = await store.read('SHOW CONSTRAINTS YIELD name RETURN name');
    expect(res.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['kg_Person_key', 'kg_Zone_key', 'kg_Document_key']));
  });

  test('writes are refused on the read path', async () => {
    await expect(store.read("CREATE (n:Person {key: 'x'})")).rejects.toThrow(/read-only/);
  });
});

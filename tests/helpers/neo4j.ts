// The Neo4j server the tests use: NEO4J_URI (with NEO4J_USER and
// NEO4J_PASSWORD), which .ci/run starts. In CI a missing server is a failure,
// not a skip; elsewhere the Neo4j tests skip with this message.
import neo4j from 'neo4j-driver';

export interface Neo4jEnv { uri: string; user: string; password: string; database?: string }

export function neo4jEnv(): Neo4jEnv | undefined {
  const uri = process.env.NEO4J_URI;
  if (uri) return { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE };
  if (process.env.CI) throw new Error('CI: NEO4J_URI is not set, but the Neo4j suites must run (.ci/run starts Neo4j)');
  process.stderr.write('Neo4j tests skipped: set NEO4J_URI (npm run neo4j starts a local server)\n');
  return undefined;
}

/**
 * Empties the server's database, through `uri` (the routing scheme too), in
 * transactions of 10,000 relationships, then of 10,000 nodes: one transaction
 * over a large graph (left by `npm run bench`, say), or over the nodes of a
 * hub's many relationships, exceeds the server's memory for a transaction.
 */
export async function emptyNeo4j(env: Neo4jEnv, uri = env.uri): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(env.user, env.password));
  const session = driver.session({ database: env.database });
  try {
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

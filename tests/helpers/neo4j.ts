// The Neo4j server the tests use: NEO4J_URI (with NEO4J_USER and
// NEO4J_PASSWORD), which .ci/run starts. In CI a missing server is a failure,
// not a skip; elsewhere the Neo4j tests skip with this message.
export interface Neo4jEnv { uri: string; user: string; password: string; database?: string }

export function neo4jEnv(): Neo4jEnv | undefined {
  const uri = process.env.NEO4J_URI;
  if (uri) return { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE };
  if (process.env.CI) throw new Error('CI: NEO4J_URI is not set, but the Neo4j suites must run (.ci/run starts Neo4j)');
  process.stderr.write('Neo4j tests skipped: set NEO4J_URI (npm run neo4j starts a local server)\n');
  return undefined;
}

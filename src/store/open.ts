// Chooses the store: Neo4j when a URI is given (--neo4j or NEO4J_URI),
// otherwise the embedded LadybugDB in --data, KG_DATA or ./kg-data.
// Each backend is imported when it is opened: kg extract and kg eval never
// load a database driver or LadybugDB's native binary.
import type { GraphStore } from './store';

export interface StoreOptions { neo4j?: string; data?: string; readOnly?: boolean }

export const DEFAULT_DATA_DIR = 'kg-data';

/** Where the store is: a Neo4j URI, or the embedded store's folder. */
export function storeLocation(options: StoreOptions = {}, env: NodeJS.ProcessEnv = process.env): { neo4j?: string; dir?: string } {
  const uri = options.neo4j ?? env.NEO4J_URI;
  return uri ? { neo4j: uri } : { dir: options.data ?? env.KG_DATA ?? DEFAULT_DATA_DIR };
}

/** Opens the store; an embedded store left damaged by a crash or a full disk fails here with StoreDamaged. */
export async function openStore(options: StoreOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  const uri = options.neo4j ?? env.NEO4J_URI;
  if (uri) {
    const { Neo4jStore } = await import('./neo4j');
    const store = new Neo4jStore({ uri, user: env.NEO4J_USER ?? env.NEO4J_USERNAME, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE });
    await store.connect();
    return store;
  }
  const { LadybugStore } = await import('./ladybug');
  const store = new LadybugStore({ dir: options.data ?? env.KG_DATA ?? DEFAULT_DATA_DIR, readOnly: options.readOnly });
  await store.open();
  return store;
}

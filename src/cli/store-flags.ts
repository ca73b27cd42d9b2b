// The options every command that opens the store shares.
import type { Command } from 'commander';

export interface StoreFlags { neo4j?: string; data?: string }

export function storeOptions(cmd: Command): Command {
  return cmd
    .option('--neo4j <uri>', 'Neo4j URI (default: $NEO4J_URI; user, password, database from NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)')
    .option('--data <dir>', 'folder of the embedded LadybugDB store when no Neo4j is set (default: $KG_DATA or ./kg-data)');
}

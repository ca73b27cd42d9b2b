// kg remove PATH…: documents out of the store, with whatever only they supported.
import path from 'node:path';
import type { Command } from 'commander';
import { openStore } from '../store/open';
import { DOCUMENT_LABEL } from '../schema/ontology';
import { storeOptions, type StoreFlags } from './store-flags';
import { fail } from './errors';

export function registerRemove(program: Command): void {
  const cmd = program.command('remove')
    .description('remove ingested documents (by file, or every document under a folder) and the facts only they supported')
    .argument('<paths...>', 'files or folders as they were ingested');
  storeOptions(cmd).action(async (paths: string[], opts: StoreFlags) => {
    const store = await openStore({ neo4j: opts.neo4j, data: opts.data });
    try {
      const stored = await store.read(`MATCH (d:${DOCUMENT_LABEL}) RETURN d.key AS key, d.path AS path`);
      const wanted = paths.map((p) => path.resolve(p));
      const under = (p: string) => wanted.some((w) => p === w || p.startsWith(`${w}${path.sep}`));
      const keys = stored.rows.filter((r) => under(r.path as string)).map((r) => r.key as string);
      if (!keys.length) fail(`remove: no stored document under ${paths.join(', ')}`);
      const removed = await store.removeDocuments(keys);
      const counts = await store.counts();
      process.stdout.write(`removed: ${removed.documents} documents, ${removed.nodesDeleted} entities no other document mentions, ${removed.relationshipsDeleted} relationships\nstore: ${store.description} now holds ${counts.nodes} nodes and ${counts.relationships} relationships\n`);
    } finally {
      await store.close();
    }
  });
}

// kg duplicates: nodes that share a name but were kept apart, for review.
import type { Command } from 'commander';
import { openStore } from '../store/open';
import { likelyDuplicates } from '../resolve/duplicates';
import { storeOptions, type StoreFlags } from './store-flags';
import { formatTable } from './table';

export function registerDuplicates(program: Command): void {
  const cmd = program.command('duplicates')
    .description('list nodes of one type that share a name but were kept apart (possible namesakes or local short forms)')
    .option('--json', 'print JSON Lines, one group per line');
  storeOptions(cmd).action(async (opts: StoreFlags & { json?: boolean }) => {
    const store = await openStore({ neo4j: opts.neo4j, data: opts.data, readOnly: true });
    try {
      const groups = await likelyDuplicates(store);
      if (opts.json) { for (const g of groups) process.stdout.write(`${JSON.stringify(g)}\n`); return; }
      const rows = groups.flatMap((g) => g.nodes.map((n) => ({ type: g.label, name: g.name, key: n.key, documents: n.docs })));
      process.stdout.write(`${formatTable(['type', 'name', 'key', 'documents'], rows)}\n${groups.length} names held by more than one node\n`);
    } finally {
      await store.close();
    }
  });
}

// kg ingest PATH…: extract, resolve across documents and load into the store.
import type { Command } from 'commander';
import { discoverDocuments } from '../read/discover';
import { extractFiles } from '../ingest/documents';
import { resolve } from '../resolve/resolve';
import { openStore } from '../store/open';
import { ProgressLine } from './progress';
import { fail } from './errors';
import { storeOptions, type StoreFlags } from './store-flags';

export function registerIngest(program: Command): void {
  const cmd = program.command('ingest')
    .description('extract documents, resolve entities across them and load the graph into the store')
    .argument('<paths...>', 'files or folders (.txt, .md, .html, .htm)')
    .option('-q, --quiet', 'no progress output');
  storeOptions(cmd).action(async (paths: string[], opts: StoreFlags & { quiet?: boolean }) => {
    const files = discoverDocuments(paths);
    if (!files.length) fail(`ingest: no documents under ${paths.join(', ')}`);
    const progress = new ProgressLine(opts.quiet);
    const batch = extractFiles(files, (i) => progress.update(i + 1, files.length, 'extracting'));
    progress.done();
    for (const f of batch.failures) process.stderr.write(`kg ingest: ${f.file}: ${f.error} (skipped)\n`);
    const store = openStore({ neo4j: opts.neo4j, data: opts.data });
    try {
      await store.ensureSchema();
      const graph = resolve(batch.extractions, batch.documents, await store.knownNodes());
      const summary = await store.write(graph, (d, t, what) => progress.update(d, t, `writing ${what}`));
      progress.done();
      const counts = await store.counts();
      const lines = [
        `documents: ${files.length} read, ${batch.extractions.length} extracted, ${batch.failures.length} failed`,
        `resolved: ${graph.nodes.length} entities, ${graph.relationships.length} relations`,
        `written: ${summary.nodesCreated} nodes created, ${summary.nodesUpdated} updated, ${summary.relationshipsCreated} relationships created`,
        `store: ${store.description} now holds ${counts.nodes} nodes and ${counts.relationships} relationships`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    } finally {
      await store.close();
    }
    if (batch.failures.length) process.exitCode = 1;
  });
}

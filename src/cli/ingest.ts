// kg ingest PATH…: extract, resolve across documents and load into the store.
import type { Command } from 'commander';
import { discoverDocuments, printable } from '../read/discover';
import { ingestFiles } from '../ingest/ingest';
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
    const store = await openStore({ neo4j: opts.neo4j, data: opts.data });
    try {
      const report = await ingestFiles(files, store, (d, t, what) => progress.update(d, t, what.startsWith('extract') ? what : `writing ${what}`));
      progress.done();
      for (const f of report.warnings) process.stderr.write(`kg ingest: ${printable(f.file)}: ${f.warning}\n`);
      for (const f of report.failures) process.stderr.write(`kg ingest: ${printable(f.file)}: ${printable(f.error)} (skipped)\n`);
      const counts = await store.counts();
      const w = report.written;
      const lines = [
        `documents: ${report.read} read, ${report.extracted} extracted, ${report.failures.length} failed`,
        `resolved: ${report.entities} extracted entities into ${report.nodes} nodes, ${report.relations} relations`,
        `merged: ${report.joined} entities joined an existing node; ${report.namesakes} people kept apart from a namesake (see \`kg duplicates\`)`,
        `written: ${w.nodesCreated} nodes created, ${w.nodesUpdated} updated, ${w.documentsCreated} documents, ${w.relationshipsCreated} relationships created`,
        `store: ${store.description} now holds ${counts.nodes} nodes and ${counts.relationships} relationships`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      if (report.failures.length) process.exitCode = 1;
    } finally {
      await store.close();
    }
  });
}

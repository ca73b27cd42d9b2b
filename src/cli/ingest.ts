// kg ingest PATH…: extract, resolve across documents and load into the
// store, in batches, in a process of its own (ingest/bounded.ts); `--extracted
// SHARD…` loads `kg extract` output instead.
import fs from 'node:fs';
import type { Command } from 'commander';
import { discoverDocuments, printable } from '../read/discover';
import { ingestInOwnProcesses } from '../ingest/bounded';
import { ProgressLine } from './progress';
import { fail } from './errors';
import { storeOptions, type StoreFlags } from './store-flags';
import { positiveInteger } from './options';
import { extractionJobs, INGEST_BATCH } from '../defaults';

export function registerIngest(program: Command): void {
  const cmd = program.command('ingest')
    .description('extract documents, resolve entities across them and load the graph into the store')
    .argument('<paths...>', 'files or folders (.txt, .md, .html, .htm); with --extracted, JSON Lines files from kg extract')
    .option('--extracted', 'the paths are kg extract output (shards extracted anywhere): resolve and load them as a direct ingest would')
    .option('-j, --jobs <n>', 'threads extracting while the ingest\'s own resolves and writes (default: one per core but one)', positiveInteger, extractionJobs())
    .option('--batch-size <n>', 'documents committed together; a killed ingest redoes at most one batch', positiveInteger, INGEST_BATCH)
    .option('--report <file>', 'also write the report as JSON, with where the time went (ms)')
    .option('-q, --quiet', 'no progress output');
  storeOptions(cmd).action(async (paths: string[], opts: StoreFlags & { quiet?: boolean; jobs: number; batchSize: number; extracted?: boolean; report?: string }) => {
    const extracted = !!opts.extracted;
    const files = extracted ? paths : discoverDocuments(paths);
    if (!files.length) fail(`ingest: no documents under ${paths.join(', ')}`);
    for (const f of extracted ? files : []) if (!fs.existsSync(f)) fail(`ingest: ${f}: no such file`);
    const progress = new ProgressLine(opts.quiet);
    const job = { paths: files, extracted, store: { neo4j: opts.neo4j, data: opts.data }, jobs: opts.jobs, batchSize: opts.batchSize };
    const { report, counts, description } = await ingestInOwnProcesses(job, (d, t, what) => progress.update(d, t, what));
    progress.done();
    for (const f of report.warnings) process.stderr.write(`kg ingest: ${printable(f.file)}: ${f.warning}\n`);
    for (const f of report.failures) process.stderr.write(`kg ingest: ${printable(f.file)}: ${printable(f.error)} (skipped)\n`);
    const w = report.written;
    const lines = [
      `documents: ${report.read} read, ${report.unchanged} already stored (skipped), ${report.replaced} replaced by new content, ${report.extracted} extracted, ${report.failures.length} failed`,
      `extracted: ${report.entities} entities, ${report.relations} relations, committed in ${report.batches} batches`,
      `merged: ${report.joined} entities joined an existing node; ${report.namesakes} people in the store kept apart from a namesake (see \`kg duplicates\`)`,
      `written: ${w.nodesCreated} nodes created, ${w.nodesUpdated} updated, ${w.documentsCreated} documents, ${w.relationshipsCreated} relationships created`,
      `store: ${description} now holds ${counts.nodes} nodes and ${counts.relationships} relationships`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (opts.report) fs.writeFileSync(opts.report, `${JSON.stringify({ report, counts, store: description }, null, 2)}\n`);
    if (report.failures.length) process.exitCode = 1;
  });
}

// The ingest benchmark (npm run bench -- ingest [--sizes 1000,10000,100000]):
// a generated corpus (generate-corpus.mjs, fixed seed) per size, ingested
// into a fresh embedded store in a child process (its peak memory is its own,
// worker threads included), then ingested again. Prints per size: wall time,
// extraction throughput, resolution time, node rows written per second,
// relationships loaded per second, peak memory, the graph's size, and the
// second ingest's time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateCorpus } from './generate-corpus.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** Runs one ingest in a child, as `kg ingest` runs it (on its own thread, ingest/bounded.ts), and returns its report, wall time and peak memory. */
function ingestOnce(folder, data, jobs) {
  const script = `
    const { ingestOnOwnThread } = require(${JSON.stringify(path.join(root, 'dist/src/ingest/bounded.js'))});
    const { discoverDocuments } = require(${JSON.stringify(path.join(root, 'dist/src/read/discover.js'))});
    const { INGEST_BATCH } = require(${JSON.stringify(path.join(root, 'dist/src/defaults.js'))});
    (async () => {
      const started = Date.now();
      const job = { paths: discoverDocuments([process.argv[1]]), extracted: false, store: { data: process.argv[2] }, jobs: Number(process.argv[3]), batchSize: INGEST_BATCH };
      const { report, counts } = await ingestOnOwnThread(job);
      const rows = report.written.nodesCreated + report.written.nodesUpdated + report.written.documentsCreated + report.written.relationshipsCreated;
      console.log(JSON.stringify({ seconds: (Date.now() - started) / 1000, report, counts, rows, peakMB: process.resourceUsage().maxRSS / 1024 }));
    })();`;
  const res = spawnSync(process.execPath, ['-e', script, folder, data, String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (res.status !== 0) throw new Error(`bench ingest failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').pop());
}

export function benchIngest(sizes, jobs = os.availableParallelism()) {
  console.log(`ingest of a generated corpus into the embedded store (${jobs} extraction workers):`);
  for (const size of sizes) {
    const folder = path.join(os.tmpdir(), `kg-bench-corpus-${size}`);
    if (!fs.existsSync(folder) || fs.readdirSync(folder).length !== size) { fs.rmSync(folder, { recursive: true, force: true }); generateCorpus(size, folder, 1); }
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-ingest-'));
    const first = ingestOnce(folder, data, jobs);
    const again = ingestOnce(folder, data, jobs);
    fs.rmSync(data, { recursive: true, force: true });
    const t = first.report.timings;
    const chars = fs.readdirSync(folder).reduce((a, f) => a + fs.statSync(path.join(folder, f)).size / 3, 0);
    console.log(`  ${fmt(size)} documents: ${first.seconds.toFixed(1)} s end to end, peak ${fmt(first.peakMB)} MB`);
    const nodeRows = first.rows - first.report.written.relationshipsCreated;
    console.log(`    extraction ${(t.extract / 1000).toFixed(1)} s (${fmt(size / (t.extract / 1000))} docs/s, ~${fmt(chars / (t.extract / 1000))} chars/s); resolution ${(t.resolve / 1000).toFixed(1)} s`);
    console.log(`    batches written ${(t.write / 1000).toFixed(1)} s (${fmt(nodeRows)} node rows, ${fmt(nodeRows / (t.write / 1000))}/s); relationships loaded at the end ${(t.load / 1000).toFixed(1)} s (${fmt(first.report.written.relationshipsCreated)}, ${fmt(first.report.written.relationshipsCreated / (t.load / 1000))}/s)`);
    console.log(`    graph: ${fmt(first.counts.nodes)} nodes, ${fmt(first.counts.relationships)} relationships, ${first.report.batches} batches`);
    console.log(`    second ingest of the same folder: ${again.seconds.toFixed(1)} s (${(100 * again.seconds / first.seconds).toFixed(0)} % of the first), ${again.rows} rows written, peak ${fmt(again.peakMB)} MB`);
  }
}

// The ingest benchmark (npm run bench -- ingest [--sizes 1000,10000,100000]):
// a generated corpus (generate-corpus.mjs, fixed seed) per size, ingested
// into a fresh embedded store by `kg ingest` as a user runs it, then
// ingested again. Prints per size: wall time, extraction throughput,
// resolution time, node rows written per second, relationships loaded per
// second, peak memory (of the command's process, its threads included,
// sampled from /proc), the graph's size, and the second ingest's time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { generateCorpus } from './generate-corpus.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { extractionJobs } = createRequire(import.meta.url)(path.join(root, 'dist/src/defaults.js'));
const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** Resident memory of a process and every process it started, all their threads, in MB (Linux /proc; 0 once gone). `kg ingest` runs its stages in child processes. */
function rssMB(pid) {
  try {
    const own = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    const children = fs.readdirSync(`/proc/${pid}/task`).flatMap((t) => fs.readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
    return own + children.reduce((sum, c) => sum + rssMB(Number(c)), 0);
  } catch {
    return 0;
  }
}

/** Runs `kg ingest` once, as a command (as npx runs it: bin/kg.js sets its malloc arenas); returns its report, wall time and the peak of its memory (sampled every 50 ms). */
function ingestOnce(folder, data, jobs, neo4jUri = '') {
  const reportFile = path.join(data, '..', `${path.basename(data)}-report.json`);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(path.join(root, 'bin', 'kg.js'), ['ingest', '-q', '--jobs', String(jobs), '--data', data, '--report', reportFile, folder], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NEO4J_URI: neo4jUri } });
    let peakMB = 0, stderr = '';
    const sampler = setInterval(() => { peakMB = Math.max(peakMB, rssMB(child.pid)); }, 50);
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) { reject(new Error(`bench ingest failed: ${stderr}`)); return; }
      const { report, counts } = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
      fs.rmSync(reportFile);
      const rows = report.written.nodesCreated + report.written.nodesUpdated + report.written.documentsCreated + report.written.relationshipsCreated;
      resolve({ seconds: (Date.now() - started) / 1000, report, counts, rows, peakMB });
    });
  });
}

export async function benchIngest(sizes, jobs = extractionJobs()) {
  console.log(`ingest of a generated corpus into the embedded store (--jobs ${jobs}: that many threads extracting while one writes):`);
  for (const size of sizes) {
    const folder = path.join(os.tmpdir(), `kg-bench-corpus-${size}`);
    if (!fs.existsSync(folder) || fs.readdirSync(folder).length !== size) { fs.rmSync(folder, { recursive: true, force: true }); generateCorpus(size, folder, 1); }
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-ingest-'));
    const first = await ingestOnce(folder, data, jobs);
    const again = await ingestOnce(folder, data, jobs);
    fs.rmSync(data, { recursive: true, force: true });
    const t = first.report.timings;
    const chars = fs.readdirSync(folder).reduce((a, f) => a + fs.statSync(path.join(folder, f)).size / 3, 0);
    console.log(`  ${fmt(size)} documents: ${first.seconds.toFixed(1)} s end to end, peak ${fmt(first.peakMB)} MB`);
    const nodeRows = first.rows - first.report.written.relationshipsCreated;
    console.log(`    extraction ${(t.extract / 1000).toFixed(1)} s (${fmt(size / (t.extract / 1000))} docs/s, ~${fmt(chars / (t.extract / 1000))} chars/s); resolution ${(t.resolve / 1000).toFixed(1)} s`);
    console.log(`    batches written ${(t.write / 1000).toFixed(1)} s (${fmt(nodeRows)} node rows, ${fmt(nodeRows / (t.write / 1000))}/s); relationships loaded at the end ${(t.load / 1000).toFixed(1)} s (${fmt(first.report.written.relationshipsCreated)}, ${fmt(first.report.written.relationshipsCreated / (t.load / 1000))}/s)`);
    console.log(`    graph: ${fmt(first.counts.nodes)} nodes, ${fmt(first.counts.relationships)} relationships, ${first.report.batches} batches`);
    console.log(`    second ingest of the same folder: ${again.seconds.toFixed(1)} s (${(100 * again.seconds / first.seconds).toFixed(0)} % of the first), ${again.rows} rows written, peak ${fmt(again.peakMB)} MB`);
    if (process.env.NEO4J_URI && size <= NEO4J_INGEST_MAX) await benchNeo4jIngest(folder, jobs, first);
  }
}

/** The largest corpus also ingested into Neo4j (a 100k ingest there takes many minutes). */
const NEO4J_INGEST_MAX = 10_000;

/** The same corpus into the Neo4j at NEO4J_URI, emptied first, and again; its speed beside the embedded store's. */
async function benchNeo4jIngest(folder, jobs, embedded) {
  const neo4j = createRequire(import.meta.url)('neo4j-driver');
  const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
  const session = driver.session();
  try { await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'); } finally { await session.close(); await driver.close(); }
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-neo4j-'));
  const first = await ingestOnce(folder, data, jobs, process.env.NEO4J_URI);
  const again = await ingestOnce(folder, data, jobs, process.env.NEO4J_URI);
  fs.rmSync(data, { recursive: true, force: true });
  const t = first.report.timings;
  console.log(`    into Neo4j (${process.env.NEO4J_URI}): ${first.seconds.toFixed(1)} s end to end (${(embedded.seconds / first.seconds).toFixed(2)}× the embedded store's speed; extraction ${(t.extract / 1000).toFixed(1)} s, written ${((t.write + t.load) / 1000).toFixed(1)} s, ${fmt(first.rows)} rows), peak ${fmt(first.peakMB)} MB; again: ${again.seconds.toFixed(1)} s, ${again.rows} rows written`);
}

#!/usr/bin/env node
// Benchmarks, printed as figures and ratios (run after `npm run build`):
//  1. extraction throughput on a corpus of at least 5 MB built from the
//     samples, against bare jieba segmentation of the same text in this run;
//  2. loading a synthetic graph into the embedded LadybugDB store;
//  3. the viewer in headless Chromium (bench-viewer.mjs): first render and
//     frames per second while panning, 5k/10k and 50k/100k synthetic graphs.
// `npm run bench -- extraction` (or store, viewer) runs one part.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { syntheticGraph } from './synthetic-graph.mjs';
import { benchViewer } from './bench-viewer.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { readDocument } = require(path.join(root, 'dist/src/read/document.js'));
const { cleanDocument } = require(path.join(root, 'dist/src/clean/index.js'));
const { extractClean } = require(path.join(root, 'dist/src/extract/index.js'));
const { cut } = require(path.join(root, 'dist/src/extract/segment.js'));
const { LadybugStore } = require(path.join(root, 'dist/src/store/ladybug.js'));

const MB = 1024 * 1024;
const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

function corpus(targetBytes) {
  const docs = fs.readdirSync(path.join(root, 'samples')).map((f) => readDocument(path.join(root, 'samples', f)));
  const out = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const d = docs[i % docs.length];
    out.push({ ...d, name: `${i}_${d.name}` });
    bytes += Buffer.byteLength(d.original);
  }
  return { docs: out, bytes, chars: out.reduce((a, d) => a + d.original.length, 0) };
}

function time(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

const ROUNDS = 5;

/** Best of `rounds` interleaved runs of each: the machine's noise only ever adds time. */
function bestOf(rounds, fns) {
  const best = fns.map(() => Infinity);
  for (let r = 0; r < rounds; r++) fns.forEach((fn, i) => { best[i] = Math.min(best[i], time(fn)); });
  return best;
}

function benchExtraction() {
  const { docs, bytes, chars } = corpus(5 * MB);
  cut('预热'); extractClean('warm', docs[0].original, cleanDocument(docs[0].readable));
  const [segSeconds, extractSeconds] = bestOf(ROUNDS, [
    () => { for (const d of docs) cut(d.original); },
    () => { for (const d of docs) extractClean(d.name, d.original, cleanDocument(d.readable)); },
  ]);
  console.log(`extraction corpus: ${docs.length} documents, ${(bytes / MB).toFixed(1)} MB, ${fmt(chars)} characters (best of ${ROUNDS} runs each)`);
  console.log(`  bare segmentation (jieba cut): ${fmt(chars / segSeconds)} chars/s`);
  console.log(`  extraction (clean + extract):  ${fmt(chars / extractSeconds)} chars/s, ${fmt(docs.length / extractSeconds)} docs/s`);
  console.log(`  extraction / segmentation cost ratio: ${(extractSeconds / segSeconds).toFixed(2)}×`);
}

async function benchStore(nodes, edges) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-'));
  const graph = syntheticGraph(nodes, edges);
  const store = new LadybugStore({ dir });
  await store.ensureSchema();
  let t = process.hrtime.bigint();
  const first = await store.write(graph);
  const load = Number(process.hrtime.bigint() - t) / 1e9;
  t = process.hrtime.bigint();
  const again = await store.write(graph);
  const reload = Number(process.hrtime.bigint() - t) / 1e9;
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const rows = nodes + edges + nodes;
  console.log(`store load (LadybugDB, ${fmt(nodes)} nodes, ${fmt(edges)} relationships + provenance):`);
  console.log(`  first load: ${load.toFixed(2)} s, ${fmt(rows / load)} rows/s (${first.nodesCreated} nodes, ${first.relationshipsCreated} relationships created)`);
  console.log(`  second load of the same graph: ${reload.toFixed(2)} s, ${again.nodesCreated + again.relationshipsCreated} rows written`);
}

const parts = process.argv.slice(2);
const wanted = (part) => !parts.length || parts.includes(part);
if (wanted('extraction')) benchExtraction();
if (wanted('store')) await benchStore(20000, 40000);
if (wanted('viewer')) {
  await benchViewer([
    { nodes: 5000, edges: 10000, maxNodes: 5000 },
    { nodes: 50000, edges: 100000, maxNodes: 50000 },
    { nodes: 50000, edges: 100000, maxNodes: 2000 },
  ]);
}

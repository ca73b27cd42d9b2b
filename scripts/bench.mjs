#!/usr/bin/env node
// Benchmarks, printed as figures and ratios (run after `npm run build`):
//  1. extraction throughput on a corpus of at least 5 MB built from the
//     samples, against bare jieba segmentation of the same text in this run;
//  2. loading a synthetic graph into the embedded LadybugDB store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

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

/** Best of `rounds` interleaved runs of each: the machine's noise only ever adds time. */
function bestOf(rounds, fns) {
  const best = fns.map(() => Infinity);
  for (let r = 0; r < rounds; r++) fns.forEach((fn, i) => { best[i] = Math.min(best[i], time(fn)); });
  return best;
}

function benchExtraction() {
  const { docs, bytes, chars } = corpus(5 * MB);
  cut('预热'); extractClean('warm', docs[0].original, cleanDocument(docs[0].readable));
  const [segSeconds, extractSeconds] = bestOf(3, [
    () => { for (const d of docs) cut(d.original); },
    () => { for (const d of docs) extractClean(d.name, d.original, cleanDocument(d.readable)); },
  ]);
  console.log(`extraction corpus: ${docs.length} documents, ${(bytes / MB).toFixed(1)} MB, ${fmt(chars)} characters (best of 3 runs each)`);
  console.log(`  bare segmentation (jieba cut): ${fmt(chars / segSeconds)} chars/s`);
  console.log(`  extraction (clean + extract):  ${fmt(chars / extractSeconds)} chars/s, ${fmt(docs.length / extractSeconds)} docs/s`);
  console.log(`  extraction / segmentation cost ratio: ${(extractSeconds / segSeconds).toFixed(2)}×`);
}

async function benchStore(nodes, edges) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-'));
  const graph = { nodes: [], relationships: [], documents: [{ key: 'bench.txt', name: 'bench.txt', path: '', title: '', date: '', encoding: 'UTF-8', text: '' }] };
  for (let i = 0; i < nodes; i++) graph.nodes.push({ key: `Company:c${i}`, label: 'Company', name: `公司${i}`, aliases: [], props: {}, docs: ['bench.txt'] });
  for (let i = 0; i < edges; i++) {
    graph.relationships.push({ key: `r${i}`, type: 'SIGNED_WITH', source: `Company:c${i % nodes}`, target: `Company:c${(i * 7919 + 1) % nodes}`, props: {}, doc: 'bench.txt', evidence: '双方签订合作协议。', evidenceStart: 0, evidenceEnd: 9 });
  }
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

benchExtraction();
await benchStore(20000, 40000);

#!/usr/bin/env node
// Benchmarks, printed as figures and ratios (run after `npm run build`):
//  1. extraction throughput on a corpus of at least 5 MB built from the
//     samples, against bare jieba segmentation of the same text in this run;
//  2. cross-document resolution of synthetic extractions at 1k, 10k and 100k
//     documents (time per document: flat when the cost is linear);
//  3. loading a synthetic graph into the embedded LadybugDB store, and into
//     Neo4j when NEO4J_URI is set, side by side;
//  4. the viewer in headless Chromium (bench-viewer.mjs): first render and
//     frames per second while panning, 5k/10k and 50k/100k synthetic graphs.
//  5. ingest of a generated corpus at 1k, 10k and 100k documents
//     (bench-ingest.mjs; --sizes 1000,10000 to choose).
// `npm run bench -- extraction` (or resolution, store, viewer, ingest) runs one part.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { syntheticGraph } from './synthetic-graph.mjs';
import { benchViewer } from './bench-viewer.mjs';
import { benchIngest } from './bench-ingest.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { readDocument } = require(path.join(root, 'dist/src/read/document.js'));
const { extractDocument } = require(path.join(root, 'dist/src/extract/index.js'));
const { cut } = require(path.join(root, 'dist/src/extract/segment.js'));
const { LadybugStore } = require(path.join(root, 'dist/src/store/ladybug.js'));
const { Neo4jStore } = require(path.join(root, 'dist/src/store/neo4j.js'));
const { resolve } = require(path.join(root, 'dist/src/resolve/resolve.js'));

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
  cut('预热'); extractDocument(docs[0]);
  const [segSeconds, extractSeconds] = bestOf(ROUNDS, [
    () => { for (const d of docs) cut(d.original); },
    () => { for (const d of docs) extractDocument(d); },
  ]);
  console.log(`extraction corpus: ${docs.length} documents, ${(bytes / MB).toFixed(1)} MB, ${fmt(chars)} characters (best of ${ROUNDS} runs each)`);
  console.log(`  bare segmentation (jieba cut): ${fmt(chars / segSeconds)} chars/s`);
  console.log(`  extraction (clean + extract):  ${fmt(chars / extractSeconds)} chars/s, ${fmt(docs.length / extractSeconds)} docs/s`);
  console.log(`  extraction / segmentation cost ratio: ${(extractSeconds / segSeconds).toFixed(2)}×`);
}

/**
 * Synthetic extractions with a fixed seed: 20 entities a document drawn from
 * pools that grow with the corpus (people, companies, zones recur across
 * documents), with positions and signings between them.
 */
function syntheticExtractions(count) {
  let seed = 42;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  const given = '建国华明伟强军平东海峰波志刚磊涛超勇杰';
  const places = ['长春', '杭州', '合肥', '成都', '武汉', '长沙', '南京', '郑州', '西安', '济南'];
  const pool = Math.max(50, count / 5);
  return Array.from({ length: count }, (_, d) => {
    const entities = [], relations = [];
    const place = places[rand(places.length)];
    for (let k = 0; k < 20; k++) {
      const n = rand(pool);
      const kind = k % 4;
      const e = kind === 0 ? { type: 'Person', name: surnames[n % 20] + given[(n >> 3) % 20] + given[(n >> 5) % 20] }
        : kind === 1 ? { type: 'Company', name: `${place}${surnames[n % 20]}${given[(n >> 2) % 20]}科技有限公司` }
        : kind === 2 ? { type: 'Zone', name: `${places[n % 10]}${given[n % 20]}经开区` }
        : { type: 'Place', name: places[n % 10] };
      entities.push({ id: `e${k}`, ...e, aliases: [] });
    }
    for (let k = 0; k + 1 < 20; k += 2) {
      const type = entities[k].type === 'Person' ? 'HOLDS_POSITION' : entities[k].type === 'Company' ? 'SIGNED_WITH' : 'LOCATED_IN';
      relations.push({ type, source: `e${k}`, target: `e${k + 1}`, evidence: { text: '…', start: k * 10, end: k * 10 + 5 } });
    }
    const key = `doc${d}`;
    return { extraction: { doc: `${key}.txt`, entities, relations }, document: { key, name: `${key}.txt`, path: key, title: key, date: '', encoding: 'utf-8', text: '' } };
  });
}

function benchResolution() {
  resolve(syntheticExtractions(200)); // warm up: the segmenter's and converter's dictionaries load once
  console.log('resolution (synthetic extractions, 20 entities a document):');
  for (const count of [1000, 10000, 100000]) {
    const items = syntheticExtractions(count);
    const t = process.hrtime.bigint();
    const graph = resolve(items);
    const seconds = Number(process.hrtime.bigint() - t) / 1e9;
    console.log(`  ${fmt(count)} documents: ${seconds.toFixed(2)} s, ${(seconds / count * 1e6).toFixed(0)} µs per document, ${fmt(graph.nodes.length)} nodes, ${fmt(graph.relationships.length)} relationships`);
  }
}

/** Loads one synthetic graph into each store this machine has (Neo4j when NEO4J_URI is set), side by side. */
async function benchStores(nodes, edges) {
  const graph = syntheticGraph(nodes, edges);
  const rows = nodes + edges + nodes; // entities, relationships, provenance
  console.log(`store load (${fmt(nodes)} nodes, ${fmt(edges)} relationships + ${fmt(nodes)} provenance links, ${fmt(rows)} rows):`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-'));
  await benchStore('LadybugDB', new LadybugStore({ dir }), graph, rows);
  fs.rmSync(dir, { recursive: true, force: true });
  if (process.env.NEO4J_URI) {
    const neo4j = require('neo4j-driver');
    const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
    // An implicit (auto-commit) transaction: the only kind that may run CALL … IN TRANSACTIONS, which keeps
    // each deletion under the server's memory limit for one transaction.
    const session = driver.session();
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    await session.close();
    await driver.close();
    await benchStore('Neo4j', new Neo4jStore({ uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD }), graph, rows);
  } else {
    console.log('  Neo4j: not measured (set NEO4J_URI, or start one with `npm run neo4j`)');
  }
}

async function benchStore(name, store, graph, rows) {
  await store.ensureSchema();
  let t = process.hrtime.bigint();
  const first = await store.write(graph);
  const load = Number(process.hrtime.bigint() - t) / 1e9;
  t = process.hrtime.bigint();
  const again = await store.write(graph);
  const reload = Number(process.hrtime.bigint() - t) / 1e9;
  await store.close();
  console.log(`  ${name}: first load ${load.toFixed(2)} s, ${fmt(rows / load)} rows/s (${fmt(first.nodesCreated)} nodes, ${fmt(first.relationshipsCreated)} relationships); second load ${reload.toFixed(2)} s, ${fmt(rows / reload)} rows/s, ${again.nodesCreated + again.nodesUpdated + again.relationshipsCreated} rows written`);
}

const args = process.argv.slice(2);
const sizesAt = args.indexOf('--sizes');
const sizes = sizesAt >= 0 ? args.splice(sizesAt, 2)[1].split(',').map(Number) : [1000, 10000, 100000];
const parts = args;
const wanted = (part) => !parts.length || parts.includes(part);
if (wanted('extraction')) benchExtraction();
if (wanted('resolution')) benchResolution();
if (wanted('store')) await benchStores(25000, 50000);
if (wanted('ingest')) await benchIngest(sizes);
if (wanted('viewer')) {
  await benchViewer([
    { nodes: 5000, edges: 10000, maxNodes: 5000 },
    { nodes: 50000, edges: 100000, maxNodes: 50000 },
    { nodes: 50000, edges: 100000, maxNodes: 2000 },
  ]);
}

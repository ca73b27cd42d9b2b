// Viewer benchmark: a synthetic graph in a LadybugDB store, `kg serve` on a
// free port, the page in Debian's headless Chromium (software WebGL, as on
// a machine without a GPU). Measures the time from navigation to the first
// frame showing the graph, and frames per second while the camera pans.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { syntheticGraph } from './synthetic-graph.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { LadybugStore } = require(path.join(root, 'dist/src/store/ladybug.js'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAN_MS = 3000;

async function storeOf(nodes, edges) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-viewer-'));
  const store = new LadybugStore({ dir });
  await store.ensureSchema();
  await store.write(syntheticGraph(nodes, edges));
  await store.close();
  return dir;
}

function serve(dir, maxNodes) {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'kg.js'), 'serve', '--port', '0', '--data', dir, '--max-nodes', String(maxNodes)], { env: { ...process.env, NEO4J_URI: '' } });
  return new Promise((ok, ko) => {
    let out = '';
    child.stdout.on('data', (d) => { out += d; const m = /at (http:\/\/\S+)/.exec(out); if (m) ok({ url: m[1], stop: () => child.kill('SIGTERM') }); });
    child.stderr.on('data', (d) => { out += d; });
    child.on('exit', (code) => ko(new Error(`kg serve exited ${code}: ${out}`)));
  });
}

/** Opens the viewer and measures one graph; the page starts without saved positions. */
async function measure(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.kg?.ready === true, null, { timeout: 600_000, polling: 100 });
    const loaded = await page.evaluate(() => ({ firstRenderMs: window.kg.firstRenderMs, nodes: window.kg.graph.order, edges: window.kg.graph.size }));
    // The first visit's layout has settled when its positions are saved (stepped on the page, or the worker stopped).
    await page.waitForFunction(() => !!localStorage.getItem('kg.positions') && !window.kg.layout?.isRunning(), null, { timeout: 600_000, polling: 100 });
    const settledMs = await page.evaluate(() => performance.now());
    // Pan once the first layout has settled, as a reader does: drag the stage with the mouse.
    const fps = await panWithMouse(page);
    return { ...loaded, layoutMs: settledMs - loaded.firstRenderMs, fps };
  } finally {
    await page.close();
  }
}

/** Frames per second that sigma draws while the mouse drags the stage for PAN_MS. */
async function panWithMouse(page) {
  await page.evaluate(() => { window.kgFrames = 0; window.kg.renderer.on('afterRender', () => { window.kgFrames++; }); });
  await page.mouse.move(640, 400);
  await page.mouse.down();
  const t0 = Date.now();
  for (let k = 1; Date.now() - t0 < PAN_MS; k++) {
    await page.mouse.move(640 + 200 * Math.sin(k / 10), 400 + 100 * Math.cos(k / 10));
    await page.waitForTimeout(16);
  }
  const frames = await page.evaluate(() => window.kgFrames);
  const seconds = (Date.now() - t0) / 1000;
  await page.mouse.up();
  return frames / seconds;
}

/** Measures each case ({ nodes, edges, maxNodes }) and prints a line per case. */
export async function benchViewer(cases) {
  if (!fs.existsSync(CHROMIUM)) { console.log(`viewer: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium)`); return; }
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  console.log(`viewer (headless Chromium, software WebGL, ${PAN_MS / 1000} s of panning):`);
  try {
    const stores = new Map();
    for (const c of cases) {
      const size = `${c.nodes}/${c.edges}`;
      if (!stores.has(size)) stores.set(size, await storeOf(c.nodes, c.edges));
      const server = await serve(stores.get(size), c.maxNodes);
      try {
        const r = await measure(browser, server.url);
        const fmt = (n) => n.toLocaleString('en-US');
        console.log(`  ${fmt(c.nodes)} nodes / ${fmt(c.edges)} edges, --max-nodes ${fmt(c.maxNodes)}: drew ${fmt(r.nodes)} nodes, ${fmt(r.edges)} edges; first render ${(r.firstRenderMs / 1000).toFixed(2)} s; first layout settled ${(r.layoutMs / 1000).toFixed(1)} s later; panning ${r.fps.toFixed(1)} fps`);
      } finally {
        server.stop();
      }
    }
    for (const dir of stores.values()) fs.rmSync(dir, { recursive: true, force: true });
  } finally {
    await browser.close();
  }
}

// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { chromium, type Browser, type Page } from 'playwright-core';
import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}; .ci/run installs Debian's chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * How laid out the page's graph is: the mean edge length over the mean
 * distance between nodes (5,000 pairs). About 1 for random positions;
 * ForceAtlas2 brings related nodes together, well below 0.5.
 */
export function edgeToPairDistance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const g = (window as any).kg.graph;
    const at = (n: string) => g.getNodeAttributes(n);
    const dist = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    const edges: number[] = g.mapEdges((_e: string, _a: unknown, s: string, t: string) => dist(s, t));
    const nodes: string[] = g.nodes();
    let sum = 0;
    for (let i = 0; i < 5000; i++) sum += dist(nodes[(i * 7919) % nodes.length], nodes[(i * 104729 + 13) % nodes.length]);
    return edges.reduce((x, y) => x + y, 0) / edges.length / (sum / 5000);
  });
}

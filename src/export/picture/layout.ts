// Positions for a picture: seeded random starting points, then ForceAtlas2
// run a fixed number of steps on one thread. No clock and no Math.random:
// the same graph and seed give the same positions, so the same picture.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type Graph from 'graphology';

/** A small seeded generator (mulberry32): enough for starting positions. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function layoutGraph(graph: Graph, options: { seed: number; iterations: number }): void {
  const random = seededRandom(options.seed);
  graph.forEachNode((n) => graph.mergeNodeAttributes(n, { x: random() * 100, y: random() * 100 }));
  if (!graph.size) return;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    // Strong gravity keeps lone nodes and small components near the middle instead of on a distant ring.
    strongGravityMode: true,
    gravity: 0.05,
    adjustSizes: false,
    barnesHutOptimize: graph.order > 2000,
  };
  forceAtlas2.assign(graph, { iterations: options.iterations, settings });
}

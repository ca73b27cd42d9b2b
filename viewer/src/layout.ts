// Layouts: ForceAtlas2 in a web worker on demand (the Layout button), at
// once on the page's thread for a small first visit or a query's result.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { $, graph, renderer } from './view';
import { savePositions } from './model';

/**
 * ForceAtlas2 in a worker, built when it first runs on the graph shown: its
 * settings are inferred from the graph (built on an empty graph, slowDown
 * would be 1 + log(0) and nothing would move). A new picture gets a new one.
 */
let layout: FA2Layout | undefined;

/** The layout worker, if one exists (for tests and the bench). */
export const currentLayout = () => layout;

/** Starts or stops ForceAtlas2 in its worker; positions are saved when it stops. */
export function runLayout(run: boolean) {
  if (run === !!layout?.isRunning()) return;
  if (run) {
    layout ??= new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 } });
    layout.start();
  } else {
    layout?.stop();
    savePositions(graph);
  }
  $('layout').textContent = run ? '⏸ Layout' : '▶ Layout';
}

/** A new picture: the old worker's settings and graph size no longer hold. */
export function dropLayout() {
  layout?.kill();
  layout = undefined;
  $('layout').textContent = '▶ Layout';
}

/** Above this many nodes the first layout runs in the worker, not on the page's thread. */
const SYNC_LAYOUT_MAX_NODES = 1000;

const WORKER_LAYOUT_MS = 5000;

/** A query's result laid out at once (its nodes came with positions from other pictures, or none). */
export function layoutResult() {
  if (graph.order > SYNC_LAYOUT_MAX_NODES || !graph.size) return;
  forceAtlas2.assign(graph, { iterations: 150, settings: forceAtlas2.inferSettings(graph) });
  renderer.refresh();
}

/** A first layout for a graph without saved positions: at once when small, else in the worker for a few seconds. */
export function firstLayout() {
  if (graph.order <= SYNC_LAYOUT_MAX_NODES) {
    forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph) });
    savePositions(graph);
    renderer.refresh();
    return;
  }
  runLayout(true);
  setTimeout(() => runLayout(false), WORKER_LAYOUT_MS);
}


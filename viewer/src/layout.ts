// Layouts: ForceAtlas2 in a web worker on demand (the Layout button), at
// once on the page's thread for a small first visit or a query's result.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { $, graph, renderer } from './view';
import { savePositions } from './model';
import { onLanguageChange, t } from './i18n';

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
  showLayoutButton();
}

/** A new picture: the old worker's settings and graph size no longer hold. */
export function dropLayout() {
  layout?.kill();
  layout = undefined;
  showLayoutButton();
}

/** The Layout button says what pressing it does: start, or stop. */
function showLayoutButton() {
  $('layout').textContent = t(layout?.isRunning() ? 'layout.stop' : 'layout.run');
}
onLanguageChange(showLayoutButton);

/** Up to this many nodes a layout runs at once on the page's thread. */
const SYNC_LAYOUT_MAX_NODES = 1000;
/**
 * Up to this many, the first visit's layout runs on the page's thread in
 * short steps (the worker alone moves a few thousand nodes too slowly to
 * untangle them in seconds: measured, 5 s of it left 2,000 nodes a random
 * square); above, in the worker.
 */
const STEPPED_LAYOUT_MAX_NODES = 20000;
const STEPPED_LAYOUT_ITERATIONS = 150;
const ITERATIONS_PER_STEP = 2;
const WORKER_LAYOUT_MS = 5000;

export function layoutResult() {
  if (graph.order > SYNC_LAYOUT_MAX_NODES || !graph.size) return;
  forceAtlas2.assign(graph, { iterations: 150, settings: forceAtlas2.inferSettings(graph) });
  renderer.refresh();
}

/** A first layout for a graph without saved positions: at once when small, else in the worker for a few seconds. */
export async function firstLayout(): Promise<void> {
  if (graph.order <= SYNC_LAYOUT_MAX_NODES) {
    forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph) });
  } else if (graph.order <= STEPPED_LAYOUT_MAX_NODES) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
    for (let done = 0; done < STEPPED_LAYOUT_ITERATIONS; done += ITERATIONS_PER_STEP) {
      forceAtlas2.assign(graph, { iterations: ITERATIONS_PER_STEP, settings });
      // The page answers between steps; it is drawn once at the end (a frame of thousands of edges in software WebGL costs more than the steps).
      await new Promise((ok) => setTimeout(ok));
    }
  } else {
    runLayout(true);
    setTimeout(() => runLayout(false), WORKER_LAYOUT_MS);
    return;
  }
  savePositions(graph);
  renderer.refresh();
}


// Layouts: ForceAtlas2 in a web worker on demand (the Layout button); for a
// first visit, at once on the page's thread when small, else in a worker of
// its own (layout-worker.ts); at once for a query's result.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { $, graph, renderer } from './view';
import { savePositions } from './model';
import { onLanguageChange, t } from './i18n';
import type { LayoutJob, LayoutResult } from './layout-worker';

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
const FIRST_LAYOUT_ITERATIONS = 150;

export function layoutResult() {
  if (graph.order > SYNC_LAYOUT_MAX_NODES || !graph.size) return;
  forceAtlas2.assign(graph, { iterations: 150, settings: forceAtlas2.inferSettings(graph) });
  renderer.refresh();
}

/** A first layout for a graph without saved positions: at once when small, else in a worker while the page stays usable. */
export async function firstLayout(): Promise<void> {
  if (graph.order <= SYNC_LAYOUT_MAX_NODES) forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph) });
  else await layoutInWorker(FIRST_LAYOUT_ITERATIONS);
  savePositions(graph);
  renderer.refresh();
}

/** Runs ForceAtlas2 in layout-worker.ts and moves the nodes once, when it is done (nodes dropped meanwhile are left out). */
async function layoutInWorker(iterations: number): Promise<void> {
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  try {
    const job: LayoutJob = {
      nodes: graph.mapNodes((key, a) => [key, a.x as number, a.y as number]),
      edges: graph.mapEdges((_e, _a, source, target) => [source, target]),
      iterations,
    };
    const positions = await new Promise<LayoutResult>((done, fail) => {
      worker.onmessage = (e: MessageEvent<LayoutResult>) => done(e.data);
      worker.onerror = (e) => fail(new Error(`layout: ${e.message}`));
      worker.postMessage(job);
    });
    graph.updateEachNodeAttributes((key, a) => (positions[key] ? { ...a, ...positions[key] } : a), { attributes: ['x', 'y'] });
  } finally {
    worker.terminate();
  }
}

// A first layout off the page's thread: the page sends the graph once, this
// worker runs ForceAtlas2 for a fixed number of iterations and sends the
// positions back once. Nothing is drawn in between (a frame of thousands of
// edges in software WebGL costs more than an iteration).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutJob { nodes: Array<[key: string, x: number, y: number]>; edges: Array<[source: string, target: string]>; iterations: number }
export type LayoutResult = Record<string, { x: number; y: number }>;

self.onmessage = ({ data }: MessageEvent<LayoutJob>) => {
  const graph = new Graph({ multi: true, type: 'directed' });
  for (const [key, x, y] of data.nodes) graph.addNode(key, { x, y });
  for (const [source, target] of data.edges) graph.addEdge(source, target);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
  const positions: LayoutResult = forceAtlas2(graph, { iterations: data.iterations, settings });
  self.postMessage(positions);
};

// A graph as a picture's scene: laid out (layout.ts), coloured by entity type
// from the ontology, sized by degree, fitted into the frame around the title.
import type Graph from 'graphology';
import { ontology, type Names } from '../../schema/ontology';
import { layoutGraph } from './layout';
import type { Scene, SceneNode } from './scene';

export interface PictureOptions {
  width: number;
  height: number;
  background: string;
  title?: string;
  /** Legend and type names: 'zh' (人物) or 'en' (Person). */
  lang: 'zh' | 'en';
  seed: number;
  iterations: number;
  /** Label size for the best-connected node, in pixels. */
  fontSize: number;
}

const EDGE_COLOR = '#a8a8a8';
const UNKNOWN_COLOR = '#999999';

/** The scene of a graph; the graph itself is left as it was (the layout runs on a copy). */
export function sceneOf(source: Graph, options: PictureOptions): Scene {
  const graph = source.copy();
  layoutGraph(graph, options);
  const types: Record<string, Names & { color: string }> = { ...ontology.entities, [ontology.document.label]: ontology.document };
  let maxDegree = 1;
  graph.forEachNode((n) => { maxDegree = Math.max(maxDegree, graph.degree(n)); });
  const unit = Math.min(options.width, options.height) / 1000; // sizes scale with the frame
  const nodes: SceneNode[] = graph.mapNodes((key, a) => ({
    key,
    label: String(a.label ?? key),
    x: a.x as number,
    y: a.y as number,
    r: unit * (4 + 12 * Math.sqrt(graph.degree(key) / maxDegree)),
    color: types[a.type]?.color ?? UNKNOWN_COLOR,
    priority: graph.degree(key),
  }));
  fit(nodes, options, unit);
  const present = new Set(graph.mapNodes((_n, a) => a.type as string));
  const legend = Object.entries(types).filter(([t]) => present.has(t)).map(([t, spec]) => ({ label: spec[options.lang], color: spec.color }));
  return {
    width: options.width, height: options.height, background: options.background, title: options.title, fontSize: options.fontSize,
    nodes, legend,
    edges: graph.mapEdges((_e, _a, source, target) => ({ source, target, color: EDGE_COLOR })),
  };
}

/** Layout coordinates to pixels: the drawing fills the frame, inside a margin that leaves room for labels. */
function fit(nodes: SceneNode[], options: PictureOptions, unit: number): void {
  if (!nodes.length) return;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) { x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y); x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y); }
  const top = options.title ? options.fontSize * 3 : 0;
  const margin = 20 * unit + options.fontSize;
  const w = options.width - 2 * margin, h = options.height - 2 * margin - top;
  const scale = Math.min(w / Math.max(x1 - x0, 1e-9), h / Math.max(y1 - y0, 1e-9));
  // Centred: the spare room on the longer side split evenly.
  const ox = margin + (w - (x1 - x0) * scale) / 2, oy = margin + top + (h - (y1 - y0) * scale) / 2;
  for (const n of nodes) { n.x = ox + (n.x - x0) * scale; n.y = oy + (n.y - y0) * scale; }
}

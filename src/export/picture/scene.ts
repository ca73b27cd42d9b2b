// What a picture shows, in pixels of its frame: the input of the SVG drawing,
// built by the command line from a laid-out graph (fit.ts) and by the viewer
// from what sigma shows. No Node imports: the viewer bundles this file.

export interface SceneNode {
  key: string;
  label: string;
  x: number;
  y: number;
  /** Radius in pixels. */
  r: number;
  color: string;
  /** Larger is more important: its label is placed first. */
  priority: number;
  /** Label shown whatever its importance (a selected node and its neighbours). */
  forceLabel?: boolean;
}

export interface SceneEdge { source: string; target: string; color: string }

export interface Scene {
  width: number;
  height: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** Colour keys, in the order shown. */
  legend: Array<{ label: string; color: string }>;
  title?: string;
  background: string;
  /** Label font size for the most important node; the least get 70 % of it. */
  fontSize: number;
}

/** Fonts in order: the bundled Noto Sans Hans for the command line, the usual CJK fonts in a browser. */
export const FONT_FAMILY = "'Noto Sans Hans', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

// What every part of the page shares: the graph shown, the view's state
// (filters, selection, hover), the server's meta, and the sigma renderer
// whose reducers apply that state.
import Graph from 'graphology';
import Sigma from 'sigma';
import { drawDiscNodeLabel } from 'sigma/rendering';
import { drawPlacedLabel, forgetPlacement, labelsEveryNode } from './labels';
import type { Meta } from './api';
import { MIN_NODE_SIZE } from './model';
import { inDateRange, nodeMonth } from '../../src/export/filter';
import { relationName } from './names';

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
export const graph = new Graph({ multi: true, type: 'directed' });
export const state = {
  hiddenTypes: new Set<string>(), hiddenRels: new Set<string>(), minDegree: 0, from: '', to: '',
  selected: undefined as string | undefined, neighbours: new Set<string>(), community: undefined as Record<string, string> | undefined,
  hoveredEdge: undefined as string | undefined, zoomedIn: false,
  /** Counts the pictures asked for (a query, the whole graph, a path): an answer to an older request is dropped. */
  pictureRequests: 0,
};
/** What the server said at start: the ontology, totals, presets; and the colour of each entity type. */
export const session = { meta: undefined as unknown as Meta, colors: {} as Record<string, string> };
/** Below this camera ratio (zoomed in) every visible edge shows its relationship name; otherwise only the hovered one. */
export const EDGE_LABELS_BELOW_RATIO = 0.5;

export const renderer = new Sigma(graph, $('sigma'), {
  // Edge events here, in the constructor: sigma builds its edge-picking layer only then.
  renderEdgeLabels: true, enableEdgeEvents: true, zIndex: true, edgeLabelSize: 13, edgeLabelColor: { color: '#333' }, labelDensity: 1, labelRenderedSizeThreshold: MIN_NODE_SIZE, defaultEdgeType: 'arrow', labelFont: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
  // A small picture labels every node, placed apart (labels.ts); a large one keeps sigma's grid.
  defaultDrawNodeLabel: (context, data, settings) => (labelsEveryNode() ? drawPlacedLabel(context, data, settings) : drawDiscNodeLabel(context, data, settings)),
  nodeReducer: (n, a) => {
    const out: Record<string, unknown> = { ...a, forceLabel: labelsEveryNode() };
    if (state.hiddenTypes.has(a.entityType) || graph.degree(n) < state.minDegree
      || !inDateRange(nodeMonth(a.properties), state.from, state.to)) out.hidden = true;
    if (state.community) out.color = state.community[n] ?? a.color;
    if (state.selected) {
      if (n === state.selected || state.neighbours.has(n)) { out.highlighted = n === state.selected; out.forceLabel = true; }
      else { out.color = '#e4e4e4'; out.label = ''; }
    }
    return out;
  },
  edgeReducer: (e, a) => {
    const out = { ...a };
    if (state.hiddenRels.has(a.relType)) out.hidden = true;
    if (state.selected && !graph.extremities(e).includes(state.selected)) out.color = '#f0f0f0';
    out.label = state.zoomedIn || e === state.hoveredEdge ? relationName(a.relType) : '';
    // The edge under the pointer stands out: thicker and darker, its name drawn.
    if (e === state.hoveredEdge) { out.size = (a.size ?? 1) * 2.5; out.color = '#555'; out.zIndex = 1; }
    return out;
  },
});
renderer.on('beforeRender', forgetPlacement);

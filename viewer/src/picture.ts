// The picture: loading a subgraph into it, sizing and colouring, the colour
// key, selecting a node (the side panel) and expanding its neighbours.
import { api, type Subgraph } from './api';
import { $, graph, renderer, session, state } from './view';
import { communityColors, mergeSubgraph, MIN_NODE_SIZE, sizeNodes } from './model';
import { currentLayout, dropLayout } from './layout';
import { loading, report, status } from './status';
import { setHash } from './url';
import { frameNodes } from './navigation';
import { showHint, showNode } from './panel';
import { onLanguageChange, t } from './i18n';
import { typeName } from './names';

export function refresh() {
  sizeNodes(graph, ($('size-by') as HTMLSelectElement).value);
  state.community = ($('communities') as HTMLInputElement).checked ? communityColors(graph) : undefined;
  showColourKey();
  renderer.refresh();
}

/** The legend follows the colouring in force: entity types, or the largest Louvain communities. */
function showColourKey() {
  const key = $('community-legend');
  $('legend').classList.toggle('no-swatch', !!state.community);
  key.hidden = !state.community;
  if (!state.community) return;
  const sizes = new Map<string, number>();
  for (const c of Object.values(state.community)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  key.replaceChildren(...[...sizes].sort((a, b) => b[1] - a[1]).map(([color, n], i) => {
    const row = document.createElement('div');
    const swatch = Object.assign(document.createElement('span'), { className: 'swatch' });
    swatch.style.background = color;
    row.append(swatch, document.createTextNode(t('legend.community', { rank: i + 1, count: n })));
    return row;
  }));
}

onLanguageChange(showColourKey);

/** Up to this many nodes (a query's answer, a small neighbourhood) the frame leaves room for the longest label, so none is cut at the edge. */
const ROOM_FOR_LABELS_UP_TO = 50;
const STAGE_PADDING = 30; // sigma's default
/** The room is at most this share of the stage's width (sigma pads every side alike). */
const MAX_PADDING_SHARE = 0.4;
let measure: CanvasRenderingContext2D | undefined;

function leaveRoomForLabels() {
  if (graph.order > ROOM_FOR_LABELS_UP_TO) { renderer.setSetting('stagePadding', STAGE_PADDING); return; }
  measure ??= document.createElement('canvas').getContext('2d')!;
  measure.font = `${renderer.getSetting('labelSize')}px ${renderer.getSetting('labelFont')}`;
  const widest = Math.max(0, ...graph.mapNodes((_n, a) => measure!.measureText(String(a.label ?? '')).width));
  // The node's radius and sigma's 3-pixel gap come before the label.
  const room = widest + renderer.scaleSize(Math.max(MIN_NODE_SIZE, ...graph.mapNodes((_n, a) => a.size as number))) + 3;
  renderer.setSetting('stagePadding', Math.min(renderer.getDimensions().width * MAX_PADDING_SHARE, Math.max(STAGE_PADDING, room)));
}

/** Above this many edges, panning and zooming draw nodes only (software WebGL cannot keep up with more). */
const LIGHT_MOVES_ABOVE_EDGES = 3000;

export function load(sub: Subgraph, replace: boolean, near?: string) {
  // A new picture starts from the whole view: the camera may still be zoomed on an old selection, the frame fixed by a drag.
  if (replace) { dropLayout(); graph.clear(); state.selected = undefined; showHint($('panel')); renderer.setCustomBBox(null); renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }); }
  else if (currentLayout()) dropLayout(); // new nodes: settings inferred again on the next run
  mergeSubgraph(graph, sub, session.colors, near);
  renderer.setSetting('hideEdgesOnMove', graph.size > LIGHT_MOVES_ABOVE_EDGES);
  renderer.setSetting('hideLabelsOnMove', graph.size > LIGHT_MOVES_ABOVE_EDGES);
  refresh();
  leaveRoomForLabels();
  $('lone-toggle').hidden = !session.meta.totals.lone;
  status(pictureStatus);
}

/**
 * What the picture shows, after every filter (types, relationships, degree,
 * dates): entities and relationships drawn out of those stored, and how many
 * entities without relationships are left out.
 */
export function pictureStatus(): string {
  const total = session.meta.totals;
  const shown = (d: { hidden?: boolean } | undefined) => !!d && !d.hidden;
  const nodes = graph.filterNodes((n) => shown(renderer.getNodeDisplayData(n))).length;
  const edges = graph.filterEdges((e, _a, s, t) => shown(renderer.getEdgeDisplayData(e)) && shown(renderer.getNodeDisplayData(s)) && shown(renderer.getNodeDisplayData(t))).length;
  // Entities without a relationship are not drawn unless asked for: the status says how many, beside the switch that shows them.
  const lone = ($('show-lone') as HTMLInputElement).checked;
  return t('status.shown', { nodes, totalNodes: total.nodes, edges, totalEdges: total.edges }) + (total.lone && !lone ? t('status.lone', { count: total.lone }) : '') + (graph.order < total.nodes ? t('status.expandHint') : '');
}

/**
 * A new picture is asked for (a query, the whole graph, a path). The answer
 * to an older request, arriving later, must not replace it: the function
 * returned says whether this request has been overtaken.
 */
export function askForPicture(): () => boolean {
  const mine = ++state.pictureRequests;
  return () => mine !== state.pictureRequests;
}

let turn: Promise<unknown> = Promise.resolve();

/**
 * Runs picture work in the order it was asked for: an expansion asked while
 * the whole graph is on its way waits for it, instead of being replaced by it
 * when it arrives. (Queries are not queued: a newer query supersedes an older
 * one, query.ts.)
 */
export function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const mine = turn.then(work, work);
  turn = mine.catch(() => undefined);
  return mine;
}

/** Neighbours already asked for, per expanded node: the next double-click brings the next page. */
const expanded = new Map<string, number>();

/** Adds the next neighbours of a node (at most a page from the server) and says how many remain. */
export async function expand(key: string) {
  const offset = expanded.get(key) ?? 0;
  loading(() => t('status.expanding'));
  const sub = await api.neighbors(key, offset);
  loading(undefined);
  const shown = Math.min(sub.neighbours, offset + sub.nodes.length - 1);
  expanded.set(key, shown);
  load(sub, false, key);
  // The expanded node and its new neighbours in view: reframing the larger graph must not leave them off-screen.
  renderer.refresh();
  frameNodes(sub.nodes.map((n) => n.key));
  const left = sub.neighbours - shown;
  const name = graph.getNodeAttribute(key, 'label') as string, more = Math.min(left, sub.nodes.length - 1);
  status(() => t('status.neighbours', { name, shown, total: sub.neighbours }) + (left > 0 ? t('status.more', { count: more }) : ''));
}

export async function select(key: string) {
  setHash({ node: key });
  if (!graph.hasNode(key)) { load(await api.neighbors(key), false); expanded.delete(key); }
  state.selected = key;
  state.neighbours = new Set(graph.neighbors(key));
  renderer.refresh();
  // The node with its neighbours in view (a fixed zoom on the node alone cut them off).
  frameNodes([key, ...state.neighbours]);
  showNode($('panel'), await api.node(key), (k) => select(k).catch(report));
}

/** The legend of a picture: the entity types shown, unless colours are communities (then none: they have no names). */
export function legendShown() {
  if (state.community) return [];
  const shown = new Set(graph.filterNodes((n) => !renderer.getNodeDisplayData(n)?.hidden).map((n) => graph.getNodeAttribute(n, 'entityType') as string));
  return Object.entries(session.meta.ontology.entities).filter(([t]) => shown.has(t)).map(([t, spec]) => ({ label: typeName(t), color: spec.color }));
}


// The viewer: sigma renders a graphology graph loaded from the server;
// filters and highlights are sigma reducers, the layout runs ForceAtlas2 in
// a web worker, and large stores load their best-connected part first.
import Graph from 'graphology';
import Sigma from 'sigma';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { api, type Meta, type Subgraph } from './api';
import { MIN_NODE_SIZE, communityColors, mergeSubgraph, savePositions, sizeNodes } from './model';
import { inDateRange, nodeMonth } from '../../src/export/filter';
import { openDocument, showEdge, showNode } from './panel';
import { download, svgToPng, viewToSvg } from './export';
import { relationName, typeName, useOntology } from './names';
import { renderTable, type Cell } from './table';
import { queryHistory, remember, saveQuery, savedQueries } from './saved-queries';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const graph = new Graph({ multi: true, type: 'directed' });
const state = {
  hiddenTypes: new Set<string>(), hiddenRels: new Set<string>(), minDegree: 0, from: '', to: '',
  selected: undefined as string | undefined, neighbours: new Set<string>(), community: undefined as Record<string, string> | undefined,
  hoveredEdge: undefined as string | undefined, zoomedIn: false,
};
/** Below this camera ratio (zoomed in) every visible edge shows its relationship name; otherwise only the hovered one. */
const EDGE_LABELS_BELOW_RATIO = 0.5;
let meta: Meta;
let colors: Record<string, string> = {};

const renderer = new Sigma(graph, $('sigma'), {
  // Edge events here, in the constructor: sigma builds its edge-picking layer only then.
  renderEdgeLabels: true, enableEdgeEvents: true, labelDensity: 1, labelRenderedSizeThreshold: MIN_NODE_SIZE, defaultEdgeType: 'arrow', labelFont: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
  nodeReducer: (n, a) => {
    const out = { ...a };
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
    return out;
  },
});

/**
 * ForceAtlas2 in a worker, built when it first runs on the graph shown: its
 * settings are inferred from the graph (built on an empty graph, slowDown
 * would be 1 + log(0) and nothing would move). A new picture gets a new one.
 */
let layout: FA2Layout | undefined;

/** Starts or stops ForceAtlas2 in its worker; positions are saved when it stops. */
function runLayout(run: boolean) {
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
function dropLayout() {
  layout?.kill();
  layout = undefined;
  $('layout').textContent = '▶ Layout';
}

function status(text: string) { $('status').textContent = text; }
function report(e: Error) { loading(undefined); status(`出错 error: ${e.message}`); }

/** The loading indicator over the stage, saying what is loading; undefined hides it. */
function loading(what: string | undefined) {
  $('loading').hidden = what === undefined;
  $('loading').textContent = what ?? '';
}

/** An async handler whose failure is shown, not lost. */
const guarded = <A extends unknown[]>(fn: (...args: A) => Promise<unknown>) => (...args: A) => { fn(...args).catch(report); };

function refresh() {
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
    row.append(swatch, document.createTextNode(`社区 community ${i + 1} (${n})`));
    return row;
  }));
}

/** Above this many edges, panning and zooming draw nodes only (software WebGL cannot keep up with more). */
const LIGHT_MOVES_ABOVE_EDGES = 3000;

function load(sub: Subgraph, replace: boolean) {
  // A new picture starts from the whole view: the camera may still be zoomed on an old selection.
  if (replace) { dropLayout(); graph.clear(); state.selected = undefined; renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }); }
  else if (layout) dropLayout(); // new nodes: settings inferred again on the next run
  mergeSubgraph(graph, sub, colors);
  renderer.setSetting('hideEdgesOnMove', graph.size > LIGHT_MOVES_ABOVE_EDGES);
  renderer.setSetting('hideLabelsOnMove', graph.size > LIGHT_MOVES_ABOVE_EDGES);
  refresh();
  const total = meta.totals;
  status(`${graph.order} of ${total.nodes} entities, ${graph.size} of ${total.edges} relationships${graph.order < total.nodes ? ' (double-click a node to expand)' : ''}`);
}

/** Neighbours already asked for, per expanded node: the next double-click brings the next page. */
const expanded = new Map<string, number>();

/** Adds the next neighbours of a node (at most a page from the server) and says how many remain. */
async function expand(key: string) {
  const offset = expanded.get(key) ?? 0;
  loading('正在展开 expanding…');
  const sub = await api.neighbors(key, offset);
  loading(undefined);
  const shown = Math.min(sub.neighbours, offset + sub.nodes.length - 1);
  expanded.set(key, shown);
  load(sub, false);
  const left = sub.neighbours - shown;
  status(`${graph.getNodeAttribute(key, 'label')}: 显示 ${shown} / ${sub.neighbours} 个邻居 neighbours shown${left > 0 ? `; 再次双击显示更多 double-click for ${Math.min(left, sub.nodes.length - 1)} more` : ''}`);
}

async function select(key: string) {
  setHash({ node: key });
  if (!graph.hasNode(key)) { load(await api.neighbors(key), false); expanded.delete(key); }
  state.selected = key;
  state.neighbours = new Set(graph.neighbors(key));
  renderer.refresh();
  const d = renderer.getNodeDisplayData(key);
  if (d) void renderer.getCamera().animate({ x: d.x, y: d.y, ratio: 0.5 }, { duration: 400 });
  showNode($('panel'), await api.node(key), (k) => select(k).catch(report));
}

function buildFilters() {
  const legend = $('legend'), rels = $('rel-types');
  for (const [type, spec] of Object.entries(meta.ontology.entities)) {
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: true });
    box.onchange = () => { box.checked ? state.hiddenTypes.delete(type) : state.hiddenTypes.add(type); renderer.refresh(); };
    const swatch = Object.assign(document.createElement('span'), { className: 'swatch' });
    swatch.style.background = spec.color;
    label.append(box, swatch, document.createTextNode(typeName(type)));
    label.title = `${type}: ${spec.description}`;
    legend.append(label);
  }
  for (const type of Object.keys(meta.ontology.relations)) {
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: true });
    box.onchange = () => { box.checked ? state.hiddenRels.delete(type) : state.hiddenRels.add(type); renderer.refresh(); };
    label.append(box, document.createTextNode(relationName(type)));
    label.title = type;
    rels.append(label);
  }
  for (const p of meta.presets) $('presets').append(Object.assign(document.createElement('option'), { value: p.cypher, textContent: p.title }));
  fillQueryLists();
}

/** The legend of a picture: the entity types shown, unless colours are communities (then none: they have no names). */
function legendShown() {
  if (state.community) return [];
  const shown = new Set(graph.filterNodes((n) => !renderer.getNodeDisplayData(n)?.hidden).map((n) => graph.getNodeAttribute(n, 'entityType') as string));
  return Object.entries(meta.ontology.entities).filter(([t]) => shown.has(t)).map(([t, spec]) => ({ label: spec.zh ?? t, color: spec.color }));
}

function wireControls() {
  $('layout').onclick = () => runLayout(!layout?.isRunning());
  $('size-by').onchange = refresh;
  $('communities').onchange = refresh;
  $('label-density').oninput = (e) => renderer.setSetting('labelDensity', Number((e.target as HTMLInputElement).value));
  $('min-degree').oninput = (e) => { state.minDegree = Number((e.target as HTMLInputElement).value); $('min-degree-out').textContent = String(state.minDegree); renderer.refresh(); };
  $('date-from').onchange = (e) => { state.from = (e.target as HTMLInputElement).value; renderer.refresh(); };
  $('date-to').onchange = (e) => { state.to = (e.target as HTMLInputElement).value; renderer.refresh(); };
  $('presets').onchange = (e) => { const v = (e.target as HTMLSelectElement).value; if (v) ($('cypher') as HTMLTextAreaElement).value = v; };
  $('run').onclick = () => { void runQuery(); };
  $('history').onchange = (e) => { const v = (e.target as HTMLSelectElement).value; if (v) ($('cypher') as HTMLTextAreaElement).value = v; };
  $('save-query').onclick = () => {
    const name = prompt('保存为 save as:')?.trim();
    if (name) { saveQuery(name, ($('cypher') as HTMLTextAreaElement).value); fillQueryLists(); }
  };
  $('table-toggle').onclick = () => { $('table').hidden = !$('table').hidden; };
  $('entities').onclick = showEntities;
  $('reset').onclick = guarded(async () => { $('table').hidden = true; setHash({}); await loadWhole(); });
  $('export-svg').onclick = () => download(new Blob([viewToSvg(renderer, legendShown())], { type: 'image/svg+xml' }), 'kg-view.svg');
  $('export-png').onclick = guarded(async () => download(await svgToPng(viewToSvg(renderer, legendShown()), Number(($('export-scale') as HTMLInputElement).value) || 1), 'kg-view.png'));
  renderer.on('clickNode', ({ node }) => select(node).catch(report));
  renderer.on('doubleClickNode', ({ node, event }) => { event.preventSigmaDefault(); guarded(() => expand(node))(); });
  renderer.on('enterEdge', ({ edge }) => { state.hoveredEdge = edge; renderer.refresh(); });
  renderer.on('leaveEdge', () => { state.hoveredEdge = undefined; renderer.refresh(); });
  renderer.getCamera().on('updated', ({ ratio }) => {
    const zoomedIn = ratio < EDGE_LABELS_BELOW_RATIO;
    if (zoomedIn !== state.zoomedIn) { state.zoomedIn = zoomedIn; renderer.refresh(); }
  });
  renderer.on('clickEdge', ({ edge }) => {
    const [s, t] = graph.extremities(edge);
    showEdge($('panel'), { key: edge, type: graph.getEdgeAttribute(edge, 'relType'), source: s, target: t, properties: graph.getEdgeAttribute(edge, 'properties') },
      { source: graph.getNodeAttribute(s, 'label'), target: graph.getNodeAttribute(t, 'label') });
  });
  renderer.on('clickStage', () => { state.selected = undefined; renderer.refresh(); });
  wireSearch();
}

function wireSearch() {
  const input = $('search') as HTMLInputElement, list = $('suggestions');
  let timer: number | undefined;
  input.oninput = () => {
    clearTimeout(timer);
    timer = window.setTimeout(guarded(async () => {
      const q = input.value.trim();
      if (!q) { list.hidden = true; return; }
      const hits = await api.search(q);
      list.replaceChildren(...hits.map((h) => {
        const li = document.createElement('li');
        li.textContent = `${h.name} · ${h.label}${h.aliases.length ? ` (${h.aliases.slice(0, 3).join('、')})` : ''}`;
        li.onclick = () => { list.hidden = true; input.value = h.name; select(h.key).catch(report); };
        return li;
      }));
      list.hidden = !hits.length;
    }), 150);
  };
  input.onkeydown = (e) => { if (e.key === 'Enter') (list.firstElementChild as HTMLElement | null)?.click(); };
}

/** Counts queries: the answer to one that a later query replaced is dropped, whatever order answers arrive in. */
let latestQuery = 0;

async function runQuery() {
  const cypher = ($('cypher') as HTMLTextAreaElement).value;
  const mine = ++latestQuery;
  $('query-error').textContent = '';
  loading('正在查询 running the query…');
  try {
    const res = await api.query(cypher);
    if (mine !== latestQuery) return;
    setHash({ q: cypher });
    remember(cypher);
    fillQueryLists();
    if (res.subgraph.nodes.length) { load(res.subgraph, true); layoutResult(); }
    showTable(res.columns, res.rows, !res.subgraph.nodes.length);
  } catch (e) {
    if (mine !== latestQuery) return;
    // The old picture and table would pass for this query's answer: they go.
    dropLayout();
    graph.clear();
    renderer.refresh();
    $('table').hidden = true;
    status('');
    $('query-error').textContent = `查询失败 the query failed: ${(e as Error).message}`;
  } finally {
    if (mine === latestQuery) loading(undefined);
  }
}

/** A query's rows as a table (nodes and relationships by name): shown at once when the query drew nothing. */
function showTable(columns: string[], rows: Array<Record<string, unknown>>, show: boolean) {
  const cell = (v: unknown): Cell => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return v;
    if (typeof v !== 'object') return String(v);
    const o = v as { properties?: Record<string, unknown>; key?: string };
    return String(o.properties?.name ?? o.key ?? JSON.stringify(v));
  };
  renderTable($('table'), columns, rows.map((r) => columns.map((c) => cell(r[c]))), 'kg-query.csv');
  $('table').hidden = !show;
}

/** The entities in the picture (the filters applied) as a table. */
function showEntities() {
  const rows = graph.filterNodes((n) => !renderer.getNodeDisplayData(n)?.hidden).map((n): Cell[] => {
    const a = graph.getNodeAttributes(n);
    return [a.label as string, typeName(a.entityType as string), graph.degree(n), ((a.aliases as string[]) ?? []).join('、')];
  });
  renderTable($('table'), ['名称 name', '类型 type', '关系数 degree', '别名 aliases'], rows, 'kg-entities.csv');
  $('table').hidden = false;
}

function fillQueryLists() {
  const presets = $('presets');
  presets.querySelector('optgroup')?.remove();
  const saved = savedQueries();
  if (saved.length) {
    const group = Object.assign(document.createElement('optgroup'), { label: '已保存 saved' });
    for (const q of saved) group.append(Object.assign(document.createElement('option'), { value: q.cypher, textContent: q.name }));
    presets.append(group);
  }
  $('history').replaceChildren($('history').firstElementChild!, ...queryHistory().map((q) => Object.assign(document.createElement('option'), { value: q, textContent: q.replace(/\s+/g, ' ').slice(0, 80) })));
}

/** Above this many nodes the first layout runs in the worker, not on the page's thread. */
const SYNC_LAYOUT_MAX_NODES = 1000;
const WORKER_LAYOUT_MS = 5000;

/** A query's result laid out at once (its nodes came with positions from other pictures, or none). */
function layoutResult() {
  if (graph.order > SYNC_LAYOUT_MAX_NODES || !graph.size) return;
  forceAtlas2.assign(graph, { iterations: 150, settings: forceAtlas2.inferSettings(graph) });
  renderer.refresh();
}

/** A first layout for a graph without saved positions: at once when small, else in the worker for a few seconds. */
function firstLayout() {
  if (graph.order <= SYNC_LAYOUT_MAX_NODES) {
    forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph) });
    savePositions(graph);
    renderer.refresh();
    return;
  }
  runLayout(true);
  setTimeout(() => runLayout(false), WORKER_LAYOUT_MS);
}

/** The view in the address: #node=KEY (a selected entity) or #q=CYPHER (a query), so a view can be bookmarked and shared. */
function setHash(view: { node?: string; q?: string }) {
  const hash = new URLSearchParams(Object.entries(view).filter(([, v]) => v) as Array<[string, string]>).toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

async function loadWhole() {
  loading(`正在载入图谱 loading the graph (up to ${meta.maxNodes} of ${meta.totals.nodes} entities)…`);
  load(await api.graph(meta.maxNodes), true);
  loading(undefined);
}

async function start() {
  loading('正在连接 connecting…');
  meta = await api.meta();
  useOntology(meta.ontology);
  colors = Object.fromEntries(Object.entries(meta.ontology.entities).map(([t, s]) => [t, s.color]));
  buildFilters();
  wireControls();
  await loadWhole();
  if (!localStorage.getItem('kg.positions') && graph.order) firstLayout();
  const view = new URLSearchParams(location.hash.slice(1));
  if (view.get('q')) { ($('cypher') as HTMLTextAreaElement).value = view.get('q')!; await runQuery(); }
  else if (view.get('node')) await select(view.get('node')!);
  // The frame after the first full render: when the page first shows the graph (scripts/bench-viewer.mjs reads it).
  requestAnimationFrame(() => {
    (window as unknown as { kg: unknown }).kg = { graph, renderer, get layout() { return layout; }, ready: true, openDocument, firstRenderMs: performance.now() };
  });
}

start().catch(report);

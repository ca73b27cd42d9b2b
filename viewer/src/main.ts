// The viewer: sigma renders a graphology graph loaded from the server
// (view.ts). One job per module: the picture (picture.ts), layouts
// (layout.ts), the Cypher box (query.ts), search (search.ts), the side
// panel (panel.ts), exports (export.ts), the view in the address (url.ts).
// This file builds the filters, wires the controls and starts the page.
import { api } from './api';
import { $, EDGE_LABELS_BELOW_RATIO, graph, renderer, session, state } from './view';
import { currentLayout, firstLayout, runLayout } from './layout';
import { askForPicture, expand, inTurn, legendShown, load, pictureStatus, refresh, select } from './picture';
import { fillQueryLists, runQuery, setQueryParams, showEntities } from './query';
import { wireSearch } from './search';
import { guarded, loading, report, status } from './status';
import { filtersFromAddress, setHash, viewInAddress } from './url';
import { openDocument, showEdge } from './panel';
import { download, svgToPng, viewToSvg } from './export';
import { relationName, typeName, useOntology } from './names';
import { saveQuery } from './saved-queries';
import { showTimeline } from './timeline';
import { language, onLanguageChange, setLanguage, t, translatePage } from './i18n';
import { wireResearchViews } from './research';
import { wirePaths } from './paths';
import { placedLabels } from './labels';
import { wireDragging, wireZoomButtons } from './navigation';

/** A filter changed: the picture, the timeline and the address follow. */
function filtersChanged() {
  renderer.refresh();
  setHash();
  showTimeline(brushDates);
  status(pictureStatus);
}

/** Months chosen on the timeline become the date filter. */
function brushDates(from: string, to: string) {
  state.from = from;
  state.to = to;
  ($('date-from') as HTMLInputElement).value = from;
  ($('date-to') as HTMLInputElement).value = to;
  filtersChanged();
}

/** The type and relationship filters, named in the interface's language. */
function buildTypeFilters() {
  const legend = $('legend'), rels = $('rel-types');
  legend.replaceChildren();
  rels.replaceChildren();
  for (const [type, spec] of Object.entries(session.meta.ontology.entities)) {
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: !state.hiddenTypes.has(type) });
    box.onchange = () => { box.checked ? state.hiddenTypes.delete(type) : state.hiddenTypes.add(type); filtersChanged(); };
    const swatch = Object.assign(document.createElement('span'), { className: 'swatch' });
    swatch.style.background = spec.color;
    label.append(box, swatch, document.createTextNode(typeName(type)));
    label.title = type; // the Cypher label
    legend.append(label);
  }
  for (const type of Object.keys(session.meta.ontology.relations)) {
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: !state.hiddenRels.has(type) });
    box.onchange = () => { box.checked ? state.hiddenRels.delete(type) : state.hiddenRels.add(type); filtersChanged(); };
    label.append(box, document.createTextNode(relationName(type)));
    label.title = type;
    rels.append(label);
  }
}

function buildFilters() {
  buildTypeFilters();
  ($('min-degree') as HTMLInputElement).value = String(state.minDegree);
  $('min-degree-out').textContent = String(state.minDegree);
  ($('date-from') as HTMLInputElement).value = state.from;
  ($('date-to') as HTMLInputElement).value = state.to;
  fillQueryLists();
}

function wireControls() {
  $('language').onclick = () => setLanguage(language() === 'zh' ? 'en' : 'zh');
  $('layout').onclick = () => runLayout(!currentLayout()?.isRunning());
  $('size-by').onchange = refresh;
  $('communities').onchange = refresh;
  $('label-density').oninput = (e) => renderer.setSetting('labelDensity', Number((e.target as HTMLInputElement).value));
  $('min-degree').oninput = (e) => { state.minDegree = Number((e.target as HTMLInputElement).value); $('min-degree-out').textContent = String(state.minDegree); filtersChanged(); };
  $('date-from').onchange = (e) => { state.from = (e.target as HTMLInputElement).value; filtersChanged(); };
  $('date-to').onchange = (e) => { state.to = (e.target as HTMLInputElement).value; filtersChanged(); };
  $('dates-clear').onclick = () => brushDates('', '');
  $('presets').onchange = (e) => choosePreset((e.target as HTMLSelectElement).value);
  wireResearchViews();
  wirePaths();
  // Zoom buttons, for a trackpad-less machine or a reader who prefers them; fit returns to the whole picture.
  wireZoomButtons(renderer.getCamera(), { zoomIn: $('zoom-in'), zoomOut: $('zoom-out'), fit: $('zoom-fit') });
  $('show-lone').onchange = guarded(() => inTurn(loadWhole));
  $('run').onclick = () => { void runQuery(); };
  $('history').onchange = (e) => { const v = (e.target as HTMLSelectElement).value; if (v) { ($('cypher') as HTMLTextAreaElement).value = v; setQueryParams(); } };
  $('save-query').onclick = () => {
    const name = prompt(t('query.saveAs'))?.trim();
    if (name) { saveQuery(name, ($('cypher') as HTMLTextAreaElement).value); fillQueryLists(); }
  };
  $('table-toggle').onclick = () => { $('table').hidden = !$('table').hidden; };
  $('entities').onclick = showEntities;
  $('reset').onclick = guarded(() => inTurn(async () => { $('table').hidden = true; setHash({}); await loadWhole(); }));
  $('export-svg').onclick = () => download(new Blob([viewToSvg(renderer, legendShown())], { type: 'image/svg+xml' }), 'kg-view.svg');
  $('export-png').onclick = guarded(async () => download(await svgToPng(viewToSvg(renderer, legendShown()), Number(($('export-scale') as HTMLInputElement).value) || 1), 'kg-view.png'));
  renderer.on('clickNode', ({ node }) => select(node).catch(report));
  renderer.on('doubleClickNode', ({ node, event }) => { event.preventSigmaDefault(); guarded(() => inTurn(() => expand(node)))(); });
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
  wireDragging();
  wireSearch();
}

async function loadWhole() {
  const { maxNodes, totals } = session.meta;
  loading(() => t('status.loadingGraph', { max: maxNodes, total: totals.nodes }));
  const stale = askForPicture();
  const whole = await api.graph(session.meta.maxNodes, ($('show-lone') as HTMLInputElement).checked);
  if (stale()) return;
  load(whole, true);
  loading(undefined);
}

async function start() {
  translatePage();
  loading(() => t('status.connecting'));
  session.meta = await api.meta();
  useOntology(session.meta.ontology);
  session.colors = Object.fromEntries(Object.entries(session.meta.ontology.entities).map(([t, s]) => [t, s.color]));
  filtersFromAddress(viewInAddress());
  // The timeline follows the graph: redrawn when nodes come and go (debounced to one redraw a frame).
  let pending = 0;
  const redraw = () => { cancelAnimationFrame(pending); pending = requestAnimationFrame(() => showTimeline(brushDates)); };
  graph.on('nodeAdded', redraw);
  graph.on('nodeDropped', redraw);
  graph.on('cleared', redraw);
  buildFilters();
  wireControls();
  onLanguageChange(() => { buildTypeFilters(); showTimeline(brushDates); renderer.refresh(); });
  await loadWhole();
  // The frame after the first full render: when the page first shows the graph (scripts/bench-viewer.mjs reads it).
  requestAnimationFrame(() => {
    (window as unknown as { kg: unknown }).kg = { graph, renderer, get layout() { return currentLayout(); }, labels: placedLabels, ready: true, openDocument, firstRenderMs: performance.now() };
  });
  // A first visit lays the graph out (large graphs in steps, the page shown meanwhile); later visits keep their positions.
  if (!localStorage.getItem('kg.positions') && graph.order) await firstLayout();
  const view = viewInAddress();
  if (view.get('q')) {
    ($('cypher') as HTMLTextAreaElement).value = view.get('q')!;
    setQueryParams(parseParams(view.get('params')));
    await runQuery();
  }
  else if (view.get('node')) await select(view.get('node')!);
}

/** A ready-made query (preset:N) with its parameters, or a saved one (its text, no parameters), into the box. */
function choosePreset(value: string) {
  if (!value) return;
  const preset = /^preset:(\d+)$/.exec(value);
  const chosen = preset ? session.meta.presets[Number(preset[1])] : undefined;
  ($('cypher') as HTMLTextAreaElement).value = chosen ? chosen.cypher : value;
  setQueryParams(chosen?.params);
}

/** The parameters in a shared address: an object of strings, else none. */
function parseParams(text: string | null): Record<string, string> {
  try {
    const v = JSON.parse(text ?? '{}');
    return v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) : {};
  } catch {
    return {};
  }
}

start().catch(report);

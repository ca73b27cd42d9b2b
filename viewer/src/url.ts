// The view in the address, so that a view can be bookmarked and shared:
// what is shown (#node=KEY, a selected entity, or #q=CYPHER, a query) and
// the filters in force (hidden entity and relationship types, dates,
// minimum degree). Opening the address restores all of it.
import { state } from './view';

let shown: { node?: string; q?: string; params?: Record<string, string> } = {};

/** Records what is shown (and the filters now in force) in the address. */
export function setHash(view: { node?: string; q?: string; params?: Record<string, string> } = shown) {
  shown = view;
  const params = new URLSearchParams();
  if (view.node) params.set('node', view.node);
  if (view.q) params.set('q', view.q);
  if (view.q && view.params && Object.keys(view.params).length) params.set('params', JSON.stringify(view.params));
  if (state.hiddenTypes.size) params.set('hide', [...state.hiddenTypes].join(','));
  if (state.hiddenRels.size) params.set('hideRels', [...state.hiddenRels].join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.minDegree) params.set('minDegree', String(state.minDegree));
  const hash = params.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

export const viewInAddress = () => new URLSearchParams(location.hash.slice(1));

/** The filters of an address into the view's state (the controls are set from the state after). */
export function filtersFromAddress(params: URLSearchParams): void {
  const list = (k: string) => (params.get(k) ?? '').split(',').filter(Boolean);
  state.hiddenTypes = new Set(list('hide'));
  state.hiddenRels = new Set(list('hideRels'));
  state.from = params.get('from') ?? '';
  state.to = params.get('to') ?? '';
  state.minDegree = Number(params.get('minDegree') ?? 0) || 0;
}

// The view in the address: #node=KEY (a selected entity) or #q=CYPHER (a
// query), so that a view can be bookmarked and shared.

/** The view in the address: #node=KEY (a selected entity) or #q=CYPHER (a query), so a view can be bookmarked and shared. */
export function setHash(view: { node?: string; q?: string }) {
  const hash = new URLSearchParams(Object.entries(view).filter(([, v]) => v) as Array<[string, string]>).toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

export const viewInAddress = () => new URLSearchParams(location.hash.slice(1));

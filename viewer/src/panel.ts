// The side panel and the document dialog. Text from documents goes in with
// textContent only, never as markup.
import { api, type DocumentSummary, type NodeDetails, type PathsResponse, type ViewEdge, type ViewNode } from './api';
import { propertyName, readableText, readableValue, relationName, typeName } from './names';
import { onLanguageChange, t } from './i18n';

/** Draws the panel's content again (in the other language when the reader switches). */
let redraw: (() => void) | undefined;
onLanguageChange(() => redraw?.());

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** The panel as on arrival, saying what to click: a new picture has nothing selected. */
export function showHint(panel: HTMLElement): void {
  redraw = () => showHint(panel);
  panel.replaceChildren(el('p', t('panel.hint'), 'hint'));
}

export function showNode(panel: HTMLElement, d: NodeDetails, onSelect: (key: string) => void): void {
  redraw = () => showNode(panel, d, onSelect);
  panel.replaceChildren();
  const kind = el('div', typeName(d.node.label), 'hint');
  kind.title = d.node.label;
  panel.append(kind, el('h2', d.node.name));
  if (d.node.aliases.length) panel.append(el('div', t('panel.aliases', { aliases: d.node.aliases.join(t('list.separator')) })));
  const props = Object.entries(d.node.properties).filter(([k, v]) => !['key', 'name', 'aliases'].includes(k) && v !== null && v !== '');
  for (const [k, v] of props) panel.append(el('div', `${propertyName(k)}: ${readableValue(k, v)}`));
  panel.append(el('h3', t('panel.relationships', { count: d.relationships.length })));
  const seen = new Set<string>(); // a sentence that reports several relationships is shown once
  for (const r of d.relationships) {
    const box = el('div', undefined, 'rel');
    const head = el('div');
    const type = el('span', r.direction === 'out' ? `→ ${relationName(r.type)} ` : `← ${relationName(r.type)} `, 'rel-type');
    type.title = r.type;
    head.append(type);
    const link = el('a', r.other.name, 'doc');
    link.onclick = () => onSelect(r.other.key);
    head.append(link, el('span', ` (${typeName(r.other.label)})`));
    box.append(head, ...evidence(r, d.documents, seen));
    panel.append(box);
  }
}

export function showEdge(panel: HTMLElement, e: ViewEdge, names: { source: string; target: string }): void {
  redraw = () => showEdge(panel, e, names);
  const title = el('h2', `${names.source} —${relationName(e.type)}→ ${names.target}`);
  title.title = e.type;
  panel.replaceChildren(el('div', t('panel.relationship'), 'hint'), title, ...evidence(e, {}, new Set()));
}

/** Each shortest path step by step (entity, relationship in the direction it points, entity), with every relationship's evidence. */
export function showPaths(panel: HTMLElement, found: PathsResponse, ends: { from: ViewNode; to: ViewNode; steps: number }, onSelect: (key: string) => void): void {
  redraw = () => showPaths(panel, found, ends, onSelect);
  const names = new Map(found.nodes.map((n) => [n.key, n.name]));
  const edges = new Map(found.edges.map((e) => [e.key, e]));
  const link = (key: string) => { const a = el('a', names.get(key) ?? key, 'entity'); a.onclick = () => onSelect(key); return a; };
  panel.replaceChildren(el('h2', t('paths.title', { from: ends.from.name, to: ends.to.name })));
  if (!found.paths.length) { panel.append(el('p', t('paths.none', { steps: ends.steps }), 'hint')); return; }
  panel.append(el('div', t('paths.found', { count: found.paths.length, steps: found.paths[0].length }), 'hint'));
  const seen = new Set<string>();
  found.paths.forEach((path, i) => {
    const box = el('div', undefined, 'path');
    box.append(el('h3', t('paths.path', { n: i + 1 })));
    let at = ends.from.key;
    for (const key of path) {
      const e = edges.get(key);
      if (!e) continue;
      const forward = e.source === at, next = forward ? e.target : e.source;
      const step = el('div', undefined, 'rel');
      const head = el('div');
      const type = el('span', forward ? ` —${relationName(e.type)}→ ` : ` ←${relationName(e.type)}— `, 'rel-type');
      type.title = e.type;
      head.append(link(at), type, link(next));
      step.append(head, ...evidence(e, found.documents, seen));
      box.append(step);
      at = next;
    }
    panel.append(box);
  });
}

/** A relationship's properties, its sentence (once per panel: `seen`) and a link to its article by title, date and file name. */
function evidence(r: ViewEdge, documents: Record<string, DocumentSummary>, seen: Set<string>): HTMLElement[] {
  const p = r.properties;
  const out: HTMLElement[] = [];
  for (const k of ['title', 'role', 'agreement', 'amount']) if (p[k]) out.push(el('div', `${propertyName(k)}: ${String(p[k])}`));
  // The trip a visit or a meeting was made on, by its name (its key is Trip:name:start).
  if (p.trip) out.push(el('div', `${propertyName('trip')}: ${String(p.trip).split(':')[1] ?? String(p.trip)}`));
  const sentence = p.evidence ? `${String(p.doc)}\u0000${String(p.evidence_start)}` : '';
  if (p.evidence && !seen.has(sentence)) out.push(el('div', readableText(String(p.evidence)), 'evidence'));
  else if (p.evidence) out.push(el('div', t('panel.sameSentence'), 'hint'));
  seen.add(sentence);
  if (p.doc) {
    const doc = documents[String(p.doc)];
    const a = el('a', doc ? `《${doc.title}》${doc.date ? ` ${doc.date}` : ''} · ${doc.name}` : t('panel.source'), 'doc');
    a.onclick = () => openDocument(String(p.doc), Number(p.evidence_start), Number(p.evidence_end));
    out.push(a);
  }
  return out;
}

export async function openDocument(name: string, start: number, end: number): Promise<void> {
  const doc = await api.document(name);
  const text = String(doc.text ?? '');
  const pre = document.getElementById('doc-text')!;
  const mark = el('mark', text.slice(start, end));
  pre.replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
  document.getElementById('doc-title')!.textContent = [doc.title ?? name, doc.date, doc.name].filter(Boolean).join(' · ');
  (document.getElementById('doc-dialog') as HTMLDialogElement).showModal();
  mark.scrollIntoView({ block: 'center' });
}

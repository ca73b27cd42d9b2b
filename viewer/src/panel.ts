// The side panel and the document dialog. Text from documents goes in with
// textContent only, never as markup.
import { api, type NodeDetails, type ViewEdge } from './api';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

export function showNode(panel: HTMLElement, d: NodeDetails, onSelect: (key: string) => void): void {
  panel.replaceChildren();
  panel.append(el('div', d.node.label, 'hint'), el('h2', d.node.name));
  if (d.node.aliases.length) panel.append(el('div', `别名 aliases: ${d.node.aliases.join('、')}`));
  const props = Object.entries(d.node.properties).filter(([k, v]) => !['key', 'name', 'aliases', 'docs'].includes(k) && v !== null && v !== '');
  for (const [k, v] of props) panel.append(el('div', `${k}: ${String(v)}`));
  panel.append(el('h3', `Relationships (${d.relationships.length})`));
  for (const r of d.relationships) {
    const box = el('div', undefined, 'rel');
    const head = el('div');
    head.append(el('span', r.direction === 'out' ? `→ ${r.type} ` : `← ${r.type} `));
    const link = el('a', r.other.name, 'doc');
    link.onclick = () => onSelect(r.other.key);
    head.append(link, el('span', ` (${r.other.label})`));
    box.append(head, ...evidence(r));
    panel.append(box);
  }
}

export function showEdge(panel: HTMLElement, e: ViewEdge, names: { source: string; target: string }): void {
  panel.replaceChildren(el('div', 'relationship', 'hint'), el('h2', `${names.source} —${e.type}→ ${names.target}`), ...evidence(e));
}

function evidence(r: ViewEdge): HTMLElement[] {
  const p = r.properties;
  const out: HTMLElement[] = [];
  for (const k of ['title', 'role', 'agreement', 'amount']) if (p[k]) out.push(el('div', `${k}: ${String(p[k])}`));
  if (p.evidence) out.push(el('div', String(p.evidence), 'evidence'));
  if (p.doc) {
    const a = el('a', '原文 source', 'doc');
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
  document.getElementById('doc-title')!.textContent = String(doc.title ?? name);
  (document.getElementById('doc-dialog') as HTMLDialogElement).showModal();
  mark.scrollIntoView({ block: 'center' });
}

// The one rule for a node seen again, by another document, another batch or
// another store: forms and documents are unions, a value a document leaves
// empty keeps the one stored, and the name is chosen from all forms by a
// fixed order. The rule is commutative and associative, so the graph is the
// same whatever order documents arrive in.
import type { GraphNode, Props } from '../resolve/graph';
import { simplify } from '../clean/script';

export function mergeNodes(a: GraphNode, b: GraphNode): GraphNode {
  return nodeOf(a.key, a.label, new Set([a.name, ...a.aliases, b.name, ...b.aliases]), mergeProps(a.props, b.props), new Set([...a.docs, ...b.docs]));
}

/** A node from all its forms, values and documents, by the same rule. */
export function nodeOf(key: string, label: string, forms: Set<string>, props: Props, docs: Set<string>): GraphNode {
  const name = preferredName(forms);
  return { key, label, name, aliases: [...forms].filter((f) => f !== name).sort(), props, docs: [...docs].sort() };
}

/** A simplified form before a traditional one, then the longest, then the first in code-point order. */
export function preferredName(forms: Iterable<string>): string {
  // Whether each form is simplified, worked out once per form, not once per comparison.
  const ranked = [...forms].map((form) => ({ form, simplified: simplify(form) === form ? 1 : 0 }));
  ranked.sort((x, y) => y.simplified - x.simplified || y.form.length - x.form.length || (x.form < y.form ? -1 : x.form > y.form ? 1 : 0));
  return ranked[0].form;
}

/** Every value either side has; where both have different values, the smaller, so any order agrees. */
export function mergeProps(a: Props, b: Props): Props {
  const out: Props = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (v === null || v === undefined || v === '') continue;
    const mine = out[k];
    out[k] = mine === undefined || mine === null || mine === '' ? v : String(mine) <= String(v) ? mine : v;
  }
  return out;
}

/** Whether merging changed anything a store holds. */
export function sameNode(a: GraphNode, b: GraphNode): boolean {
  return a.name === b.name && same(a.aliases, b.aliases) && same(a.docs, b.docs) && JSON.stringify(sortedProps(a.props)) === JSON.stringify(sortedProps(b.props));
}

function same(x: string[], y: string[]): boolean {
  if (x.length !== y.length) return false;
  const sorted = [...y].sort();
  return [...x].sort().every((v, i) => v === sorted[i]);
}

function sortedProps(p: Props): Array<[string, string]> {
  return Object.entries(p).filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => [k, String(v)] as [string, string]).sort();
}

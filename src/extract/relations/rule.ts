// The one shape of a relation rule: it reads the document's view (mentions,
// titles, frames found by earlier rules) and records relations through
// view.relate. The rules and their order are listed in ./index.ts.
import type { DocView } from '../view';

export interface RelationRule {
  name: string;
  apply(view: DocView): void;
}

/** A rule that looks at one sentence at a time. */
export function perSentence(name: string, fn: (view: DocView, i: number) => void): RelationRule {
  return { name, apply: (view) => { for (let i = 0; i < view.contexts.length; i++) fn(view, i); } };
}

// The one shape of a relation rule: it reads the document's view (mentions,
// titles, and what the rules it requires produced) and records relations
// through view.relate. It declares what it reads and what it produces; the
// view refuses a read or a write the rule did not declare, and
// ./index.ts orders the rules by their declarations.
import type { DocView } from '../view';
import type { Declared } from '../pipeline';

export interface RelationRule extends Declared {
  apply(view: DocView): void;
}

/** A rule that looks at one sentence at a time. */
export function perSentence(declared: Declared, fn: (view: DocView, i: number) => void): RelationRule {
  return { ...declared, apply: (view) => { for (let i = 0; i < view.contexts.length; i++) fn(view, i); } };
}

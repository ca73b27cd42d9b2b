// Extraction passes say what they read (requires) and what they produce
// (assigns): a relation type, or a frame such as 'trips'. orderPasses puts
// them in an order where everything a pass reads is produced before it,
// keeping the listed order where it is free, and refuses, when the module
// loads, a pipeline with a requirement that no pass produces or with passes
// that wait on each other.
import { KgError } from '../errors';
import { isRelationType } from '../schema/ontology';

export interface Declared {
  name: string;
  requires: readonly string[];
  assigns: readonly string[];
}

export class PipelineError extends KgError {
  constructor(message: string) { super(message, 'extraction pipeline'); }
}

/** What a pass reads or produces is a relation type (upper case, checked against the ontology) or a frame's name. */
function checkNames(pass: Declared): void {
  for (const need of [...pass.requires, ...pass.assigns]) {
    if (/^[A-Z_]+$/.test(need) && !isRelationType(need)) throw new PipelineError(`${pass.name} names ${need}, which is not a relation type of the ontology`);
  }
}

export function orderPasses<T extends Declared>(passes: readonly T[]): T[] {
  const providers = new Map<string, T[]>();
  for (const p of passes) {
    checkNames(p);
    for (const a of p.assigns) providers.set(a, [...(providers.get(a) ?? []), p]);
  }
  for (const p of passes) {
    for (const r of p.requires) if (!providers.has(r)) throw new PipelineError(`${p.name} requires ${r}, which no pass assigns`);
  }
  const ordered: T[] = [];
  const waiting = [...passes];
  while (waiting.length) {
    // A pass is ready when every producer of what it reads has run (a pass may read what it produces itself).
    const ready = waiting.findIndex((p) => p.requires.every((r) => providers.get(r)!.every((q) => q === p || ordered.includes(q))));
    if (ready < 0) throw new PipelineError(`${waiting.map((p) => p.name).join(', ')} wait on each other (requires: ${waiting.map((p) => `${p.name} ← ${p.requires.join(' ')}`).join('; ')})`);
    ordered.push(...waiting.splice(ready, 1));
  }
  return ordered;
}

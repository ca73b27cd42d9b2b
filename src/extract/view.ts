// What relation rules see of a document: its sentences with the entity each
// mention (or reference such as 我区, 该集团) stands for, the main zone, the
// trip under way, and the relations collected so far.
import type { SentenceContext } from './mentions/context';
import type { TitleSpan } from './mentions/persons';
import type { Mention } from './mentions/mention';
import type { DocEntity } from './entities';
import { allowsRelation } from '../schema/ontology';

export interface Located { start: number; end: number; entity: DocEntity; reference?: boolean }

export interface Trip { entity: DocEntity; leader: DocEntity; destinations: DocEntity[]; sentence: number }

export interface Candidate {
  type: string;
  source: DocEntity;
  target: DocEntity;
  sentence: number;
  props?: Record<string, string>;
}

export class DocView {
  readonly located: Located[][];
  trip?: Trip;
  readonly trips: Trip[] = [];
  readonly candidates: Candidate[] = [];
  private readonly seen = new Set<string>();

  constructor(
    readonly contexts: SentenceContext[],
    readonly titles: TitleSpan[][],
    readonly entities: DocEntity[],
    readonly mainZone: DocEntity | undefined,
    references: Array<{ sentence: number; start: number; end: number; entity: DocEntity }>,
  ) {
    const byMention = new Map<Mention, DocEntity>();
    for (const e of entities) for (const m of e.mentions) byMention.set(m, e);
    this.located = contexts.map((ctx) => ctx.mentions.map((m) => ({ start: m.start, end: m.end, entity: byMention.get(m)! })));
    for (const r of references) this.located[r.sentence].push({ start: r.start, end: r.end, entity: r.entity, reference: true });
    for (const l of this.located) l.sort((a, b) => a.start - b.start);
  }

  text(i: number): string { return this.contexts[i].sentence.text; }
  base(i: number): number { return this.contexts[i].sentence.start; }

  /** Mentions in sentence i of the given types, in order, optionally within [from, to). */
  of(i: number, types: string[], from = -Infinity, to = Infinity): Located[] {
    return this.located[i].filter((l) => types.includes(l.entity.type) && l.start >= from && l.end <= to);
  }

  /** Records a relation if the ontology allows it and it is new. */
  relate(type: string, source: DocEntity, target: DocEntity, sentence: number, props?: Record<string, string>): void {
    if (source === target || !allowsRelation(type, source.type, target.type)) return;
    const key = `${type}\u0000${source.id}\u0000${target.id}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.candidates.push({ type, source, target, sentence, props });
  }

  /** The clause (between ，；。) of sentence i around absolute offset `at`. */
  clause(i: number, at: number): { start: number; end: number } {
    const text = this.text(i), base = this.base(i);
    let s = at - base, e = at - base;
    while (s > 0 && !/[，,；;：:]/.test(text[s - 1])) s--;
    while (e < text.length && !/[，,；;：:。]/.test(text[e])) e++;
    return { start: base + s, end: base + e };
  }

  /** Absolute offsets of every match of `re` in sentence i. */
  find(i: number, re: RegExp): Array<{ start: number; end: number; text: string }> {
    const out = [];
    for (const m of this.text(i).matchAll(globalOf(re))) out.push({ start: this.base(i) + m.index!, end: this.base(i) + m.index! + m[0].length, text: m[0] });
    return out;
  }
}

const globals = new Map<RegExp, RegExp>();

/** The global twin of a rule's regex, compiled once (find runs for every sentence). */
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, 'g')));
  return g;
}

// What the mention passes of one sentence share: its text, tokens, token
// boundaries, claimed spans and the mentions found so far.
import type { Sentence } from '../sentences';
import type { Token } from '../segment';
import { Claims, type Mention } from './mention';
import type { EntityType } from '../../schema/ontology';

/** Offsets in one sentence where a word starts (or ends): flags by position, cheaper than a Set on this hot path. */
export class Boundaries {
  private readonly flags: Uint8Array;
  constructor(private readonly offset: number, length: number) { this.flags = new Uint8Array(length + 1); }
  has(at: number): boolean { const i = at - this.offset; return i >= 0 && i < this.flags.length && this.flags[i] === 1; }
  add(at: number): void { const i = at - this.offset; if (i >= 0 && i < this.flags.length) this.flags[i] = 1; }
  remove(at: number): void { const i = at - this.offset; if (i >= 0 && i < this.flags.length) this.flags[i] = 0; }
}

export class SentenceContext {
  readonly tokens: Token[];
  readonly starts: Boundaries;
  readonly ends: Boundaries;
  readonly claims: Claims;
  readonly mentions: Mention[] = [];
  /** Bumped when the words change (split), so caches of per-word facts know to refresh. */
  version = 0;

  /** `tokens` are the sentence's words with offsets in the document's text. */
  constructor(readonly sentence: Sentence, readonly index: number, tokens: Token[]) {
    this.tokens = tokens;
    this.starts = new Boundaries(sentence.start, sentence.text.length);
    this.ends = new Boundaries(sentence.start, sentence.text.length);
    for (const t of this.tokens) { this.starts.add(t.start); this.ends.add(t.end); }
    this.claims = new Claims(sentence.start, sentence.text.length);
  }

  /** Where the words start, as offsets in the sentence's text. */
  get wordStarts(): number[] {
    return (this.starts_ ??= this.tokens.map((t) => t.start - this.sentence.start));
  }
  private starts_?: number[];

  /** Text of an absolute span. */
  slice(start: number, end: number): string {
    return this.sentence.text.slice(start - this.sentence.start, end - this.sentence.start);
  }

  /** The token that ends at `end`, if any. */
  tokenEndingAt(end: number): Token | undefined {
    for (let i = this.tokens.length - 1; i >= 0; i--) if (this.tokens[i].end === end) return this.tokens[i];
    return undefined;
  }

  /** Splits the word that spans `at` in two (商会会长 → 商会 + 会长), so later passes see both. */
  split(at: number): void {
    const k = this.tokens.findIndex((t) => t.start < at && t.end > at);
    if (k < 0) return;
    const t = this.tokens[k];
    this.tokens.splice(k, 1, { text: t.text.slice(0, at - t.start), start: t.start, end: at }, { text: t.text.slice(at - t.start), start: at, end: t.end });
    this.starts.add(at);
    this.ends.add(at);
    this.starts_ = undefined;
    this.version++;
  }

  /** Moves the boundary between the word ending at `at` and the next one to `to` (在于|都 → 在|于都). */
  moveBoundary(at: number, to: number): void {
    const k = this.tokens.findIndex((t) => t.end === at);
    const [a, b] = [this.tokens[k], this.tokens[k + 1]];
    if (k < 0 || !b || to <= a.start || to >= b.end) return;
    const text = a.text + b.text;
    this.tokens.splice(k, 2, { text: text.slice(0, to - a.start), start: a.start, end: to }, { text: text.slice(to - a.start), start: to, end: b.end });
    this.starts.remove(at);
    this.ends.remove(at);
    this.starts.add(to);
    this.ends.add(to);
    this.starts_ = undefined;
    this.version++;
  }

  isBoundary(start: number, end: number): boolean {
    return this.starts.has(start) && this.ends.has(end);
  }

  add(start: number, end: number, type: EntityType): Mention | undefined {
    if (end <= start || !this.claims.free(start, end)) return undefined;
    const m: Mention = { start, end, type, text: this.slice(start, end), sentence: this.index };
    this.claims.claim(start, end);
    this.mentions.push(m);
    return m;
  }
}

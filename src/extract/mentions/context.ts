// What the mention passes of one sentence share: its text, tokens, token
// boundaries, claimed spans and the mentions found so far.
import type { Sentence } from '../sentences';
import type { Token } from '../segment';
import { Claims, type Mention } from './mention';

export class SentenceContext {
  readonly tokens: Token[];
  readonly starts = new Set<number>();
  readonly ends = new Set<number>();
  readonly claims: Claims;
  readonly mentions: Mention[] = [];

  /** `tokens` are the sentence's words with offsets in the document's text. */
  constructor(readonly sentence: Sentence, readonly index: number, tokens: Token[]) {
    this.tokens = tokens;
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

  isBoundary(start: number, end: number): boolean {
    return this.starts.has(start) && this.ends.has(end);
  }

  add(start: number, end: number, type: string): Mention | undefined {
    if (end <= start || !this.claims.free(start, end)) return undefined;
    const m: Mention = { start, end, type, text: this.slice(start, end), sentence: this.index };
    this.claims.claim(start, end);
    this.mentions.push(m);
    return m;
  }
}

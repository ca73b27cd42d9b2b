import type { EntityType } from '../../schema/ontology';
// A mention: a span of the clean (simplified) text naming an entity of a type.

export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  /** Simplified text of the span. */
  text: string;
  sentence: number;
  /** A place's official name when the text splits it (南岸 of 南岸区委书记 is 南岸区). */
  official?: string;
  /** Inside another mention's name (the company in a project's name). */
  nested?: boolean;
  /** The name this one is the bracketed short form of (服贸会 of 中国国际服务贸易交易会（服贸会）). */
  shortFor?: string;
}

/** The spans already taken by mentions in a sentence, so later passes skip them. */
export class Claims {
  private readonly taken: Uint8Array;
  constructor(private readonly offset: number, length: number) { this.taken = new Uint8Array(length); }
  free(start: number, end: number): boolean {
    for (let i = start - this.offset; i < end - this.offset; i++) if (this.taken[i]) return false;
    return true;
  }
  claim(start: number, end: number): void { this.taken.fill(1, start - this.offset, end - this.offset); }
}

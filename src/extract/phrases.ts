// Finds any of a set of phrases in text, longest first, without compiling a
// regex: the passes that look for a document's own names build one set per
// document, and a regex alternation of them costs more to build than to run.

export interface PhraseMatch { index: number; phrase: string }

export class PhraseIndex {
  /** Phrases by the code of their first character, the longest first. */
  private readonly byFirstChar = new Map<number, string[]>();

  constructor(phrases: Iterable<string>) {
    for (const p of [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length)) {
      const list = this.byFirstChar.get(p.charCodeAt(0));
      if (list) list.push(p);
      else this.byFirstChar.set(p.charCodeAt(0), [p]);
    }
  }

  get size(): number { return this.byFirstChar.size; }

  /** The longest phrase that starts at `at`. */
  longestAt(text: string, at: number): string | undefined {
    return this.byFirstChar.get(text.charCodeAt(at))?.find((p) => text.startsWith(p, at));
  }

  /** Leftmost-longest matches that do not overlap, as a global regex alternation would find them. */
  matches(text: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (let i = 0; i < text.length; i++) {
      const phrase = this.longestAt(text, i);
      if (phrase) { out.push({ index: i, phrase }); i += phrase.length - 1; }
    }
    return out;
  }

  /** The same, trying only the given offsets (ascending): where words start. */
  matchesAt(text: string, offsets: number[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    let free = 0;
    for (const i of offsets) {
      const phrase = i >= free ? this.longestAt(text, i) : undefined;
      if (phrase) { out.push({ index: i, phrase }); free = i + phrase.length; }
    }
    return out;
  }
}

/** Whether a word ends in one of a set of phrases, trying only those that end in its last character. */
export class EndingIndex {
  private readonly byLastChar = new Map<number, string[]>();

  constructor(phrases: Iterable<string>) {
    for (const p of new Set(phrases)) {
      if (!p) continue;
      const code = p.charCodeAt(p.length - 1);
      const list = this.byLastChar.get(code);
      if (list) list.push(p);
      else this.byLastChar.set(code, [p]);
    }
  }

  endsWith(word: string): boolean {
    return this.byLastChar.get(word.charCodeAt(word.length - 1))?.some((p) => word.endsWith(p)) ?? false;
  }
}

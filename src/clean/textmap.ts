// A text together with, for each of its UTF-16 code units, the offset of the
// code unit it came from in the original file. Every cleaning step returns a
// new TextMap, so evidence found in cleaned text maps back to the original.

export class TextMap {
  constructor(readonly text: string, readonly origin: Int32Array) {
    if (origin.length !== text.length) throw new Error('TextMap: origin length differs from text length');
  }

  static identity(text: string): TextMap {
    const origin = new Int32Array(text.length);
    for (let i = 0; i < origin.length; i++) origin[i] = i;
    return new TextMap(text, origin);
  }

  /** Offsets in the original of the cleaned range [start, end). */
  toOriginal(start: number, end: number): { start: number; end: number } {
    if (end <= start) return { start: this.origin[start] ?? 0, end: this.origin[start] ?? 0 };
    return { start: this.origin[start], end: this.origin[end - 1] + 1 };
  }

  /** Drops the given ranges (sorted or not, overlaps allowed). */
  remove(ranges: Array<[number, number]>): TextMap {
    if (!ranges.length) return this;
    const drop = new Uint8Array(this.text.length);
    for (const [s, e] of ranges) drop.fill(1, Math.max(0, s), Math.min(this.text.length, e));
    let kept = 0;
    for (let i = 0; i < drop.length; i++) if (!drop[i]) kept++;
    const origin = new Int32Array(kept);
    const parts: string[] = [];
    let k = 0, runStart = -1;
    for (let i = 0; i <= drop.length; i++) {
      const keep = i < drop.length && !drop[i];
      if (keep) { origin[k++] = this.origin[i]; if (runStart < 0) runStart = i; }
      else if (runStart >= 0) { parts.push(this.text.slice(runStart, i)); runStart = -1; }
    }
    return new TextMap(parts.join(''), origin);
  }
}

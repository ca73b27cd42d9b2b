// Helpers for line-based cleaning steps.

export interface Line { start: number; end: number; text: string }

/** The lines of a text with their offsets (the newline is not part of a line). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

/** The range of a whole line including its newline, for removal. */
export function lineRange(line: Line, textLength: number): [number, number] {
  return [line.start, Math.min(textLength, line.end + 1)];
}

// Splits clean text into sentences with their offsets. A sentence ends at
// 。！？!? or a line break (；; joins clauses of one sentence, as in lists of attendees); closing quotes stay with their sentence.

export interface Sentence { start: number; end: number; text: string; paragraph: number }

const END = /[。！？!?\n]/;
const CLOSERS = /[”’」』）)"]/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0, paragraph = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: start + lead, end: start + lead + body.length, text: body, paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    if (!END.test(text[i])) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.test(text[end])) end++;
    push(text[i] === '\n' ? i : end);
    if (text[i] === '\n') paragraph++;
    start = end;
    i = end - 1;
  }
  push(text.length);
  return out;
}

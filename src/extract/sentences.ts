// Splits clean text into sentences with their offsets. A sentence ends at
// 。！？!? or a line break (；; joins clauses of one sentence, as in lists of attendees; so does a
// line break between the fields of a project's record); closing quotes stay with their sentence.
// A list item's number (1. （二） ③) is left out of its sentence.

import { MAX_SENTENCE_CHARS } from '../defaults';
import { pattern } from './patterns';

/** `item`: the sentence opens a numbered list item (its number left out). */
export interface Sentence { start: number; end: number; text: string; paragraph: number; item?: boolean }

const END = /[。！？!?\n]/;
const CLOSERS = /[”’」』）)"]/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0, paragraph = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    // 1.年产5万吨…项目, （二）甲项目: a list item's number opens no name.
    const marker = pattern('list-marker').exec(raw.trimStart())?.[0].length ?? 0;
    const lead = raw.length - raw.trimStart().length + marker;
    const body = raw.trim().slice(marker);
    for (const piece of pieces(body)) out.push({ start: start + lead + piece.at, end: start + lead + piece.at + piece.text.length, text: piece.text, paragraph, ...(marker && !piece.at ? { item: true } : {}) });
  };
  for (let i = 0; i < text.length; i++) {
    if (!END.test(text[i]) || (text[i] === '\n' && recordGoesOn(text, i))) continue;
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

/** 项目名称：甲\n建设地点：乙\n总投资：5亿元: the line break at `at` is between two fields of one record. */
function recordGoesOn(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const next = text.indexOf('\n', at + 1);
  return pattern('record-line').test(line) && pattern('record-field-line').test(text.slice(at + 1, next < 0 ? text.length : next));
}

const SOFT_BREAK = /[，,；;、：:\s]/;

/**
 * A run longer than MAX_SENTENCE_CHARS (a line without punctuation) is cut
 * at the last soft break before the limit, else at the limit, so that one
 * sentence's evidence and the work on it stay bounded.
 */
function pieces(body: string): Array<{ at: number; text: string }> {
  const out: Array<{ at: number; text: string }> = [];
  let at = 0;
  while (body.length - at > MAX_SENTENCE_CHARS) {
    let cut = at + MAX_SENTENCE_CHARS;
    for (let k = cut - 1; k > at + MAX_SENTENCE_CHARS / 2; k--) if (SOFT_BREAK.test(body[k])) { cut = k + 1; break; }
    out.push({ at, text: body.slice(at, cut) });
    at = cut;
  }
  if (at < body.length) out.push({ at, text: body.slice(at) });
  return out.filter((p) => p.text.trim());
}

// Grows a name leftwards from its head word, token by token, until a word
// that cannot be part of a name: punctuation, a stop word, a digit where the
// type allows none, or the length limit.
import { lexicons } from '../lexicons';
import type { SentenceContext } from './context';

export interface ExtendRules {
  maxLength: number;
  /** Digits, years and brackets are part of event and project names. */
  allowDigits: boolean;
  /** Extra words that end the name for this type. */
  stops?: Set<string>;
  /** Ignore the general stop words (event names contain verbs such as 签约). */
  onlyOwnStops?: boolean;
}

const PUNCT = /[\s，,。、；;：:“”"‘’'《》<>【】\[\]！!？?…—~～·•|/\\]/;
const BRACKET_OR_HYPHEN = /^[()（）\-－]+$/;
const DIGIT = /[0-9０-９]/;

export function extendLeft(ctx: SentenceContext, headStart: number, rules: ExtendRules): number {
  const { stopwords } = lexicons();
  let start = headStart;
  for (let i = ctx.tokens.length - 1; i >= 0; i--) {
    const t = ctx.tokens[i];
    if (t.end > start) continue;
    if (t.end < start) break;
    if (!ctx.claims.free(t.start, t.end)) break;
    if ((!rules.onlyOwnStops && stopwords.has(t.text)) || rules.stops?.has(t.text)) break;
    if (BRACKET_OR_HYPHEN.test(t.text)) { if (!rules.allowDigits && !/[-－]/.test(t.text)) break; }
    else if (PUNCT.test(t.text)) break;
    if (!rules.allowDigits && DIGIT.test(t.text)) break;
    if (headStart - t.start > rules.maxLength) break;
    start = t.start;
  }
  return trimOpenBrackets(ctx, start, headStart);
}

/** A name does not begin with a closing bracket or an unmatched opening one. */
function trimOpenBrackets(ctx: SentenceContext, start: number, headStart: number): number {
  let s = start;
  while (s < headStart && /[)）\-－]/.test(ctx.slice(s, s + 1))) s++;
  return s;
}

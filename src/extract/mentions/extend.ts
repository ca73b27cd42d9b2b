// Grows a name leftwards from its head word, token by token, until a word
// that cannot be part of a name: punctuation, a stop word, a digit where the
// type allows none, or the length limit.
import { lexicons } from '../lexicons';
import type { SentenceContext } from './context';

export interface ExtendRules {
  maxLength: number;
  /** Digits and years are part of event names. */
  allowDigits: boolean;
  /** Brackets are part of event and project names: 西安大医集团(长春)创新产业基地项目. */
  allowBrackets?: boolean;
  /** At most this many words before the head (zones: a place and one more word). */
  maxTokens?: number;
  /** Extra words that end the name for this type. */
  stops?: Set<string>;
  /** Ignore the general stop words (event names contain verbs such as 签约). */
  onlyOwnStops?: boolean;
  /** General stop words this type's names may contain (浙江企业商会). */
  allow?: Set<string>;
  /** Words that end the name however they are spelled (any word ending in a title: 市委书记). */
  stopIf?: (word: string) => boolean;
  /** Dashes are part of the name: 中国—东盟博览会. */
  allowDashes?: boolean;
}

const PUNCT = /[\s，,。、；;：:“”"‘’'《》<>【】\[\]！!？?…—~～·•|/\\]/;
const BRACKET_OR_HYPHEN = /^[()（）\-－]+$/;
const DIGIT = /[0-9０-９]/;
const DASH = /^[—–－-]+$/;

export function extendLeft(ctx: SentenceContext, headStart: number, rules: ExtendRules): number {
  const { stopwords } = lexicons();
  let start = headStart, taken = 0;
  for (let i = ctx.tokens.length - 1; i >= 0; i--) {
    const t = ctx.tokens[i];
    if (t.end > start) continue;
    if (t.end < start) break;
    if (!ctx.claims.free(t.start, t.end)) break;
    if ((!rules.onlyOwnStops && stopwords.has(t.text) && !rules.allow?.has(t.text)) || rules.stops?.has(t.text) || rules.stopIf?.(t.text)) break;
    if (BRACKET_OR_HYPHEN.test(t.text)) { if (!rules.allowBrackets && !/[-－]/.test(t.text)) break; }
    else if (PUNCT.test(t.text) && !(rules.allowDashes && DASH.test(t.text))) break;
    if (!rules.allowDigits && DIGIT.test(t.text)) break;
    // 500强巨星控股集团: the word after a number is its unit, not part of a name.
    if (!rules.allowDigits && i > 0 && DIGIT.test(ctx.tokens[i - 1].text) && ctx.tokens[i - 1].end === t.start) break;
    if (headStart - t.start > rules.maxLength || (rules.maxTokens !== undefined && taken >= rules.maxTokens)) break;
    start = t.start;
    taken++;
  }
  return trimOpenBrackets(ctx, start, headStart);
}

/** A name does not begin with a closing bracket or an unmatched opening one. */
function trimOpenBrackets(ctx: SentenceContext, start: number, headStart: number): number {
  let s = start;
  while (s < headStart && /[)）\-－]/.test(ctx.slice(s, s + 1))) s++;
  return s;
}

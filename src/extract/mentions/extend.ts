// Grows a name leftwards from its head word, token by token, until a word
// that cannot be part of a name: punctuation, a stop word, a digit where the
// type allows none, or the length limit.
import { lexicons } from '../lexicons';
import type { SentenceContext } from './context';
import { pattern } from '../patterns';
import { legalFormBefore, legalFormEnds } from '../heads';
import { isKnownWord, namesSomething, readsAsPhrase } from '../segment';
import { commonWords, wordsOpeningWithFunctionCharacter } from '../dictionary';

/**
 * X公司投资2亿元建设的Y项目, X公司投资2亿元建设Y项目: after the company, an
 * investment phrase ending in 的 or in a building verb makes it Y's
 * investor, not the start of Y's name. The phrase's length, or 0.
 */
export function investorPhraseLength(rest: string): number {
  const m = pattern('invested-by').exec(rest);
  return m && pattern('investor-phrase-end').test(m[0]) && m[0].length < rest.length ? m[0].length : 0;
}

/** 新疆甲能源有限公司投资2.15亿元建设的生态黑枸杞种植及深加工: the span of the project after its investor. */
export function withoutInvestor(ctx: SentenceContext, start: number, end: number): { start: number; end: number } {
  const text = ctx.slice(start, end);
  for (const companyEnd of legalFormEnds(text)) {
    const phrase = investorPhraseLength(text.slice(companyEnd));
    if (phrase) return { start: start + companyEnd + phrase, end };
  }
  return { start, end };
}

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
  /** …only before a common word that is not the head (安胜企业管理有限公司). */
  allowOnlyBeforeCommonWord?: boolean;
  /** Conjunctions this type's names may hold between two plain words (材料技术|与|工程研究所), not between names (宁波大学|与|德国…). */
  allowBetweenPlainWords?: Set<string>;
  /** Words this type's names may hold between two places (沅江|至|南县|高速公路工程: a route). */
  allowBetweenPlaces?: Set<string>;
  /** General stop words this type's names may end in, right before the head (中国电力建设|集团, 物业服务|有限公司). */
  allowBeforeHead?: Set<string>;
  /** …or before a run of these and brackets that reaches the head (交通建设|投资|（集团）有限公司). */
  beforeHeadRun?: Set<string>;
  /** A description of a firm (知名企业, 上市公司, 央企) ends the name: a firm's name starts after it. */
  firmDescriptorsEnd?: boolean;
  /** Words that end the name however they are spelled (any word ending in a title: 市委书记). */
  stopIf?: (word: string) => boolean;
  /** Dashes and middle dots are part of the name: 中国—东盟博览会, 中国·赣州招商推介会. */
  allowDashes?: boolean;
  /** Quoted phrases are part of the name: “投资楚雄•共赢未来”推介会. */
  allowQuotes?: boolean;
  /** A slash between a quantity and its period is part of the name: 5万吨/年水泥窑协同处置项目. */
  allowRates?: boolean;
  /** 、 between a word ending as `before` accepts and one opening as `after` accepts is part of the name: 集中签约、开工、竣工活动. */
  listedWords?: { before: RegExp; after: RegExp };
}

export const PUNCT = /[\s，,。、；;：:“”「」『』"‘’'《》<>【】\[\]！!？?…—~～·•|/\\]/;
const BRACKET_OR_HYPHEN = /^[()（）\-－]+$/;
const DIGIT = /[0-9０-９]/;
/** Dashes, and the middle dot that joins a name's parts (中国—东盟博览会, 2024中国·赣州招商推介会). */
const DASH = /^[—–－\-·•]+$/;
/** How a project's name grows: digits, brackets and rates belong to it (年产3万吨助磨剂项目, 46兆瓦光伏发电项目, 5万吨/年水泥窑协同处置项目). */
export const PROJECT_NAME_RULES: ExtendRules = { maxLength: 30, allowDigits: true, allowBrackets: true, allowRates: true, allowQuotes: true };

const RATE_SLASH = /^[/／]$/;
const CLOSING_QUOTE = /^[”」』]$/;
const OPENING_QUOTE = /^[“「『]$/;
const STRAIGHT_QUOTE = /^"$/;

/** The longest item number in brackets: （十二）. */
const ITEM_NUMBER_REACH = 4;

/** A lone Chinese character (a word of one character). */
const LONE_CHARACTER = /^[\u4e00-\u9fff]$/;

export function extendLeft(ctx: SentenceContext, headStart: number, rules: ExtendRules): number {
  const { stopwords, stopwordsAfterLoneCharacter, counters, notFirstCharacters, places, companyLegalForms, nationalPrefixes } = lexicons();
  let start = headStart, taken = 0;
  let quoteOpen = -1; // walking left: where a closing quote was taken, until its opening one
  for (let i = ctx.tokens.length - 1; i >= 0; i--) {
    const t = ctx.tokens[i];
    if (t.end > start) continue;
    if (t.end < start) break;
    if (!ctx.claims.free(t.start, t.end)) break;
    // “两区”建设集中签约暨“开门红”签约活动: a quoted phrase, whatever it holds, is part of the name.
    // A straight quote (") closes when none is open and opens when one is.
    const closing = CLOSING_QUOTE.test(t.text) || (STRAIGHT_QUOTE.test(t.text) && quoteOpen < 0);
    if (rules.allowQuotes && (closing || quoteOpen >= 0)) {
      if (headStart - t.start > rules.maxLength) break;
      if (closing && quoteOpen < 0) quoteOpen = t.start;
      else if (OPENING_QUOTE.test(t.text) || STRAIGHT_QUOTE.test(t.text)) quoteOpen = -1;
      start = t.start;
      taken++;
      continue;
    }
    // 浙江企业商会 holds 企业; 安胜企业管理有限公司 too, where a common word follows it (not 企业|正威国际集团, 实体企业|集团).
    const next = ctx.tokens[i + 1];
    const allowed = (rules.allow?.has(t.text) && !places.has(next?.text ?? '')
      && (!rules.allowOnlyBeforeCommonWord || (next.start < headStart && commonWords().has(next.text))))
      || (rules.allowBeforeHead?.has(t.text) && onlyRunWordsUntil(ctx.tokens, i + 1, headStart, rules.beforeHeadRun))
      || (rules.allowBetweenPlainWords?.has(t.text) && i > 0 && !!next && next.start < headStart && plainWord(ctx.tokens[i - 1].text) && plainWord(next.text))
      || (rules.allowBetweenPlaces?.has(t.text) && i > 0 && !!next && places.has(ctx.tokens[i - 1].text) && places.has(next.text));
    const stop = (!rules.onlyOwnStops && stopwords.has(t.text) && !allowed) || (rules.stops?.has(t.text) && !allowed) || rules.stopIf?.(t.text);
    // 河北三和重工, 利和知信: a stop word glued to a lone character before it is part of a name.
    const glued = stopwordsAfterLoneCharacter.has(t.text) && i > 0 && LONE_CHARACTER.test(ctx.tokens[i - 1].text) && !stopwords.has(ctx.tokens[i - 1].text);
    // 爱美|家|电器有限公司: a counter after a word that counts nothing is part of the name.
    const uncounting = counters.has(t.text) && i > 0 && !PUNCT.test(ctx.tokens[i - 1].text) && !stopwords.has(ctx.tokens[i - 1].text) && !pattern('counting-word-end').test(ctx.tokens[i - 1].text);
    if (stop && !glued && !uncounting) break;
    // 国内知名企业|浙江吉利控股集团, 上市公司|立讯精密, 央企|中国建筑: a description of the firm before its name (not a
    // legal form, and not 中小企业|服务 where a common word follows: a line of business).
    const describes = rules.firmDescriptorsEnd && pattern('firm-descriptor-end').test(t.text) && !companyLegalForms.includes(t.text);
    if (next && describes && (places.has(next.text) || nationalPrefixes.includes(next.text) || !commonWords().has(next.text))) break;
    // 包括：（一）甲公司…项目；（二）…: an item's number in brackets opens no name.
    if (BRACKET_OR_HYPHEN.test(t.text) && pattern('bracketed-item-number-end').test(ctx.slice(Math.max(ctx.sentence.start, t.end - ITEM_NUMBER_REACH), t.end))) break;
    if (BRACKET_OR_HYPHEN.test(t.text)) { if (!rules.allowBrackets && !/[-－]/.test(t.text)) break; }
    else if (rules.allowRates && RATE_SLASH.test(t.text) && i > 0 && i + 1 < ctx.tokens.length && pattern('period-word').test(ctx.tokens[i + 1].text)) { /* 吨/年 */ }
    else if (rules.listedWords && t.text === '、' && i > 0 && rules.listedWords.before.test(ctx.tokens[i - 1].text) && rules.listedWords.after.test(ctx.tokens[i + 1]?.text ?? '')) { /* 签约、开工 */ }
    else if (PUNCT.test(t.text) && !(rules.allowDashes && DASH.test(t.text))) break;
    if (!rules.allowDigits && DIGIT.test(t.text)) break;
    // 500强巨星控股集团: the word after a number is its unit, not part of a name.
    if (!rules.allowDigits && i > 0 && DIGIT.test(ctx.tokens[i - 1].text) && ctx.tokens[i - 1].end === t.start) break;
    if (headStart - t.start > rules.maxLength || (rules.maxTokens !== undefined && taken >= rules.maxTokens)) break;
    // 该项目|由云帆|航空…: a function character the segmenter glued to a name's first word ends the name before that word.
    // 兼青|石湖开发区: a two-character word jieba made up (no word of its dictionary) glues the character too.
    if (notFirstCharacters.has(t.text[0]) && !places.has(t.text) && (t.text.length > 2 || (t.text.length === 2 && !wordsOpeningWithFunctionCharacter().has(t.text)))) { start = t.start + 1; break; }
    start = t.start;
    taken++;
  }
  // A quote never closed on the left: the name starts after it.
  if (quoteOpen >= 0) start = quoteOpen + 1;
  return trimOpenBrackets(ctx, start, headStart);
}

/** Whether the tokens from `from` up to the head are all words of `run` or brackets (none at all counts). */
function onlyRunWordsUntil(tokens: SentenceContext['tokens'], from: number, headStart: number, run: Set<string> | undefined): boolean {
  for (let k = from; k < tokens.length && tokens[k].start < headStart; k++) if (!run?.has(tokens[k].text) && !BRACKET_OR_HYPHEN.test(tokens[k].text)) return false;
  return true;
}

/** A word of the dictionary that names nothing (材料科学, 工程; not 德国, 宁波大学). */
const plainWord = (word: string) => isKnownWord(word) && !namesSomething(word);

/** A name does not begin with a closing bracket or an unmatched opening one. */
function trimOpenBrackets(ctx: SentenceContext, start: number, headStart: number): number {
  let s = start;
  while (s < headStart && /[)）\-－]/.test(ctx.slice(s, s + 1))) s++;
  // 李明（宁德时代…有限公司: a bracket opened before the name and not closed inside it.
  if (/[(（]/.test(ctx.slice(s, s + 1)) && !/[)）]/.test(ctx.slice(s, headStart))) s++;
  return s;
}

const MAX_PROJECT_ITEM = 60;

function endsWithProjectHead(item: string): boolean {
  const { projectWords, projectHeadsAfterInvestment } = lexicons();
  return projectWords.some((h) => item.endsWith(h)) || projectHeadsAfterInvestment.some((h) => item.endsWith(h));
}

/**
 * 北京利和知信科技有限公司1000吨/年聚烯烃催化剂项目: a project named after
 * its company runs from the start of its list item, across words, digits and
 * conjunctions that would otherwise end a name. The item's start, if so.
 */
export function companyLedItem(ctx: SentenceContext, end: number): number | undefined {
  const text = ctx.sentence.text, base = ctx.sentence.start;
  let from = 0;
  for (const m of text.slice(0, end - base).matchAll(pattern('list-item-start', 'g'))) from = m.index! + m[0].length;
  const item = text.slice(from, end - base);
  const company = legalFormBefore(item);
  if (!company || !endsWithProjectHead(item) || item.length > MAX_PROJECT_ITEM || !ctx.claims.free(base + from, end)) return undefined;
  // The item must be the company and its project: no clause before the company
  // (市长李杰云率队考察上海…集团…项目) and no verb after it (…集团将以建设…项目).
  const companyEnd = base + from + company.end;
  const companyStart = extendLeft(ctx, companyEnd, { maxLength: MAX_PROJECT_ITEM, allowDigits: true, allowBrackets: true });
  const between = text.slice(companyEnd - base, end - base);
  // …有限公司进行项目洽谈: a verb after the company starts a phrase, not the project's name.
  // 亨通集团和苏州工业园区: a conjunction after the company lists another name, not the company's project.
  if (companyStart !== base + from || pattern('between-listed').test(between[0] ?? '') || clauseWordBetween(ctx, companyEnd, end) || investorPhraseLength(between) || readsAsPhrase(between)) return undefined;
  return ctx.starts.has(companyStart) ? companyStart : undefined;
}

/**
 * 投资建设乙烯及下游高端新材料项目: in a project frame, a project's name
 * runs back across 及/与/和 to the frame's verb. The name's new start, if so.
 */
export function framedConjoinedStart(ctx: SentenceContext, start: number, headStart: number, end: number): number | undefined {
  const base = ctx.sentence.start;
  // 投资环境和招商项目: the part after the conjunction must be a name already.
  if (pattern('generic-project').test(ctx.slice(start, end))) return undefined;
  const m = pattern('framed-conjoined-item').exec(ctx.sentence.text.slice(0, start - base));
  if (!m) return undefined;
  const from = base + m.index + m[0].length - m[1].length;
  if (!ctx.starts.has(from) || !ctx.claims.free(from, start) || clauseWordBetween(ctx, from, headStart) || readsAsPhrase(ctx.slice(from, headStart), lexicons().wordsInsideProjects)) return undefined;
  return from;
}

/** Whether a word between `from` and `to` is one that ends a name (将, 以, 推动 …). */
function clauseWordBetween(ctx: SentenceContext, from: number, to: number): boolean {
  const { stopwords, wordsInsideProjects } = lexicons();
  return ctx.tokens.some((t) => t.start >= from && t.end <= to && stopwords.has(t.text) && !wordsInsideProjects.has(t.text));
}

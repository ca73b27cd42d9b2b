// Runs the mention passes over every sentence, in the order their
// declarations give (see MentionPass).
import type { Sentence } from '../sentences';
import { PhraseIndex } from '../phrases';
import { companyShortForms, withoutAdministrativeDesignation, withoutLeadingPlace } from '../forms';
import { lexicons } from '../lexicons';
import { pattern } from '../patterns';
import { SentenceContext } from './context';
import { isKnownWord, tokenize, type Token } from '../segment';
import { findFramedFacilities, findSuffixedNames } from './suffixed';
import { typeOfHead } from '../heads';
import { findInvestedProjects, findInvestingBrands } from './investment';
import { findListItems } from './lists';
import { findKnownZones } from './known-zones';
import { findPlaces } from './places';
import { findKnownNames, findPersons, type TitleSpan } from './persons';
import type { Mention } from './mention';
import { findTitledFirms } from './titled-firms';
import { orderPasses, type Declared } from '../pipeline';
import type { EntityType } from '../../schema/ontology';

export interface DocumentMentions {
  contexts: SentenceContext[];
  titles: TitleSpan[][];
}

/**
 * A mention pass over every sentence. Passes claim spans, and the first to
 * claim a span keeps it, so "requires" here also says whose names come
 * first: a project's or an event's name before the bodies inside it
 * (吉林省人民政府与吉林大学合作项目), people before bodies (省委书记景俊海到经开区 is
 * a person and a zone, not a zone named 景俊海到经开区), lists before single names.
 */
interface MentionPass extends Declared {
  apply(doc: DocumentMentions): void;
}

const eachSentence = (declared: Declared, fn: (ctx: SentenceContext) => void): MentionPass =>
  ({ ...declared, apply: (doc) => doc.contexts.forEach(fn) });

export const MENTION_PASSES: readonly MentionPass[] = orderPasses([
  eachSentence({ name: 'events', requires: [], assigns: ['Event names'] }, (ctx) => { findSuffixedNames(ctx, ['Event']); findQuotedActivities(ctx); }),
  eachSentence({ name: 'invested projects', requires: ['Event names'], assigns: ['invested projects'] }, findInvestedProjects),
  { name: 'persons', requires: ['invested projects'], assigns: ['Person names', 'titles'], apply: (doc) => { doc.titles = doc.contexts.map(findPersons); } },
  // People named again before any other name: 郭广昌 is no place 广昌, 韩启彬、田宇等 no list of firms.
  { name: 'known people', requires: ['Person names'], assigns: ['people named again'], apply: findKnownPeople },
  // 中新天津生态城 before lists, projects and places take its words (天津, 海南自由贸易港建设项目).
  eachSentence({ name: 'known zones', requires: ['people named again'], assigns: ['known zones'] }, findKnownZones),
  eachSentence({ name: 'lists', requires: ['known zones'], assigns: ['list items'] }, (ctx) => findListItems(ctx, typeOfHead)),
  eachSentence({ name: 'projects', requires: ['list items'], assigns: ['Project names'] }, (ctx) => findSuffixedNames(ctx, ['Project'])),
  eachSentence({ name: 'facilities', requires: ['Project names'], assigns: ['facility projects'] }, findFramedFacilities),
  // 其中，金井湾冷链物流园由…: a project or event named earlier is that project again, before bodies read its head as a zone's.
  { name: 'projects again', requires: ['facility projects'], assigns: ['projects named again'], apply: (doc) => findNamedForms(doc, ['Project', 'Event']) },
  eachSentence({ name: 'bodies', requires: ['projects named again'], assigns: ['body names'] }, (ctx) => findSuffixedNames(ctx, ['Zone', 'GovernmentBody', 'Organization', 'Company'])),
  { name: 'places', requires: ['body names'], assigns: ['Place names'], apply: (doc) => findPlaces(doc.contexts) },
  // 亿纬锂能将新建甲项目: a brand as the investor, once bodies and places had their turn.
  eachSentence({ name: 'investing brands', requires: ['Place names', 'body names', 'Project names'], assigns: ['investing brands'] }, findInvestingBrands),
  // 蔚来汽车创始人、董事长李斌: a brand before a title only a firm gives, once bodies and places had their turn.
  { name: 'titled firms', requires: ['titles', 'Place names', 'body names', 'investing brands'], assigns: ['titled firms'], apply: (doc) => doc.contexts.forEach((ctx, i) => findTitledFirms(ctx, doc.titles[i])) },
  eachSentence({ name: 'short forms', requires: ['titled firms', 'Event names'], assigns: ['short forms'] }, findShortForms),
  { name: 'named forms', requires: ['short forms', 'Project names'], assigns: ['names found again'], apply: (doc) => findNamedForms(doc) },
  { name: 'bare zone', requires: ['names found again'], assigns: ['bare zone'], apply: findBareZone },
]);

/**
 * 「港澳企业家粤西行」活动在茂名举行: a quoted name before 活动 that is held is
 * an event (活动 alone is any activity; the quotes and the holding name one).
 */
function findQuotedActivities(ctx: SentenceContext): void {
  for (const m of ctx.sentence.text.matchAll(pattern('quoted-activity', 'g'))) {
    const start = ctx.sentence.start + m.index!;
    if (ctx.claims.free(start, start + m[1].length)) ctx.add(start, start + m[1].length, 'Event');
  }
}

/** The mentions in the sentences of `text`. */
export function findMentions(text: string, sentences: Sentence[]): DocumentMentions {
  const words = tokensBySentence(tokenize(text), sentences);
  const doc: DocumentMentions = { contexts: sentences.map((s, i) => new SentenceContext(s, i, words[i])), titles: [] };
  for (const ctx of doc.contexts) { splitGluedFunctionCharacters(ctx); ungluePlaceFromFunctionWord(ctx); }
  for (const pass of MENTION_PASSES) pass.apply(doc);
  for (const ctx of doc.contexts) ctx.mentions.sort((a, b) => a.start - b.start);
  return doc;
}

/**
 * 开发区党工委副书记李占金…诚挚邀请企业到开发区考察: an article that never names
 * its zone but speaks through a bare designation's organs (开发区党工委) is
 * about that zone, named 开发区: each of its uses is a Zone mention.
 */
function findBareZone({ contexts }: DocumentMentions): void {
  if (contexts.some((c) => c.mentions.some((m) => m.type === 'Zone'))) return;
  const organ = contexts.map((c) => pattern('bare-zone-organ').exec(c.sentence.text)).find(Boolean);
  if (!organ) return;
  const word = organ[1];
  for (const ctx of contexts) {
    for (let at = ctx.sentence.text.indexOf(word); at >= 0; at = ctx.sentence.text.indexOf(word, at + word.length)) {
      const start = ctx.sentence.start + at, end = start + word.length;
      if (ctx.isBoundary(start, end) && !pattern('name-character-before').test(ctx.sentence.text.slice(0, at))) ctx.add(start, end, 'Zone');
    }
  }
}

/** Every person found somewhere in the document, found again where no title marks them. */
function findKnownPeople({ contexts }: DocumentMentions): void {
  const people = new PhraseIndex(contexts.flatMap((c) => c.mentions).filter((m) => m.type === 'Person').map((m) => m.text));
  if (people.size) for (const ctx of contexts) findKnownNames(ctx, people);
}

/**
 * The document's words, cut once (one segmenter call per document, not per
 * sentence), shared out among its sentences; a word across a boundary (only
 * whitespace can be) is clipped to it.
 */
function tokensBySentence(tokens: Token[], sentences: Sentence[]): Token[][] {
  const out: Token[][] = sentences.map(() => []);
  let t = 0;
  for (const [i, s] of sentences.entries()) {
    while (t < tokens.length && tokens[t].end <= s.start) t++;
    for (let k = t; k < tokens.length && tokens[k].start < s.end; k++) {
      const start = Math.max(tokens[k].start, s.start), end = Math.min(tokens[k].end, s.end);
      out[i].push(start === tokens[k].start && end === tokens[k].end ? tokens[k] : { text: s.text.slice(start - s.start, end - s.start), start, end });
    }
  }
  return out;
}

interface NamedForms {
  index: PhraseIndex;
  types: Map<string, EntityType>;
  /** Zones' own names without their designation (屈原): found only where a name may end after them (代表屈原|分别与, not 天府|国际会议中心). */
  bare: Set<string>;
}

/**
 * Every name found somewhere in the document, to find it again where no cue
 * marks it (与商汤科技联合创始人…), and the short form a zone's name has
 * without its place (成都天府新区 → 天府新区, 长春国际汽车城 → 国际汽车城).
 */
function namedForms(mentions: Mention[]): NamedForms {
  const types = new Map<string, EntityType>();
  const bare = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'Person' || m.type === 'Place' || m.text.length < 2) continue;
    if (!types.has(m.text)) types.set(m.text, m.type);
    const local = withoutLeadingPlace(m.text);
    if (m.type === 'Zone' && local !== m.text && local.length >= 3 && !types.has(local)) types.set(local, 'Zone');
    // 屈原管理区 → 屈原 (代表屈原与…签约): an administrative zone's own name without its designation.
    const own = m.type === 'Zone' ? withoutAdministrativeDesignation(m.text) : undefined;
    if (own && own.length >= 2 && !lexicons().places.has(own) && !types.has(own)) { types.set(own, 'Zone'); bare.add(own); }
    // 德福科技计划投资…: a company named again by its short form.
    if (m.type === 'Company') for (const short of companyShortForms(m.text)) if (!types.has(short)) types.set(short, 'Company');
  }
  for (const occasion of soleOccasions(mentions)) if (!types.has(occasion)) { types.set(occasion, 'Event'); bare.add(occasion); }
  return { index: new PhraseIndex(types.keys()), types, bare };
}

/** Shortest occasion word a named event is called by again (开工仪式, not 仪式 or 大会 alone). */
const MIN_OCCASION = 4;

/**
 * 2024年第二批重大项目集中开工仪式…。开工仪式在嘉陵经开区主会场举行: the
 * occasion word that ends exactly one named event of the document is that
 * event named again.
 */
function soleOccasions(mentions: Mention[]): string[] {
  const { eventWords } = lexicons();
  const events = [...new Set(mentions.filter((m) => m.type === 'Event').map((m) => m.text))];
  const endings = events.map((e) => eventWords.find((w) => w.length >= MIN_OCCASION && e.length > w.length && e.endsWith(w)));
  return [...new Set(endings)].filter((w): w is string => !!w && endings.filter((x) => x === w).length === 1);
}

/** The names found so far (of the given types, else all), found again in every sentence. */
function findNamedForms({ contexts }: DocumentMentions, types?: EntityType[]): void {
  const named = namedForms(contexts.flatMap((c) => c.mentions).filter((m) => !types || types.includes(m.type)));
  if (named.types.size) for (const ctx of contexts) findNamedFormsIn(ctx, named);
}

function findNamedFormsIn(ctx: SentenceContext, named: NamedForms): void {
  for (const m of named.index.matchesAt(ctx.sentence.text, ctx.wordStarts)) {
    const start = ctx.sentence.start + m.index, end = start + m.phrase.length;
    if (named.bare.has(m.phrase) && !pattern('delimiter-after-name').test(ctx.sentence.text.slice(m.index + m.phrase.length))) continue;
    if (ctx.isBoundary(start, end)) ctx.add(start, end, named.types.get(m.phrase)!);
  }
}

/** The types whose names a bracket after them may shorten (not people, places or projects). */
const SHORTENED_TYPES = new Set<EntityType>(['Event', 'Organization', 'Zone', 'GovernmentBody', 'Company']);

/**
 * 2024年中国国际服务贸易交易会（服贸会）: a bracket right after a name holding
 * an abbreviation of it (its characters in the name's order) is that name's
 * short form, found again wherever the text uses it (服贸会期间).
 */
function findShortForms(ctx: SentenceContext): void {
  for (const m of [...ctx.mentions]) {
    if (!SHORTENED_TYPES.has(m.type)) continue;
    const after = pattern('short-form-after-name').exec(ctx.slice(m.end, m.end + SHORT_FORM_REACH));
    const form = after?.[1];
    if (!form || form.length >= m.text.length || lexicons().places.has(form) || !inOrderWithin(form, m.text)) continue;
    const start = m.end + after.index + after[0].indexOf(form);
    const short = ctx.add(start, start + form.length, m.type);
    if (short) short.shortFor = m.text;
  }
}

/** How far after a name its bracketed short form may end (（以下简称“甲公司”）). */
const SHORT_FORM_REACH = 16;

/** Whether every character of `short` occurs in `name`, in order (兰洽会 in 中国兰州投资贸易洽谈会). */
function inOrderWithin(short: string, name: string): boolean {
  let at = 0;
  for (const c of short) { at = name.indexOf(c, at) + 1; if (!at) return false; }
  return true;
}

/**
 * 在于|都|工业园: a word of a function character and one more (在于, 对于)
 * that took a place's first character gives it back (在|于都) when the
 * character and the next word are a place and the next word alone is not.
 */
function ungluePlaceFromFunctionWord(ctx: SentenceContext): void {
  const { notFirstCharacters, places } = lexicons();
  for (let i = 0; i + 1 < ctx.tokens.length; i++) {
    const [t, next] = [ctx.tokens[i], ctx.tokens[i + 1]];
    if (t.text.length === 2 && notFirstCharacters.has(t.text[0]) && places.has(t.text[1] + next.text) && !places.has(next.text)) ctx.moveBoundary(t.end, t.start + 1);
  }
}

/**
 * 产业|城由|中联重科, 产业|城由三一|重工: a word the segmenter made up (no
 * word it knows) with a function character after its first (由, 与, 在 …) is
 * that character and the words around it, so that names end before it.
 */
function splitGluedFunctionCharacters(ctx: SentenceContext): void {
  const { notFirstCharacters } = lexicons();
  for (const t of [...ctx.tokens]) {
    let k = 1;
    while (k < t.text.length && !notFirstCharacters.has(t.text[k])) k++;
    if (k < t.text.length && !isKnownWord(t.text)) { ctx.split(t.start + k); ctx.split(t.start + k + 1); }
  }
}

// Places: every administrative division, country and macro-region the
// lexicon knows (divisions.ts), as whole words of the segmenter (长春 in
// 长春/市委 is a place; 长春 in 长春新区 was already taken by the zone). A
// county's short form between two lone characters (秋/阳高/照) is a word cut
// wrongly, not a place. A short form that is also a frequent word (确保一方安宁)
// is a place only where the document names the division in full or its city.
import { lexicons } from '../lexicons';
import type { SentenceContext } from './context';
import { pattern } from '../patterns';
import { isKnownWord, namesSomething, readsAsPhrase } from '../segment';
import { commonNouns } from '../dictionary';

const LONE = /^[\u4e00-\u9fff]$/;

export function findPlaces(contexts: SentenceContext[]): void {
  const confirmed = confirmedIn(contexts);
  for (const ctx of contexts) findPlacesIn(ctx, confirmed);
}

/**
 * The first two characters of every place form, as bits of a small table:
 * most words open no place's name, and a look-up in the map of 36k forms
 * misses the processor's cache (it was the pass's main cost).
 */
let openings: Uint32Array | undefined;
const OPENING_BITS = 1 << 20;
const openingBit = (w: string) => (Math.imul(w.charCodeAt(0), 65599) + w.charCodeAt(1)) & (OPENING_BITS - 1);

function mayOpenPlace(word: string): boolean {
  if (!openings) {
    openings = new Uint32Array(OPENING_BITS / 32);
    for (const form of lexicons().places.keys()) if (form.length >= 2) { const b = openingBit(form); openings[b >>> 5] |= 1 << (b & 31); }
  }
  const b = openingBit(word);
  return (openings[b >>> 5] & (1 << (b & 31))) !== 0;
}

function findPlacesIn(ctx: SentenceContext, confirmed: (form: string) => boolean): void {
  const { places, placeLevels } = lexicons();
  const tokens = ctx.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text.length < 2 || !mayOpenPlace(t.text)) continue;
    const official = places.get(t.text);
    if (!official || !confirmed(t.text)) continue;
    const shortCounty = official !== t.text && placeLevels.get(official) === 'county';
    if (shortCounty && LONE.test(tokens[k - 1]?.text ?? '') && LONE.test(tokens[k + 1]?.text ?? '')) continue;
    // 福田香格里拉|大酒店: a county's short form naming a hotel is its brand.
    if (shortCounty && pattern('hotel-after-name').test(tokens[k + 1]?.text ?? '')) continue;
    ctx.add(t.start, t.end, 'Place');
  }
  findSiteTowns(ctx);
  findForeignDivisions(ctx);
}

/**
 * 赴越南谅山省、高平省, 泰国罗勇府: right after a country the lexicon knows,
 * the words the segmenter could not place that end as a division does are
 * that country's divisions, and so is each one listed with them.
 */
function findForeignDivisions(ctx: SentenceContext): void {
  const { places, placeLevels, governmentSuffixes } = lexicons();
  for (const country of ctx.tokens.filter((t) => t.text.length >= 2 && mayOpenPlace(t.text) && placeLevels.get(places.get(t.text) ?? '') === 'country')) {
    // The segmenter cuts long transcriptions anywhere (琅|南塔|省): read the text, not its words.
    for (let at = country.end; ;) {
      const m = pattern('foreign-division').exec(ctx.slice(at, at + FOREIGN_DIVISION_REACH));
      // 日本政府, 越南国会: an organ of the country, not a division.
      if (!m || places.has(m[1]) || governmentSuffixes.some((h) => h.length >= 2 && m[1].endsWith(h))) break;
      ctx.add(at, at + m[1].length, 'Place');
      at += m[0].length;
      if (m[0].length === m[1].length) break;
    }
  }
}

/** The longest foreign division with its separator read after a country (乌多姆赛省、). */
const FOREIGN_DIVISION_REACH = 8;

/**
 * 该项目位于大沽镇, 落户黄庄村: a township or village the lexicon lacks, named
 * as a site: a name jieba reads as a place or an unknown word, whose
 * ending (镇, 乡, 村, 街道) is its own word or ends its one word (not 美丽|乡村).
 */
function findSiteTowns(ctx: SentenceContext): void {
  const { tokens } = ctx;
  for (let k = 0; k < tokens.length; k++) {
    const one = tokens[k];
    const end = townEndingAt(ctx, k);
    // 后楼村|党支部书记: a village named by its own organ is a place too.
    const byOrgan = end !== undefined && pattern('village-ending').test(ctx.slice(one.start, end)) && pattern('village-organ-after').test(ctx.slice(end, end + 4));
    if (end !== undefined && (sitedAt(ctx, one.start) || byOrgan) && ctx.claims.free(one.start, end)) ctx.add(one.start, end, 'Place');
  }
  for (const place of ctx.mentions.filter((m) => m.type === 'Place')) addVillageAfter(ctx, place.end);
}

/** The most words a town's name the segmenter cut apart may take before its ending (彭|家庄|乡). */
const MAX_TOWN_WORDS = 2;
/** The longest such name before its ending. */
const MAX_TOWN_NAME = 4;

/**
 * Where a township's or village's name that opens at token k ends, if one
 * does: 角美镇 as one word; 大沽|镇 and 彭|家庄|乡, the ending a word of its
 * own (not 美丽|乡村) after words that name something; 柳树|岔乡, the ending
 * glued to the name's last character in a word the segmenter made up (not
 * 建设|乡村, 特色|小镇).
 */
export function townEndingAt(ctx: SentenceContext, k: number): number | undefined {
  const { tokens } = ctx;
  const one = tokens[k];
  const ending = pattern('town-ending');
  // Most words have no town's ending within reach: look no further.
  let reached = false;
  for (let n = 0; n <= MAX_TOWN_WORDS && !reached && k + n < tokens.length; n++) reached = ending.test(tokens[k + n].text);
  if (!reached) return undefined;
  if (one.text.length >= 3 && ending.test(one.text) && namesSomething(one.text)) return one.end;
  const { stopwords } = lexicons();
  for (let n = 1; n <= MAX_TOWN_WORDS; n++) {
    const words = tokens.slice(k, k + n), last = tokens[k + n];
    if (!last || words.some((w) => PUNCTUATION.test(w.text) || stopwords.has(w.text))) return undefined;
    const name = words.map((w) => w.text).join('');
    if (name.length > MAX_TOWN_NAME) return undefined;
    const end = ending.exec(last.text)?.[0];
    if (end === last.text && name.length >= 2 && namesSomething(name)) return last.end;
    if (end?.length === 1 && last.text.length === 2 && !isKnownWord(last.text) && name.length + 1 <= MAX_TOWN_NAME) return last.end;
  }
  return undefined;
}

const PUNCTUATION = /[^\u4e00-\u9fff]/;

/** 板泉镇|后楼村, 城关镇|东石莲子村: a village or community named right after its township is a place too. */
function addVillageAfter(ctx: SentenceContext, at: number): void {
  const village = pattern('village-after-place').exec(ctx.slice(at, at + 8));
  if (!village) return;
  const end = at + village[0].length;
  const last = ctx.tokenEndingAt(end);
  const ending = pattern('village-ending').exec(village[0])![0];
  // Not 美丽|乡村, 建设|新|农村: the ending is a word of its own or ends a name, not a common noun, and no verb opens it.
  if (!last || !ctx.starts.has(at) || (last.text.length > ending.length && commonNouns().has(last.text)) || readsAsPhrase(village[0].slice(0, -ending.length))) return;
  ctx.add(at, end, 'Place');
}

/** Whether the words before `at` make what follows a site (位于, 落户, 在, 到). */
export function sitedAt(ctx: SentenceContext, at: number): boolean {
  return pattern('placed-before').test(ctx.slice(Math.max(ctx.sentence.start, at - 4), at));
}

/** Whether a form may be a place in this document: unambiguous, or confirmed by a name the text holds. */
function confirmedIn(contexts: SentenceContext[]): (form: string) => boolean {
  const { placesToConfirm } = lexicons();
  let text: string | undefined;
  const answers = new Map<string, boolean>();
  return (form) => {
    const names = placesToConfirm.get(form);
    if (!names) return true;
    text ??= contexts.map((c) => c.sentence.text).join('\n');
    if (!answers.has(form)) answers.set(form, names.some((n) => text!.includes(n)));
    return answers.get(form)!;
  };
}

// Pronoun-like references (我区, 该集团, 商会, 仪式) resolved to the entity they
// mean: the document's main zone or place, or the latest entity named with
// that head word before the reference.
import { lexicons } from './lexicons';
import { pattern } from './patterns';
import { PhraseIndex } from './phrases';
import type { SentenceContext } from './mentions/context';
import { ID_PREFIX, ownPlace, type DocEntity } from './entities';

export interface Reference { sentence: number; start: number; end: number; entity: DocEntity; word: string }


/** The reference words of the lexicon, indexed once. */
let referenceWords: PhraseIndex | undefined;

export function resolveReferences(contexts: SentenceContext[], entities: DocEntity[], mainZone?: DocEntity, publisher?: string): Reference[] {
  const lex = lexicons();
  referenceWords ??= new PhraseIndex([...lex.mainZoneRefs, ...lex.mainPlaceRefs, ...lex.latestRefs]);
  const first = new Map(entities.map((e) => [e, e.mentions.reduce((a, m) => Math.min(a, m.start), Infinity)]));
  const placeOfLevel = new Map<string, DocEntity | undefined>();
  let ownDistrict: DocEntity | undefined | null = null; // not looked for yet
  const speaksAsDistrict = contexts.some((ctx) => pattern('bare-district-organ').test(ctx.sentence.text));
  // 广州市企业家代表团来我市考察: 我市 is not the place the visitors come from.
  const visitors = visitingPlaces(contexts, entities);
  // 市长甲率队赴上海、苏州开展招商…与我市签约: never a place its people go to.
  const away = awayPlaces(contexts, entities);
  const notAway = away.size ? entities.filter((e) => !away.has(e)) : entities;
  const atHome = visitors.size ? notAway.filter((e) => !visitors.has(e)) : notAway;

  /** What a reference word at `start` means: the main zone, the document's own place, or the latest entity with its head. */
  const referent = (word: string, start: number): DocEntity | undefined => {
    // 我区 in a district's own news is the district: the article names its officials by the district's organs alone (区委书记, 区长).
    const district = pattern('district-reference').exec(word)?.[1];
    if (lex.mainZoneRefs.has(word) && district && speaksAsDistrict) {
      // …or, when the text names the district only inside a zone's name (陈仓区千渭新区), its publisher's.
      if (ownDistrict === null) ownDistrict = ownPlace(entities, district, true) ?? publisherPlace(publisher, district, entities);
      if (ownDistrict) return ownDistrict;
    }
    if (lex.mainZoneRefs.has(word) && mainZone) return mainZone;
    if (lex.mainZoneRefs.has(word) || lex.mainPlaceRefs.has(word)) { // 我县 → the county
      const level = word.at(-1)!;
      if (!placeOfLevel.has(level)) placeOfLevel.set(level, ownPlace(atHome, level, true) ?? ownPlace(notAway, level, true) ?? publisherPlace(publisher, level, entities));
      return placeOfLevel.get(level);
    }
    const head = word.replace(pattern('demonstrative-start'), '');
    return entities
      .filter((e) => first.get(e)! < start && e.type !== 'Person' && (lex.anyCompanyRefs.has(word) ? e.type === 'Company'
        : lex.anyProjectRefs.has(word) ? e.type === 'Project' : e.name.endsWith(head) || e.mentions.some((m) => m.text.endsWith(head))))
      .sort((a, b) => lastBefore(b, start) - lastBefore(a, start))[0];
  };

  const out: Reference[] = [];
  for (const ctx of contexts) {
    for (const { index: at, phrase: word } of referenceWords.matchesAt(ctx.sentence.text, ctx.wordStarts)) {
      const start = ctx.sentence.start + at, end = start + word.length;
      if (!ctx.claims.free(start, end) || !ctx.isBoundary(start, end)) continue;
      if (lex.refsOnlyBeforeTitle.has(word) && lex.titleStarts.longestAt(ctx.sentence.text, at + word.length) === undefined) continue;
      if (lex.refsOnlyOpening.has(word) && at > 0) continue;
      const entity = referent(word, start);
      if (!entity) continue;
      ctx.claims.claim(start, end);
      out.push({ sentence: ctx.index, start, end, entity, word });
    }
  }
  return out;
}

/** How far before its delegation word a place may be named in the delegation's name (甲市企业家|代表团). */
const DELEGATION_NAME = 8;

/**
 * A function of a document's sentences and entities, worked out once per
 * document: the references and the positions rule both ask for it.
 */
function oncePerDocument(fn: (contexts: SentenceContext[], entities: DocEntity[]) => Set<DocEntity>): typeof fn {
  const known = new WeakMap<SentenceContext[], Set<DocEntity>>();
  return (contexts, entities) => {
    let out = known.get(contexts);
    if (!out) known.set(contexts, (out = fn(contexts, entities)));
    return out;
  };
}

/** The places whose delegations come to the article's own area (甲市企业家代表团来我市, 会见了…深圳企业家代表团). */
export const visitingPlaces = oncePerDocument((contexts, entities) => {
  const out = new Set<DocEntity>();
  for (const ctx of contexts) {
    const m = pattern('visitors-coming').exec(ctx.sentence.text);
    if (!m) continue;
    // The place named in the delegation's name, just before its word (广州市|企业家|代表团), group 1 or 2.
    const word = m[1] ?? m[2];
    const at = ctx.sentence.start + (m[1] ? m.index : m.index + m[0].length - word.length);
    const place = entities.filter((e) => e.type === 'Place' && e.mentions.some((x) => x.end <= at && at - x.end <= DELEGATION_NAME && !/[，,。；;、]/.test(ctx.slice(x.end, at))));
    for (const e of place) out.add(e);
  }
  return out;
});

/**
 * 我县 in an article whose text never names its county: the county its
 * publisher is named after (来源：凤冈县融媒体中心 → 凤冈县), added to the
 * document's entities.
 */
function publisherPlace(publisher: string | undefined, level: string, entities: DocEntity[]): DocEntity | undefined {
  const { places } = lexicons();
  let rest = publisher ?? '', last: string | undefined;
  // The places the publisher's name opens with, the last one the most local (贵州省凤冈县融媒体中心).
  for (let found = true; found;) {
    found = false;
    for (let len = Math.min(MAX_PLACE_FORM, rest.length); len >= 2 && !found; len--) {
      if (places.has(rest.slice(0, len))) { last = places.get(rest.slice(0, len)); rest = rest.slice(len); found = true; }
    }
  }
  // A county's publisher, or a city's media centre (铜陵市融媒体中心): a provincial or city paper (吉林日报) reports on many places.
  const placeLevel = last && lexicons().placeLevels.get(last);
  const local = placeLevel === 'county' || (placeLevel === 'city' && pattern('local-media-centre').test(publisher!));
  if (!last?.endsWith(level) || !local) return undefined;
  const place: DocEntity = { id: nextId(entities, 'Place'), type: 'Place', mentions: [], name: last, aliases: [], props: {} };
  entities.push(place);
  return place;
}

/** The longest place form looked for at the start of a publisher's name. */
const MAX_PLACE_FORM = 8;

function nextId(entities: DocEntity[], type: DocEntity['type']): string {
  const prefix = ID_PREFIX[type];
  const used = entities.filter((e) => e.type === type).map((e) => Number(e.id.slice(prefix.length)));
  return `${prefix}${Math.max(0, ...used) + 1}`;
}

/**
 * The places named right after a word of setting out (赴, 前往), and those
 * listed with them (赴福建厦门、泉州); and where the article's own area acts
 * away (我市在深圳举办推介会, 我市…推介会在深圳举行).
 */
export const awayPlaces = oncePerDocument((contexts, entities) => {
  const out = new Set<DocEntity>();
  const mentions = entities.filter((e) => e.type === 'Place').flatMap((e) => e.mentions.map((m) => ({ e, m }))).sort((a, b) => a.m.start - b.m.start);
  let lastAway: { sentence: number; end: number } | undefined;
  for (const { e, m } of mentions) {
    const ctx = contexts[m.sentence];
    const listed = lastAway?.sentence === m.sentence && pattern('joins-destinations').test(ctx.slice(lastAway.end, m.start));
    const before = ctx.slice(ctx.sentence.start, m.start);
    // Acting in a place, not at a venue in it (我区在淮安宾馆举行…: 淮安 is the district's city).
    const actingIn = pattern('own-area-acting-in').test(before) && pattern('held-after').test(ctx.slice(m.end, ctx.sentence.end));
    if (!listed && !pattern('setting-out-before').test(before) && !actingIn) continue;
    out.add(e);
    lastAway = { sentence: m.sentence, end: m.end };
  }
  return out;
});

function lastBefore(e: DocEntity, at: number): number {
  return e.mentions.reduce((a, m) => (m.start < at && m.start > a ? m.start : a), -1);
}

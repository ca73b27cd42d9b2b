// Names recognised by their head word: events (…仪式, …推介会), projects
// (…项目, …工程), zones (…开发区, …产业园) and bodies (…有限公司, …商会, …局).
// The head must end a word; the name grows left from it (extend.ts).
import { lexicons } from '../lexicons';
import { pattern } from '../patterns';
import { headEndingAt, headTable, legalFormAt, legalFormEndingAt, legalFormBefore, NEEDS_NAME_WORD, type Kind } from '../heads';
import type { SentenceContext } from './context';
import { companyLedItem, extendLeft, framedConjoinedStart, PROJECT_NAME_RULES, PUNCT, withoutInvestor, type ExtendRules } from './extend';
import { holdsTimeWord, isOneNoun, isPlaceWord, leadingVerbsLength, namesSomething, readsAsPhrase } from '../segment';
import { commonNouns } from '../dictionary';
import { withoutLeadingPlace } from '../forms';
import { sitedAt, townEndingAt } from './places';

const BODY_KINDS = new Set<Kind>(['Company', 'Organization', 'GovernmentBody']);
const OPENING_BRACKET = /^[(（]$/;
const CLOSING_BRACKET = /^[)）]$/;
// 一汽项目(招商)服务局: a name cut at a bracket is only its tail.
const CLOSING_BRACKET_BEFORE = /[)）]$/;

/**
 * Names whose head word ends a word of the sentence. The name grows left
 * from the word the head starts in.
 */
export function findSuffixedNames(ctx: SentenceContext, kinds: Kind[]): void {
  const lex = lexicons();
  const { spec } = headTable();
  const text = ctx.sentence.text;
  const base = ctx.sentence.start;
  const headOf = headsOfWords(ctx);
  // Names nest (第三十一届中国兰州投资贸易洽谈会金昌市招商引资项目签约大会, 上海交通大学深圳创新研究院): the outermost, rightmost head first.
  for (let k = ctx.tokens.length - 1; k >= 0; k--) {
    const head = headOf[k];
    if (!head) continue;
    const token = ctx.tokens[k];
    const end = token.end, at = end - base;
    const s = spec.get(head)!;
    if (!kinds.includes(s.kind)) continue;
    const headStart = end - head.length;
    if (placeOpensAtEnd(ctx, end)) continue;
    // 上海微电子装备（集团）股份有限公司: a head in brackets belongs to the head after it.
    if (OPENING_BRACKET.test(text.charAt(at - head.length - 1)) && CLOSING_BRACKET.test(text.charAt(at))) continue;
    // 华鑫证券有限公司: a head followed by another is part of the name that ends at the later one.
    if (legalFormAt(text, at)) continue;
    if (!ctx.claims.free(headStart, end)) continue;
    if (token.start <= headStart) {
      if (endsWithNonName(token.text, head.length) || lex.titleSet.has(token.text)) continue;
      // 主持会议, 参加会议: a verb and its object, not a name.
      if (s.kind === 'Event' && token.start < headStart && eventStops().has(ctx.slice(token.start, headStart))) continue;
      if (head.length === 1 && token.start === headStart && !lex.loneHeads.has(head)) continue; // a lone 局 or 网
      // 展厅, 大厅, 总部, 饭局: a common two-character noun that ends in a one-character head is no body's name.
      if (head.length === 1 && token.text.length === 2 && commonNouns().has(token.text)) continue;
    }
    if (s.kind === 'GovernmentBody' && pattern('organ-before-title').test(head) && startsTitle(text.slice(at))) continue;
    if (s.kind === 'Event' && pattern('building-after-event-head').test(text.slice(at))) continue;
    if (s.weak && !pattern('delimiter-after-name').test(text.slice(at))) continue;
    // 股份有限公司|控股投资: a legal form ends the name; a weak head after it is a verb or another word.
    if (s.weak && legalFormEndingAt(text, headStart)) continue;
    const wordStart = startOfWordAt(ctx, k, headStart);
    let start = s.kind === 'Zone' ? zoneStart(ctx, wordStart, headStart)
      : (s.kind === 'Project' ? companyLedItem(ctx, end) : undefined) ?? extendLeft(ctx, wordStart, rulesFor(s.kind));
    // 甲公司投资5亿元建设乙项目: the project starts after its investor.
    if (s.kind === 'Project') start = withoutInvestor(ctx, start, end).start;
    // 北湖开发区|澜石新材料项目: a zone opening a project's name is where the project is, a name of its own.
    const siteStart = start; // 签约|柳东新区|综合管廊项目: the frame stands before the site.
    if (s.kind === 'Project') start = afterLeadingZone(ctx, start, headStart);
    if (s.kind === 'Project') start = framedConjoinedStart(ctx, start, headStart, end) ?? start;
    // 甲项目（总投资5亿元）和乙项目: a bracketed amount ends the project before it.
    if (s.kind === 'Project') start = afterBracketedAmount(ctx, start, headStart);
    if (s.kind === 'GovernmentBody') start = joinedDepartmentStart(ctx, start);
    if (s.kind === 'Company' || s.kind === 'Organization') start = afterSmallerPlace(ctx, start, end);
    if (s.kind === 'Company') start = listedItemStart(ctx, start, headStart);
    // 涵盖生物化工, 抢抓科技: a body's name starts after the verbs before it; after a
    // preposition or a separator a noun phrase starts, verb-like or not (投资方为|远航物流).
    // 攀钢|集团有限公司: a "verb" that is all there is before a legal form is the name itself (not 抢抓|科技).
    if (BODY_KINDS.has(s.kind) && !pattern('noun-phrase-opens').test(ctx.slice(Math.max(base, start - 1), start)) && !listedAfterBody(ctx, start)) {
      const verbs = leadingVerbsLength(ctx.slice(start, headStart));
      if (headStart - start - verbs > 0 || !lex.companyLegalForms.includes(head)) start += verbs;
    }
    if (s.kind === 'Event') start = joinedOccasionStart(ctx, editionStart(ctx, start, headStart));
    const name = ctx.slice(start, end);
    const before = ctx.slice(Math.max(base, start - 4), start);
    // …（招商）|服务局 is cut at a bracket; （一）|甲项目 opens after an item's number.
    if (pattern('count-before-name').test(before) || (CLOSING_BRACKET_BEFORE.test(before) && !pattern('bracketed-item-number-end').test(before))) continue;
    if (BODY_KINDS.has(s.kind) && pattern('generic-before').test(before)) continue;
    if (s.kind === 'Project' && pattern('count-after-project').test(ctx.slice(end, end + 3))) continue;
    // 洽谈会（投洽会）: a short form in brackets after a name is that name's, not a longer name.
    if (pattern('unclosed-bracket').test(name)) continue;
    if (s.kind === 'Zone' && name === head && afterZoneClass(ctx, base, start)) continue;
    const invested = s.kind === 'Project' && investedBefore(ctx, start);
    if (acceptable(s.kind, head, name, s.kind === 'Company' && listedBesideFirm(ctx, start, end)) || (s.kind === 'Project' && (projectFramedAround(ctx, start, end) || siteStart < start) && acceptableFramedProject(head, name, invested))
      || (s.kind === 'Project' && namedByFirm(ctx, start, name, head))
      || (s.kind === 'Zone' && (sitedZone(ctx, start, head, name) || parkInZone(ctx, start, head, name)))
      || (s.kind === 'Event' && heldEvent(ctx, start, end, name.slice(0, -head.length)))) ctx.add(start, end, s.kind);
    // 展现汽开区, 核心区汽开区: the zone's abbreviation without the words before it (not 2个国家级经开区: a class of zones).
    else if (s.kind === 'Zone' && lex.bareZoneWords.has(head) && wordStart === headStart && !afterZoneClass(ctx, base, headStart)) ctx.add(headStart, end, s.kind);
  }
  if (kinds.includes('Zone')) findZonesBeforeTheirOrgans(ctx);
}

/**
 * 沣东新城管委会, 沣东新城党工委书记: an ending that names a zone only when a
 * zone's organ follows it (zone-words.txt @named-by-organ; 乐安新城 alone may
 * be a housing estate), named as zones are.
 */
function findZonesBeforeTheirOrgans(ctx: SentenceContext): void {
  const { zoneWordsBeforeOrgan, organs, places } = lexicons();
  const text = ctx.sentence.text, base = ctx.sentence.start;
  ctx.tokens.forEach((token, k) => {
    if (!organs.zone.some((organ) => text.startsWith(organ, token.end - base))) return;
    const word = zoneWordsBeforeOrgan.find((w) => token.text.endsWith(w));
    if (!word) { namedZoneBeforeOrgan(ctx, k); return; }
    const headStart = token.end - word.length;
    // 西咸新区|沣东新城: a zone before it is the larger zone, not part of the name.
    const larger = ctx.tokens.filter((t) => t.end <= headStart && headTable().spec.get(t.text)?.kind === 'Zone').pop();
    const start = Math.max(zoneStart(ctx, startOfWordAt(ctx, k, headStart), headStart), larger?.end ?? -Infinity);
    const prefix = ctx.slice(start, headStart);
    if (ctx.claims.free(start, token.end) && prefix.length >= 2 && namesSomething(prefix) && !readsAsPhrase(prefix)) ctx.add(start, token.end, 'Zone');
  });
}

/** 东莞|松山湖|管委会主任: a name that is no place and no head, before a zone's organ, is a zone of its own, a place before it included. */
function namedZoneBeforeOrgan(ctx: SentenceContext, k: number): void {
  const { places } = lexicons();
  const token = ctx.tokens[k], before = ctx.tokens[k - 1];
  if (token.text.length < 2 || places.has(token.text) || headTable().spec.has(token.text) || !namesSomething(token.text)) return;
  const start = before && places.has(before.text) ? before.start : token.start;
  if (ctx.claims.free(start, token.end)) ctx.add(start, token.end, 'Zone');
}

/**
 * 赴克拉玛依市|新疆油田公司: a name opens with its larger places first
 * (新疆克拉玛依…), so a city before its own province, or a zone before a
 * province, is where the body is, not part of its name. The name's start
 * after that place or zone, or `start`.
 */
function afterSmallerPlace(ctx: SentenceContext, start: number, end: number): number {
  const { places, placeLevels, placeProvinces } = lexicons();
  // 益阳高新区|湖南艾华集团: a zone before a name that opens with a province is where the firm is.
  const tokens = ctx.tokens.filter((t) => t.start >= start && t.end <= end);
  const zone = tokens.findIndex((t) => headTable().spec.get(t.text)?.kind === 'Zone');
  const province = tokens[zone + 1];
  if (zone >= 0 && province && placeLevels.get(places.get(province.text) ?? '') === 'province') return province.start;
  const [first, second] = tokens.slice(0, 2);
  if (!first || !second || first.end !== second.start) return start;
  const a = places.get(first.text), b = places.get(second.text);
  if (!a || !b || placeLevels.get(b) !== 'province' || placeLevels.get(a) === 'province' || placeProvinces.get(a) !== b) return start;
  ctx.add(first.start, first.end, 'Place');
  return second.start;
}

/**
 * 市自然资源和规划局, 县住房和城乡建设局: a department's name joins two
 * fields with 和. The name's start before 和 when the words there are a
 * field, not a body of their own (市商务局和|规划局 stays two).
 */
function joinedDepartmentStart(ctx: SentenceContext, start: number): number {
  if (!pattern('field-joiner').test(ctx.slice(start - 1, start)) || lexicons().organs.levels.includes(ctx.slice(start, start + 1))) return start;
  const field = extendLeft(ctx, start - 1, rulesFor('GovernmentBody'));
  const words = ctx.slice(field, start - 1);
  // The first field opens with the department's level or place (市|自然资源, 吉林省|人力资源).
  const opensWithOwner = lexicons().organs.levels.includes(words[0]) || lexicons().places.has(words.slice(0, 2)) || lexicons().places.has(words.slice(0, 3));
  return opensWithOwner && words.length >= 3 && words.length <= MAX_JOINED_FIELD && !headEndingAt(ctx.sentence.text, start - 1 - ctx.sentence.start, field - ctx.sentence.start) ? field : start;
}

/** How long a department's first field may be with its owner (吉林省人力资源). */
const MAX_JOINED_FIELD = 8;

/**
 * …举行重大项目集中签约仪式, 招商推介会在Z举行: an event the text says is held is named
 * even when its name only describes it, if it says what the event is about.
 */
function heldEvent(ctx: SentenceContext, start: number, end: number, prefix: string): boolean {
  const base = ctx.sentence.start, text = ctx.sentence.text;
  const held = pattern('event-held-before').test(text.slice(Math.max(0, start - base - 4), start - base)) || pattern('event-held-after').test(text.slice(end - base));
  return held && prefix.length >= 4 && pattern('event-topic').test(prefix) && !pattern('generic-event').test(prefix) && !readsAsPhrase(prefix);
}

/**
 * 位于桃花工业园的甲项目, 落户石桥产业园: where a project lands, a park named by
 * a common noun (桃花, 石桥 are words too) is still a zone.
 */
function sitedZone(ctx: SentenceContext, start: number, head: string, name: string): boolean {
  const prefix = name.slice(0, -head.length);
  return prefix.length >= 2 && sitedAt(ctx, start)
    && !readsAsPhrase(prefix) && !pattern('area-word-ending').test(prefix) && !pattern('generic-body').test(name) && !afterZoneClass(ctx, ctx.sentence.start, start);
}

/**
 * 落户东营港经济开发区|化工产业园, 高新区|智能制造产业园: right after an
 * administrative zone, a park is named by its industry alone.
 */
function parkInZone(ctx: SentenceContext, start: number, head: string, name: string): boolean {
  const { administrativeZoneWords } = lexicons();
  const before = ctx.tokenEndingAt(start);
  const prefix = name.slice(0, -head.length);
  return !!before && administrativeZoneWords.has(before.text) && !administrativeZoneWords.has(head)
    && prefix.length >= 2 && !pattern('figure').test(prefix) && !readsAsPhrase(prefix) && !pattern('generic-body').test(name);
}

/** 南博会昆明市|重点项目: a class of projects after the last place of a name (not 国能新能源汽车天津|项目, a firm's project in a city). */
function classAfterPlace(name: string, head: string): boolean {
  const rest = afterLastPlace(name);
  // 阜阳经开区重点项目: so is one after the place's zone.
  const zone = lexicons().zoneWords.filter((w) => rest.startsWith(w)).sort((a, b) => b.length - a.length)[0];
  return [rest, zone ? rest.slice(zone.length) : ''].some((r) => r.length > head.length && pattern('generic-project').test(r));
}

/** What a name holds after the last place named in it, or the whole name. */
function afterLastPlace(name: string): string {
  const { places } = lexicons();
  let after = 0;
  for (let start = 0; start < name.length; start++) {
    for (let end = Math.min(name.length, start + PLACE_FORM_MAX); end >= start + 2; end--) if (places.has(name.slice(start, end))) { after = Math.max(after, end); break; }
  }
  return name.slice(after);
}

/** The longest place form afterLastPlace looks for (内蒙古自治区 and shorter). */
const PLACE_FORM_MAX = 8;

/** 2个国家级经开区: a zone word at `at` after a class or a count names a kind of zone, not one zone. */
function afterZoneClass(ctx: SentenceContext, base: number, at: number): boolean {
  return pattern('zone-class-before').test(ctx.slice(Math.max(base, at - 8), at));
}

const wordHeads = new WeakMap<SentenceContext, { version: number; heads: Array<string | undefined> }>();

/** The head word ending each word of the sentence, found once for the passes (again if a word was split). */
function headsOfWords(ctx: SentenceContext): Array<string | undefined> {
  let out = wordHeads.get(ctx);
  if (!out || out.version !== ctx.version) {
    wordHeads.set(ctx, (out = { version: ctx.version, heads: ctx.tokens.map((t) => headEndingAt(ctx.sentence.text, t.end - ctx.sentence.start)) }));
  }
  return out.heads;
}

/**
 * Where a project's name starts after a zone or a township that opens it
 * (北湖开发区|澜石项目, 济源市梨林镇|澜石项目: the project's site, a mention of
 * its own), or `start`.
 */
export function afterLeadingZone(ctx: SentenceContext, start: number, headStart: number): number {
  const text = ctx.sentence.text, base = ctx.sentence.start;
  const { places, placeLevels } = lexicons();
  let siteEnd = start;
  for (const [k, t] of ctx.tokens.entries()) {
    if (t.end <= start || t.end >= headStart - 2) continue;
    // 彭家庄乡|光伏发电项目: a township the lexicon lacks, opening the name, is its site too.
    const town = t.start === siteEnd && !places.has(t.text) ? townEndingAt(ctx, k) : undefined;
    if (town !== undefined && town < headStart - 2) {
      ctx.add(t.start, town, 'Place');
      return town;
    }
    // 济源市|梨林镇: places up to a township are its site.
    if (t.start === siteEnd && places.has(t.text)) {
      siteEnd = t.end;
      const level = placeLevels.get(places.get(t.text)!);
      // 江源区|吉林森工集团…有限公司年产100万吨矿泉水项目: a county before a firm's legal name is the site of the firm's project.
      const countyBeforeFirm = level === 'county' && t.start === start && legalFormBefore(ctx.slice(t.end, headStart)) !== undefined;
      if (level === 'town' || countyBeforeFirm) {
        for (const p of ctx.tokens.filter((x) => x.start >= start && x.end <= t.end)) ctx.add(p.start, p.end, 'Place');
        return t.end;
      }
      continue;
    }
    // 到德江|投资|灯饰五金件生产项目: places, then an investing verb, are where the project is, not its name.
    if (t.start === siteEnd && siteEnd > start && pattern('investing-verb-word').test(t.text)) {
      for (const p of ctx.tokens.filter((x) => x.start >= start && x.end <= siteEnd)) ctx.add(p.start, p.end, 'Place');
      return t.end;
    }
    const head = headEndingAt(text, t.end - base, start - base);
    if (!head || headTable().spec.get(head)!.kind !== 'Zone' || !lexicons().administrativeZoneWords.has(head)) continue;
    const zone = ctx.slice(start, t.end);
    if (zone.length > head.length && acceptable('Zone', head, zone) && ctx.add(start, t.end, 'Zone')) return t.end;
  }
  return start;
}

/** Start of the word (token k or one before it) in which offset `at` lies. */
function startOfWordAt(ctx: SentenceContext, k: number, at: number): number {
  for (let i = k; i >= 0; i--) if (ctx.tokens[i].start <= at) return ctx.tokens[i].start;
  return at;
}

/** 干部, 格局, 物联网: a word that ends in a head word but is longer than it and names nothing. */
function endsWithNonName(word: string, headLength: number): boolean {
  const { notSuffix } = lexicons();
  for (let k = headLength + 1; k <= word.length; k++) if (notSuffix.has(word.slice(-k))) return true;
  return false;
}

function startsTitle(after: string): boolean {
  return lexicons().titleStarts.longestAt(after, 0) !== undefined;
}

const rulesByKind = new Map<Kind, ExtendRules>();

/** How a name of each kind grows left, built once per kind. */
function rulesFor(kind: Kind): ExtendRules {
  let rules = rulesByKind.get(kind);
  if (!rules) rulesByKind.set(kind, (rules = buildRules(kind)));
  return rules;
}

function buildRules(kind: Kind): ExtendRules {
  // 中国—东盟商务与投资峰会: a conjunction between two plain words is part of the name, as in an institute's.
  if (kind === 'Event') return { maxLength: 40, allowDigits: true, allowBrackets: true, allowDashes: true, allowQuotes: true, stops: eventStops(), onlyOwnStops: true, stopIf: endsEventName, listedWords: { before: pattern('listed-event-word-end'), after: pattern('listed-event-word-start') }, allowBetweenPlainWords: lexicons().conjunctionsInsideOrganizations };
  // 经开区党工委书记刘玉杰宣布|项目开工: a title ends a project's name as it ends an event's.
  if (kind === 'Project') return { ...PROJECT_NAME_RULES, stopIf: endsWithTitle, allowBetweenPlaces: lexicons().routeJoins };
  // 国仪量子技术（合肥）股份有限公司
  if (kind === 'Organization') return { maxLength: 24, allowDigits: false, allowBrackets: true, allow: lexicons().wordsInsideOrganizations, allowBetweenPlainWords: lexicons().conjunctionsInsideOrganizations };
  // 东莞市安胜企业管理有限公司
  if (kind === 'Company') return { maxLength: 24, allowDigits: false, allowBrackets: true, allow: lexicons().wordsInsideOrganizations, allowOnlyBeforeCommonWord: true, allowBeforeHead: lexicons().wordsBeforeCompanyHeads, beforeHeadRun: lexicons().businessLineWords, firmDescriptorsEnd: true };
  return { maxLength: 20, allowDigits: false };
}

/** A word an event's name stops at: one ending in a title (市委书记) or in attending (率团参加: jieba's one word for 率团 + 参加). */
function endsEventName(word: string): boolean {
  return endsWithTitle(word) || lexicons().triggers.attend.some((t) => word.length > t.length && word.endsWith(t));
}

/** 市委书记, 董事长: a word that ends in a title. */
function endsWithTitle(word: string): boolean {
  return lexicons().titleEndings.endsWith(word);
}

let eventStopWords: Set<string> | undefined;

/** An event's name stops at a verb before it and at a title or role word (区长颜复主持签约仪式). */
function eventStops(): Set<string> {
  if (eventStopWords) return eventStopWords;
  const lex = lexicons();
  // 我市投资说明会: a word for the article's own area (我市, 该区) is not part of the name.
  const ownArea = [...lex.mainZoneRefs, ...lex.mainPlaceRefs].filter((w) => pattern('own-area-word').test(w));
  // …与甲农牧开发有限公司签约仪式: a company's legal name ends a list of partners, not the start of the ceremony's name.
  return (eventStopWords = new Set([...lex.eventStops, ...lex.titles, ...lex.triggers.role, ...lex.triggers.attend, ...ownArea, ...lex.companyLegalForms]));
}

/** No word allowed last (readsAsPhrase then counts a lone verb too). */
const NO_WORDS: ReadonlySet<string> = new Set();

/** The longest blend of places' first characters before a zone's designation (长株潭). */
const BLEND_MAX = 4;

/**
 * Where a zone's name starts; a designation after a place that would open it
 * closes a larger zone before it (长春|新区|北湖科技开发区 → 北湖科技开发区).
 */
function zoneStart(ctx: SentenceContext, wordStart: number, headStart: number): number {
  const start = zoneNameStart(ctx, wordStart, headStart);
  const k = ctx.tokens.findIndex((t) => t.start === start);
  const opening = ctx.tokens[k];
  const closesZone = opening && opening.end <= wordStart && headTable().spec.get(opening.text)?.kind === 'Zone' && lexicons().places.has(ctx.tokens[k - 1]?.text ?? '');
  return closesZone ? opening.end : start;
}

/**
 * A zone's name is its head with at most three words before it, the first of
 * them a place when there are two or three (长春/汽开区, 绿园区/西新/工业集中区,
 * 百色/新山/铝/产业示范园), so that verbs before a zone (助推, 掀起) stay out of its name.
 */
function zoneNameStart(ctx: SentenceContext, wordStart: number, headStart: number): number {
  const { places } = lexicons();
  const bracketed = bracketedPlaceStart(ctx, wordStart);
  if (bracketed !== undefined) return bracketed;
  // 学习借鉴|苏州工业园区: a word that holds a place before its designation is the whole name, after a place at most
  // (not 火炬高技术|产业开发区: a common word before the designation is no name of its own).
  if (wordStart < headStart && places.has(ctx.slice(wordStart, headStart))) {
    const before = ctx.tokens.find((t) => t.end === wordStart);
    return before && places.has(before.text) ? before.start : wordStart;
  }
  // 百色/新山/铝/产业示范园: a place opening three words before the head.
  const three = extendLeft(ctx, wordStart, { maxLength: 12, allowDigits: false, maxTokens: 3 });
  const two = extendLeft(ctx, wordStart, { maxLength: 12, allowDigits: false, maxTokens: 2 });
  const one = extendLeft(ctx, wordStart, { maxLength: 8, allowDigits: false, maxTokens: 1 });
  // 兼青|石湖开发区: a start inside a word is where extendLeft cut a glued function character off a name.
  // …or a word the segmenter knows as a place the lexicon does not (谅山|边境|经济区, abroad).
  const opensWithPlace = (at: number) => { const t = ctx.tokens.find((x) => x.start === at); return t ? places.has(t.text) || isPlaceWord(t.text) : !ctx.starts.has(at); };
  if (three < two && opensWithPlace(three)) return three;
  if (two < one && opensWithPlace(two)) return two;
  // 建在|天|马岛|旅游度假区: after a site word, a lone character that is no function word opens the name.
  if (two < one && one - two === 1 && sitedAt(ctx, two) && !readsAsPhrase(ctx.slice(two, one), NO_WORDS)) return two;
  if (one < wordStart && (places.has(ctx.slice(one, wordStart)) || ctx.slice(one, wordStart).length >= 2)) return one;
  // 县|工业园区, 市|高新区: the zone of the document's own place, named by its level alone (at a break, not inside a name).
  if (one < wordStart && lexicons().organs.levels.includes(ctx.slice(one, wordStart)) && (one === ctx.sentence.start || pattern('before-known-name').test(ctx.slice(ctx.sentence.start, one)))) return one;
  // 太|忻|一体化经济区, 长株|潭|…: lone characters that blend places' names open the name.
  if (two < one && ctx.slice(two, wordStart).length <= BLEND_MAX && namesSomething(ctx.slice(two, wordStart)) && !readsAsPhrase(ctx.slice(two, wordStart))) return two;
  return wordStart;
}

/**
 * 中国（湖北）|自由贸易试验区, 防城港市企沙（临港）|工业区: a bracket right
 * before the designation is inside the zone's name, which opens with the word
 * before the bracket (and a place before that word).
 */
function bracketedPlaceStart(ctx: SentenceContext, wordStart: number): number | undefined {
  const { places } = lexicons();
  const m = pattern('bracketed-place-end').exec(ctx.slice(Math.max(ctx.sentence.start, wordStart - BRACKETED_PLACE_REACH), wordStart));
  if (!m) return undefined;
  const open = wordStart - m[0].length;
  const word = ctx.tokens.find((t) => t.end === open);
  if (!word || !pattern('han-word').test(word.text)) return undefined;
  const before = ctx.tokens.find((t) => t.end === word.start);
  // The bracket holds a place (中国（湖北）), or the name opens with one (防城港市企沙（临港）工业区).
  if (before && places.has(before.text)) return before.start;
  return places.has(m[1]) ? word.start : undefined;
}

/**
 * 与安踏体育用品集团有限公司签订安踏全球物流中心二期项目协议: a project whose
 * name opens with the brand of a firm the sentence names is that firm's, a
 * name whatever jieba makes of the brand (安踏 read as a verb).
 */
function namedByFirm(ctx: SentenceContext, start: number, name: string, head: string): boolean {
  if (name.length - head.length < MIN_FIRM_PROJECT) return false;
  // The firms are not found yet (bodies come after projects): a legal form after the brand, earlier in the sentence, names one.
  const before = ctx.slice(ctx.sentence.start, start);
  const brand = name.slice(0, BRAND_OPENING);
  for (let at = before.indexOf(brand); at >= 0; at = before.indexOf(brand, at + 1)) {
    const firm = legalFormBefore(before.slice(at, at + MAX_FIRM_NAME) + ' ');
    if (firm && !pattern('hard-break').test(before.slice(at, at + firm.end))) return true;
  }
  return false;
}

/** The longest firm's name read after its brand (安踏体育用品集团有限公司). */
const MAX_FIRM_NAME = 24;

/** How much of a firm's name a project opens with to be that firm's (安踏). */
const BRAND_OPENING = 2;
/** The fewest characters before the head of a project named after a firm (安踏|全球物流中心). */
const MIN_FIRM_PROJECT = 4;

/** Where a name running back to `start` begins after the last bracketed amount in it, if any. */
function afterBracketedAmount(ctx: SentenceContext, start: number, headStart: number): number {
  let at = start;
  for (const m of ctx.slice(start, headStart).matchAll(pattern('bracketed-amount', 'g'))) at = start + m.index! + m[0].length;
  return at;
}

/**
 * 钟金生推介会昌投资环境 (推介|会昌, cut 推介会|昌): the head's last character
 * opens a place the sentence names in full, so the head is not there.
 */
function placeOpensAtEnd(ctx: SentenceContext, end: number): boolean {
  const { places } = lexicons();
  for (let length = 2; length <= MAX_SHORT_PLACE; length++) {
    const official = places.get(ctx.slice(end - 1, end - 1 + length));
    if (official && ctx.sentence.text.includes(official) && ctx.slice(end - 1, end - 1 + official.length) !== official) return true;
  }
  return false;
}

/** The longest short form of a place looked for across a head's end (会昌, 三江源). */
const MAX_SHORT_PLACE = 3;

/** How far before a zone's designation its bracket may open: （内蒙古）. */
const BRACKETED_PLACE_REACH = 10;

/**
 * 建言献策、贡献力量|第十一届C21论坛: before an edition, words that name no
 * one (no place, organiser or year) are the sentence's, not the event's.
 */
function editionStart(ctx: SentenceContext, start: number, headStart: number): number {
  const edition = pattern('edition').exec(ctx.slice(start, headStart));
  if (!edition?.index) return start;
  const before = ctx.slice(start, start + edition.index);
  return /\d/.test(before) || namesSomething(before) ? start : start + edition.index;
}

/** The longest first occasion 暨 joins to an event's name. */
const JOINED_OCCASION_MAX = 16;

/**
 * 浙江省情说明|暨招商引资项目签约会: a name opening with 暨 joins a first
 * occasion, named without an event word of its own (and so cut off at a
 * word such as 说明): it runs back to the clause's start or a word events
 * follow (举办, 在), if it names something.
 */
function joinedOccasionStart(ctx: SentenceContext, start: number): number {
  if (!pattern('joined-occasion').test(ctx.slice(start, start + 1))) return start;
  const { eventStops } = lexicons();
  let from = start;
  for (let k = ctx.tokens.findIndex((t) => t.end === start); k >= 0; k--) {
    const t = ctx.tokens[k];
    if (PUNCT.test(t.text) || eventStops.has(t.text) || !ctx.claims.free(t.start, t.end) || start - t.start > JOINED_OCCASION_MAX) break;
    from = t.start;
  }
  return from < start && namesSomething(ctx.slice(from, start)) ? from : start;
}

/** The longest name before its head that a list's separator alone may start (通威集团、|新希望|集团). */
const MAX_LISTED_NAME = 6;

/**
 * 通威集团、新希望集团: an item listed after a firm's name, of which no word
 * was taken (希望 stops a name elsewhere), starts right after the separator;
 * not over a description of the firm (、民营实体企业|集团).
 */
function listedItemStart(ctx: SentenceContext, start: number, headStart: number): number {
  if (start !== headStart) return start;
  const separator = ctx.tokens.filter((t) => t.end <= start && pattern('listed-name-separator').test(t.text)).pop();
  if (!separator || headStart - separator.end > MAX_LISTED_NAME || headStart - separator.end < 2) return start;
  // 市委、市政府对国家发改委: not over a function word or another name's head.
  const { stopwords } = lexicons();
  if (ctx.tokens.some((t) => t.start >= separator.end && t.end <= start && (PUNCT.test(t.text) || (t.text.length === 1 && stopwords.has(t.text)) || headTable().spec.has(t.text)))) return start;
  if (pattern('firm-descriptor-end').test(ctx.slice(separator.end, headStart))) return start;
  return isFirmHead(ctx.tokens.find((t) => t.end === separator.start)) ? separator.end : start;
}

/**
 * 走访了通威集团、新希望集团: a name right before or after 、 and a firm's
 * name (a common-word name beside a firm's is a firm's; 战略规划部、采购部 are
 * a firm's departments, not organs).
 */
function listedBesideFirm(ctx: SentenceContext, start: number, end: number): boolean {
  const separator = pattern('listed-name-separator');
  if (separator.test(ctx.slice(start - 1, start)) && isFirmHead(ctx.tokens.find((t) => t.end === start - 1))) return true;
  if (!separator.test(ctx.slice(end, end + 1))) return false;
  // The next item's head: the last word before the next separator or stop.
  const next = ctx.tokens.filter((t) => t.start > end);
  const stop = next.findIndex((t) => separator.test(t.text) || PUNCT.test(t.text));
  return stop > 0 && isFirmHead(next[stop - 1]);
}

/** Whether a word is a firm's head (集团, 科技); `strong`: one that ends a firm's name by itself (集团, 制药; not 科技, which may describe). */
function isFirmHead(word?: { text: string }, strong = false): boolean {
  const spec = word && headTable().spec.get(word.text);
  return spec?.kind === 'Company' && !(strong && spec.weak);
}

/** 甲集团有限公司、|超越科技股份有限公司: a name listed after a body's name (its head before the separator) is a name too, verb-like or not. */
function listedAfterBody(ctx: SentenceContext, start: number): boolean {
  if (!pattern('listed-name-separator').test(ctx.slice(start - 1, start))) return false;
  const head = ctx.tokens.find((t) => t.end === start - 1)?.text;
  return !!head && BODY_KINDS.has(headTable().spec.get(head)?.kind as Kind);
}

/**
 * Whether a name names one project: ending in a project head (not 重点项目,
 * 2024年招商项目), or, where a frame says a project is meant (a ceremony of
 * its start or signing), a descriptive name ending in a project's or a
 * facility's head (饮料智能制造基地项目, 智能农机产业基地, not 产业基地).
 */
export function namesProject(name: string, framed = false): boolean {
  const lex = lexicons();
  const head = lex.projectWords.find((w) => name.endsWith(w));
  if (head) return acceptable('Project', head, name) || (framed && acceptableFramedProject(head, name));
  const facility = framed ? lex.facilityHeads.find((w) => name.endsWith(w)) : undefined;
  return !!facility && acceptableFramedProject(facility, name);
}

/** The shortest zone word a level character alone may name a zone with (县工业园区, 市高新区). */
const MIN_LEVELLED_ZONE_WORD = 3;

/**
 * Whether a name is acceptable for its kind and head. `listed`: the name is
 * an item of a list whose next or previous item has a head of the same kind
 * (通威集团、新希望集团): it needs no word that names something.
 */
function acceptable(kind: Kind, head: string, name: string, listed = false): boolean {
  const lex = lexicons();
  const prefix = name.slice(0, name.length - head.length);
  const prefixLength = prefix.length;
  // 合作部, 采购部: a department with only common words before 部 is a company's, not an organ of state.
  // 生物医药: an industry's name, not a firm's.
  // 市纪委, 县发改局, 省总工会: a body of the document's own place, named by its level alone.
  if ((kind === 'GovernmentBody' || kind === 'Organization') && prefixLength === 1 && lex.organs.levels.includes(prefix)) return head.length >= 2;
  // 县工业园区, 市高新区: so is a zone (not 县园区).
  if (kind === 'Zone' && prefixLength === 1 && lex.organs.levels.includes(prefix)) return head.length >= MIN_LEVELLED_ZONE_WORD;
  if (kind === 'Organization' && prefixLength === 0) return lex.bareOrganizations.has(head);
  const needsName = NEEDS_NAME_WORD.has(kind) || lex.headsNeedingName.has(head) || lex.industryWords.has(head);
  // 屈原管理区: before an administrative zone's designation one noun, common or not, is its name.
  const zoneNamed = kind === 'Zone' && lex.administrativeZoneWords.has(head) && prefixLength >= 2 && isOneNoun(prefix) && !pattern('area-word-ending').test(prefix);
  // 东方汽轮机有限公司燃机叶片产业化项目: a firm's legal name opening a project names it, whatever its words.
  const firmLed = kind === 'Project' && !!legalFormBefore(prefix);
  // 有色金属新材料: an industry's name stays one, listed or not.
  const listedFirm = listed && prefixLength >= 2 && !lex.industryWords.has(head);
  if (prefix && needsName && !zoneNamed && !firmLed && !listedFirm && !namesSomething(prefix)) return false;
  if (kind === 'Zone' && prefixLength === 0) return lex.bareZoneWords.has(head);
  if (kind === 'Zone' && lex.bareZoneWords.has(head)) return lex.places.has(name.slice(0, prefixLength)) || prefixLength >= 2;
  // 招商推介会 alone is any such meeting: a named event has a name word or a year or number in it.
  // 第七届进博会: an edition names an event as a year does.
  if (kind === 'Event') return prefixLength >= 2 && name.length >= 5 && !pattern('generic-event').test(name) && (/\d/.test(prefix) || pattern('edition').test(prefix) || namesSomething(prefix));
  // 延吉市重大项目: a place before a generic name names no project either.
  // 南博会昆明市重点项目签约36个: nor an event's short name and a place before one.
  // 明日宇航工业有限责任公司|航空结构件项目: the firm's own words (明日 a time word) are no phrase; what it builds may be.
  const described = firmLed ? prefix.slice(legalFormBefore(prefix)!.end) : prefix;
  if (kind === 'Project') return prefixLength >= 3 && !pattern('generic-project').test(withoutLeadingPlace(name)) && !classAfterPlace(name, head) && !pattern('quoted-slogan').test(name) && !readsAsPhrase(described) && !readsAsPhrase(withoutLeadingPlace(described));
  if (kind === 'GovernmentBody' && prefixLength === 0) return head.length >= 3 && !lex.organsNotAlone.has(head);
  // 各县区政府, 有关部门, 各级党委政府: a pointer to every or some bodies names none.
  if ((kind === 'GovernmentBody' || kind === 'Organization' || kind === 'Zone') && pattern('generic-body').test(name)) return false;
  // 市委市政府, 区人大政协: two organs of a place named together are no one body.
  if (kind === 'GovernmentBody' && pattern('paired-organs').test(name)) return false;
  // 天冠企业集团 names a firm; 复合型大型民营实体企业集团 a kind of firm.
  if (kind === 'Company' && pattern('enterprise-word-end').test(prefix) && !namesSomething(prefix.replace(pattern('enterprise-word-end'), ''))) return false;
  // 两个公司, 该集团: a count or a pointer before a legal form names a kind of firm.
  if (kind === 'Company' && pattern('generic-company').test(name)) return false;
  if (kind === 'Company' && lex.industryWords.has(head) && pattern('product-code').test(prefix)) return false;
  return prefixLength >= 2;
}


/** Whether a project frame word ends right before `start` (…引进的|, 签约|, 甲公司的|). */
export function projectFramed(ctx: SentenceContext, start: number): boolean {
  // 2.新能源汽车电机生产项目，投资方为…: a numbered item opening with a project's name.
  if (ctx.sentence.item && start === ctx.sentence.start) return true;
  if (pattern('project-frame-before').test(ctx.slice(Math.max(ctx.sentence.start, start - 8), start))) return true;
  // 耒阳市的|电子信息产业园项目, 宛西制药的|中药配方颗粒项目: a place's or a firm's own project.
  if (pattern('possessive').test(ctx.slice(start - 1, start)) && ctx.tokens.some((t) => t.end === start - 1 && (lexicons().places.has(t.text) || isFirmHead(t, true)))) return true;
  // 签订了甲项目和|乙项目合作协议: joined to a project, a name is one too; not
  // 涉及先进制造业项目、文体旅游项目, kinds of projects after a verb of covering.
  if (!pattern('between-listed').test(ctx.slice(start - 1, start)) || pattern('kinds-listed-before').test(ctx.slice(ctx.sentence.start, start))) return false;
  const before = ctx.slice(Math.max(ctx.sentence.start, start - 3), start - 1);
  const head = lexicons().projectWords.find((w) => before.endsWith(w));
  if (!head) return false;
  // The project before must be one: found already, or one by itself (not 一批汽车零部件项目、服务业项目).
  if (ctx.mentions.some((m) => m.type === 'Project' && m.end === start - 1)) return true;
  const leftStart = extendLeft(ctx, start - 1 - head.length, PROJECT_NAME_RULES);
  return acceptable('Project', head, ctx.slice(leftStart, start - 1)) || projectFramed(ctx, leftStart);
}


/** Whether a project is framed before `start` or by what follows `end` (…项目|落户, |位于, |顺利开工). */
function projectFramedAround(ctx: SentenceContext, start: number, end: number): boolean {
  // 数字经济产业园等|服务业项目落位: the noun after 等 names the kind of the items listed, not a project.
  if (pattern('after-list-cue').test(ctx.slice(Math.max(ctx.sentence.start, start - 1), start))) return false;
  return projectFramed(ctx, start) || pattern('project-frame-after').test(ctx.slice(end, ctx.sentence.start + ctx.sentence.text.length));
}

/** Characters after a facility that may hold its size (2.5万平方米). */
const SIZE_REACH = 10;

/**
 * 计划兴建澜石科创大楼, 综合体项目: names ending in a facility's head (大楼,
 * 厂房, 生产线) are projects only inside a project frame.
 */
export function findFramedFacilities(ctx: SentenceContext): void {
  const { facilityHeads, facilityHeadEnds } = lexicons();
  // Right to left: 总部经济大楼 is one name, not a name ending at 总部.
  for (const token of [...ctx.tokens].reverse()) {
    if (!facilityHeadEnds.has(token.text[token.text.length - 1])) continue; // most words end in no facility's head
    const head = facilityHeads.find((h) => token.text.endsWith(h));
    if (!head) continue;
    const headStart = token.end - head.length;
    if (!ctx.claims.free(headStart, token.end)) continue;
    // 甲建材有限公司京顺达装配式建筑及配套产品生产基地: a company's own facility, named after it.
    const led = companyLedItem(ctx, token.end);
    if (led !== undefined && !lexicons().companyUnitHeads.has(head)) { ctx.add(led, token.end, 'Project'); continue; }
    // 甲科技有限公司总部位于长沙市: where a firm's headquarters are, no project.
    if (led !== undefined && pattern('headquarters-at').test(ctx.slice(headStart, headStart + HEADQUARTERS_REACH))) continue;
    // 甲有限公司投资8亿元扩建|轮胎生产线: the facility starts after its investor.
    const start = withoutInvestor(ctx, extendLeft(ctx, token.start, PROJECT_NAME_RULES), token.end).start;
    // 象屿集团将…投资建设|供应链物流园: what an investor builds is a project, named or not.
    const invested = investedBefore(ctx, start);
    if (pattern('facility-size-after').test(ctx.slice(token.end, token.end + SIZE_REACH))) continue;
    // 项目在宜丰县工业园区破土动工: a park named as the site is where a project starts, not the project.
    if (!invested && sitedAt(ctx, start)) continue;
    const funded = pattern('funded-frame-before').test(ctx.slice(Math.max(ctx.sentence.start, start - INVESTED_FRAME_REACH), start));
    if (projectFramedAround(ctx, start, token.end) && acceptableFramedProject(head, ctx.slice(start, token.end), invested, funded)) ctx.add(start, token.end, 'Project');
  }
}

/** The longest phrase of a firm's headquarters' place (总部坐落于). */
const HEADQUARTERS_REACH = 5;

/** How far before a facility its investing frame may begin (投资10.5亿元建设|, 投资12.5亿美元，拟建设|). */
const INVESTED_FRAME_REACH = 16;

/** Whether an investor's building verb stands right before `start` (将投资10亿元建设|). */
function investedBefore(ctx: SentenceContext, start: number): boolean {
  return pattern('invested-frame-before').test(ctx.slice(Math.max(ctx.sentence.start, start - INVESTED_FRAME_REACH), start));
}

/** In a project frame a descriptive name is a project (智能装备产业园项目): no proper noun needed, but more than its head, no count or generic word, and not a phrase (学习芯片项目). */
function acceptableFramedProject(head: string, name: string, invested = false, funded = false): boolean {
  const words = name.slice(0, -head.length);
  // 投资8亿元建设|创新药产业化基地: right after an investor's building verb, a word jieba tags a verb (创新, 研发) opens the name.
  const phrase = invested ? holdsTimeWord(words) : readsAsPhrase(words, lexicons().wordsInsideProjects);
  // 投资8亿元扩建|轮胎|生产线: after an investment's amount, one noun of two characters says what is made.
  const short = words.length < 3 && !(funded && words.length === 2 && isOneNoun(words));
  if (short || pattern('generic-project').test(withoutLeadingPlace(name)) || classAfterPlace(name, head) || phrase) return false;
  // 建设10GW光伏组件生产基地, 建设华南运营总部, not 打造先进制造业基地: a base or a centre needs a figure, a name or an investor.
  return invested || !lexicons().facilityHeadsNeedingName.has(head) || pattern('figure').test(words) || namesSomething(words);
}

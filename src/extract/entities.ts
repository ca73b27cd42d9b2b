// Document coreference: mentions of one type whose names share a key (forms.ts)
// become one entity; a bare local form (汽开区, 省商务厅) joins the entity
// whose name it ends (长春汽开区, 吉林省商务厅).
import { lexicons } from './lexicons';
import { abbreviateZone, abbreviateZonesIn, companyShortForms, leadingPlaces, localKey, nameKey, withoutEdition, withoutLeadingPlace, withoutAdministrativeDesignation, initialsForm, wordInitials, unbracketLegalForm } from './forms';
import { withoutCompanyEnding } from './heads';
import { tokenize } from './segment';
import type { Mention } from './mentions/mention';
import { pattern } from './patterns';
import { memoized } from './memo';
import type { EntityType } from '../schema/ontology';

export interface DocEntity {
  id: string;
  type: EntityType;
  mentions: Mention[];
  name: string;
  aliases: string[];
  props: Record<string, string | number>;
}

export const ID_PREFIX: Record<string, string> = {
  Person: 'p', Company: 'c', GovernmentBody: 'g', Organization: 'o', Zone: 'z', Place: 'l', Project: 'j', Event: 'e', Trip: 't',
};

/** Groups mentions into entities; `written` gives a mention's text as the document writes it. */
export function groupMentions(mentions: Mention[], written: (m: Mention) => string): DocEntity[] {
  const groups = new Map<string, Mention[]>();
  // 服贸会, wherever the text uses it, is the name it shortened in brackets.
  const shortened = new Map(mentions.filter((m) => m.shortFor).map((m) => [`${m.type}\u0000${m.text}`, m.shortFor!]));
  for (const m of mentions) {
    const k = `${m.type}\u0000${nameKey(m.type, shortened.get(`${m.type}\u0000${m.text}`) ?? m.official ?? m.text)}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(m);
  }
  splitCompaniesByPlace(groups);
  mergeLocalForms(groups);
  mergeZoneOwnNames(groups);
  mergeShortenedZones(groups);
  mergeShortCompanyNames(groups);
  mergeProjectsByOtherNames(groups, (ms) => withoutOwners(ms, mentions));
  mergeProjectsByOtherNames(groups, withBracketedPlaceOrNot);
  mergeProjectsByOtherNames(groups, (ms) => endOfOneInText(ms, mentions));
  mergeLevelledOrgans(groups);
  mergeEditions(groups);
  const counters: Record<string, number> = {};
  const entities: DocEntity[] = [];
  for (const ms of groups.values()) {
    const type = ms[0].type;
    counters[type] = (counters[type] ?? 0) + 1;
    const forms = [...new Set(ms.map(written))];
    const simplified = [...new Set(ms.map((m) => m.text))];
    const officials = [...new Set(ms.map((m) => m.official).filter((n): n is string => !!n))];
    // 长沙|县委书记: the place the text names with its organ's level character (长沙县, not 长沙市) is named so.
    // 上碑镇|光伏发电项目: the fullest form is the site and the name together.
    const sited = sitedForms(type, ms, mentions, written);
    const longest = [...sited, ...forms].sort((a, b) => b.length - a.length)[0];
    const name = officials.length === 1 && officials[0].startsWith(longest) ? officials[0] : longest;
    // …and is not also given the division the bare form names elsewhere (长沙 → 长沙市).
    const fullNames = officials.length ? [] : fullPlaceNames(type, simplified);
    const unowned = type === 'Project' ? ms.flatMap((m) => { const cut = ownerLength(m, mentions); return cut ? [written(m).slice(cut), m.text.slice(cut)] : []; }) : [];
    const aliases = [...new Set([...forms, ...simplified, ...fullNames, ...officials, ...unowned, ...withoutBareZone(type, ms, written), ...sited])].filter((a) => a !== name);
    entities.push({ id: `${ID_PREFIX[type]}${counters[type]}`, type, mentions: ms, name, aliases, props: {} });
  }
  return entities;
}

/**
 * How long the name of the firm that opens a project's name is, when what
 * follows says what is built (长城果汁集团股份有限公司|年产5万吨浓缩果汁生产线项目;
 * not …有限公司|生产项目): the project is also called by what follows, as
 * the headline or the next article may call it. 0 when there is none.
 */
function ownerLength(project: Mention, mentions: Mention[]): number {
  const owner = mentions.find((c) => c.type === 'Company' && c.start === project.start && c.end < project.end);
  if (!owner) return 0;
  const cut = owner.end - project.start;
  return project.text.slice(cut).replace(pattern('project-word-ending'), '').length >= MIN_UNOWNED_NAME ? cut : 0;
}

/**
 * 上碑镇|光伏发电项目, 行唐经济开发区|标准化厂房三期项目: a project named right
 * after its site (a town or zone the extractor took apart as where the
 * project is) is also called by both together, as the text writes it.
 */
function sitedForms(type: EntityType, ms: Mention[], mentions: Mention[], written: (m: Mention) => string): string[] {
  if (type !== 'Project') return [];
  return ms.flatMap((m) => {
    const site = mentions.find((x) => (x.type === 'Place' || x.type === 'Zone') && !x.nested && x.sentence === m.sentence && x.end === m.start);
    return site ? [written(site) + written(m), site.text + m.text] : [];
  });
}

/** The shortest description left after the owner for a project to be called by it (生产线, 化工园). */
const MIN_UNOWNED_NAME = 3;

/** 年产20万吨再生铝项目 in the headline is 安徽鑫旺再生资源有限公司年产20万吨再生铝项目 in the text. */
function withoutOwners(ms: Mention[], mentions: Mention[]): string[] {
  return ms.flatMap((m) => { const cut = ownerLength(m, mentions); return cut ? [m.text.slice(cut)] : []; });
}

/**
 * 共建数字经济产业园 in the headline is the text's 京东数字经济产业园, and
 * 新能源汽车零部件项目 the text's 新能源汽车零部件产业园项目: a headline's
 * project named by the end, or by the opening before 项目, of one project's
 * name in the text.
 */
function endOfOneInText(ms: Mention[], mentions: Mention[]): string[] {
  const name = ms[0].text;
  if (!onlyInHeadline(ms) || name.length < MIN_HEADLINE_PROJECT) return [];
  const opening = name.replace(pattern('project-word-ending'), '');
  const names = (m: Mention) => m.text.endsWith(name) || (opening !== name && opening.length >= MIN_HEADLINE_OPENING && m.text.startsWith(opening));
  const longer = new Set(mentions.filter((m) => m.type === 'Project' && m.sentence > 0 && m.text.length > name.length && names(m)).map((m) => m.text));
  return longer.size === 1 ? [...longer] : [];
}

/** Characters a headline's project must have to be matched by the end of a longer name (not 产业园 alone). */
const MIN_HEADLINE_PROJECT = 5;
/** …and before 项目, to be matched by the opening of one (动力电池 of 动力电池生产基地项目). */
const MIN_HEADLINE_OPENING = 4;

/**
 * 巴斯夫（广东）一体化基地项目 is 巴斯夫一体化基地项目 and 巴斯夫广东一体化基地项目:
 * a place in brackets says where the project is, named with or without it.
 */
function withBracketedPlaceOrNot(ms: Mention[]): string[] {
  const name = ms[0].text.normalize('NFKC');
  const bracket = pattern('bracketed-place').exec(name);
  return bracket && lexicons().places.has(bracket[1]) ? [name.replace(bracket[0], ''), name.replace(bracket[0], bracket[1])] : [];
}

/** A project's group takes in the groups of the other names `otherNames` gives it. */
function mergeProjectsByOtherNames(groups: Map<string, Mention[]>, otherNames: (ms: Mention[]) => string[]): void {
  for (const [key, ms] of [...groups.entries()].filter(([, g]) => g[0].type === 'Project')) {
    if (!groups.has(key)) continue; // already taken in by another project
    for (const name of otherNames(ms)) {
      const other = `Project\u0000${nameKey('Project', name)}`;
      if (other === key || !groups.has(other)) continue;
      ms.push(...groups.get(other)!);
      groups.delete(other);
    }
  }
}

/**
 * 新区利民片区, 高新区华夏工业园: a park named after the article's own zone by
 * a bare designation or reference (新区, 高新区) is also called without it.
 */
function withoutBareZone(type: string, ms: Mention[], written: (m: Mention) => string): string[] {
  if (type !== 'Zone') return [];
  const { bareZoneWords, mainZoneRefs, zoneWords } = lexicons();
  const bareWords = [...bareZoneWords, ...mainZoneRefs];
  return ms.flatMap((m) => {
    const bare = bareWords.find((w) => m.text.startsWith(w));
    const rest = bare ? m.text.slice(bare.length) : '';
    // 利民|片区, not 创业园 alone: a name of its own before the park's word.
    return zoneWords.some((w) => rest.endsWith(w) && rest.length - w.length >= 2) ? [rest, written(m).slice(bare!.length)] : [];
  });
}

/**
 * 湖北 (in 湖北省委常委) is 湖北省: a place's official name is one of its
 * aliases, and so is an autonomous division's usual short designation (海西 in
 * 海西州委 is 海西蒙古族藏族自治州 and 海西州).
 */
function fullPlaceNames(type: string, names: string[]): string[] {
  if (type !== 'Place') return [];
  const { places } = lexicons();
  const officials = names.map((n) => places.get(n)).filter((n): n is string => !!n);
  const designations = officials.map((n) => pattern('autonomous-division').exec(n)).filter((m): m is RegExpExecArray => !!m).map((m) => m[1] + m[2]);
  return [...officials, ...designations];
}

/** Folds a group whose names carry no place (汽开区) into the one group that adds a place (长春汽开区). */
function mergeLocalForms(groups: Map<string, Mention[]>): void {
  const byLocal = new Map<string, string[]>();
  for (const [k, ms] of groups) {
    const type = ms[0].type;
    const lk = `${type}\u0000${localKey(type, ms[0].text)}`;
    if (!byLocal.has(lk)) byLocal.set(lk, []);
    byLocal.get(lk)!.push(k);
  }
  for (const keys of byLocal.values()) {
    if (keys.length < 2) continue;
    const withPlace = keys.filter((k) => { const t = groups.get(k)![0]; return withoutLeadingPlace(t.text) !== t.text; });
    const bare = keys.filter((k) => !withPlace.includes(k));
    if (!withPlace.length) continue;
    withPlace.sort((a, b) => groups.get(b)!.length - groups.get(a)!.length);
    const [target] = withPlace;
    const type = groups.get(target)![0].type;
    const nameOf = (k: string) => nameKey(type, groups.get(k)![0].text);
    const targetName = nameOf(target);
    // 市总工会 is no 黑龙江省总工会: a level named before the bare form must be the place's
    // (省投促局 is 四川省投资促进局 beside 南充市投资促进局).
    const sameLevel = (k: string, into: string) => {
      const bareName = nameOf(k), intoName = nameOf(into);
      const level = pattern('level-character-start').exec(bareName)?.[0];
      return !level || !intoName.endsWith(bareName.slice(1)) || intoName.slice(0, -(bareName.length - 1)).endsWith(level);
    };
    const merge = (k: string, into: string) => { groups.get(into)!.push(...groups.get(k)!); groups.delete(k); };
    for (const k of bare) {
      const into = withPlace.find((w) => sameLevel(k, w)); // the most mentioned first
      if (into) merge(k, into);
    }
    for (const k of withPlace.filter((k) => k !== target && groups.has(k) && sameLocal(groups.get(k)![0].text.normalize('NFKC'), targetName))) merge(k, target);
  }
}

/** 屈原 (代表屈原与…) is 屈原管理区 of the same article: a zone named without its designation. */
function mergeZoneOwnNames(groups: Map<string, Mention[]>): void {
  const zones = [...groups.entries()].filter(([, ms]) => ms[0].type === 'Zone');
  for (const [key, ms] of zones) {
    const full = zones.filter(([k, other]) => k !== key && groups.has(k) && withoutAdministrativeDesignation(other[0].text) === ms[0].text);
    if (full.length !== 1) continue;
    groups.get(full[0][0])!.push(...ms);
    groups.delete(key);
  }
}

/**
 * 宁德时代新能源科技股份有限公司 and 四川时代新能源科技有限公司 share a key
 * (a company's key leaves its place out, so that 吉利控股集团 is
 * 浙江吉利控股集团) but name two firms: a group whose names open with two
 * different places is split by place; a name without one stays with the first.
 */
function splitCompaniesByPlace(groups: Map<string, Mention[]>): void {
  for (const [key, ms] of [...groups]) {
    if (ms[0].type !== 'Company') continue;
    const byPlace = new Map<string, Mention[]>();
    for (const m of ms) {
      const own = placeOfName(m.text);
      // 台湾和硕联合科技 and 和硕联合科技: places in a row end with the firm's own (和硕 being a place too).
      const place = (own && [...byPlace.keys()].find((p) => p && (p.endsWith(own) || own.endsWith(p)))) || own;
      if (!byPlace.has(place)) byPlace.set(place, []);
      byPlace.get(place)!.push(m);
    }
    const placed = [...byPlace.keys()].filter(Boolean);
    if (placed.length < 2) continue;
    groups.set(key, [...byPlace.get(placed[0])!, ...(byPlace.get('') ?? [])]);
    for (const place of placed.slice(1)) groups.set(`${key}\u0000${place}`, byPlace.get(place)!);
  }
}

/** The place a name opens with, without its 省/市 (四川 of 四川时代新能源科技有限公司), or ''. */
const placeOfName = memoized((name: string): string => leadingPlaces(name).replace(pattern('province-or-city-character-end'), ''));

/**
 * 荆州开发区 is 荆州经济技术开发区, 苏州园区 苏州工业园区, 郑州航空港区
 * 郑州航空港经济综合实验区: after the words two zones' names share, one
 * ends in a shorter designation that the other's ends in too. Merged when
 * one zone of the document is the longer form.
 */
function mergeShortenedZones(groups: Map<string, Mention[]>): void {
  const zones = [...groups.entries()].filter(([, ms]) => ms[0].type === 'Zone');
  for (const [key, ms] of zones) {
    const short = ms[0].text;
    const longer = zones.filter(([k, other]) => k !== key && groups.has(k) && other.some((m) => shortens(short, m.text) || shortensAfterPlace(short, m.text)));
    if (longer.length !== 1) continue;
    groups.get(longer[0][0])!.push(...ms);
    groups.delete(key);
  }
}

/** The longest place form that opens a zone's long name (惠州|大亚湾…, 东莞|松山湖…). */
const MAX_OPENING_PLACE = 4;

/** 大亚湾开发区 of 惠州大亚湾经济技术开发区: `short` shortens `long` without the place `long` opens with. */
function shortensAfterPlace(short: string, long: string): boolean {
  const { places } = lexicons();
  for (let k = 2; k <= MAX_OPENING_PLACE && k < long.length; k++) if (places.has(long.slice(0, k)) && shortens(short, long.slice(k))) return true;
  return false;
}

/** Whether `short` is `long` with its designation shortened: a shared opening of two characters or more, then an ending of `long`. */
function shortens(short: string, long: string): boolean {
  let shared = 0;
  while (shared < short.length && short[shared] === long[shared]) shared++;
  const rest = short.slice(shared);
  return shared >= 2 && rest.length >= 1 && rest.length < long.length - shared && long.endsWith(rest) && pattern('zone-designation-end').test(rest);
}

/** The shortest brand that names a firm by one of its short forms (京东方; not 京东, which names another firm). */
const MIN_SHORT_BRAND = 3;

/**
 * Within one document, 三得利公司 is 扬州三得利化工有限公司 and 桂鑫集团 is
 * 桂鑫钢铁集团: a company's name without its industry word. (一汽解放 stays
 * apart from 一汽: 解放 is no industry.)
 */
function mergeShortCompanyNames(groups: Map<string, Mention[]>): void {
  const { companySuffixes, companyGroupWords, companyLegalForms, industryWords } = lexicons();
  const industries = new Set(companySuffixes);
  // 广西柳工集团有限公司: a group's registered name (中车集团 in a headline is a short name, used loosely).
  const registeredGroup = (name: string) => companyGroupWords.some((w) => name.includes(w)) && companyLegalForms.some((f) => name.endsWith(f) && !companyGroupWords.includes(f));
  const companies = [...groups.entries()].filter(([, ms]) => ms[0].type === 'Company')
    .map(([key, ms]) => { const core = nameKey('Company', ms[0].text); return { key, name: ms[0].text, core, bare: ms.every((m) => nameKey('Company', m.text) === m.text), national: withoutNationalPrefix(core), place: placeOfName(ms[0].text), initials: [initialsForm(core), wordInitials(core), placeAndWordInitials(ms[0].text)], group: ms.some((m) => registeredGroup(m.text)) }; });
  // Again while names merge: 宝武集团 opens both 中国宝武 and 中国宝武钢铁集团有限公司 until the first joins the second.
  for (let merged = true; merged;) {
    merged = false;
    for (const short of companies) if (groups.has(short.key) && mergeShortName(short)) merged = true;
  }

  function mergeShortName(short: typeof companies[number]): boolean {
    // 中科九峰 is 江西中科九峰智慧医疗科技有限公司: a name of four characters or more opens only its own firm's (of the same place, if both name one).
    // 华能 is 中国华能: the national prefix dropped.
    // 宝武集团 is 中国宝武钢铁集团: the national prefix dropped and the industry word too.
    // 温氏集团 is 广东温氏食品集团股份有限公司: a group's name without the industry it is in (not 复星国际 for 复星集团: no group's name).
    const industryOf = (l: typeof short, rest: string) => industries.has(rest) || (industryWords.has(rest) && l.group && companyGroupWords.some((w) => short.name.endsWith(w)));
    // 京东方 is 合肥京东方光电科技有限公司: a bare brand that is one of the short forms of its name (forms.ts;
    // not 比亚迪股份有限公司, a registered name of its own beside 比亚迪汽车工业有限公司).
    const opens = (l: typeof short) => (l.national !== l.core && l.national === short.core)
      || [l.core, l.national].some((core) => core.startsWith(short.core) && (short.core.length >= 4 || industryOf(l, core.slice(short.core.length))))
      || (short.bare && short.core.length >= MIN_SHORT_BRAND && companyShortForms(l.name).includes(short.core));
    // 广西柳工集团有限公司 is not 柳工机械股份有限公司: a group named by its registered name is none of its firms.
    const candidates = companies.filter((l) => l !== short && groups.has(l.key) && (!l.place || !short.place || l.place === short.place) && !(short.group && !l.group));
    // 中国电建 is 中国电力建设集团 (a name's initials after its first word), before 中国电建西北勘测设计研究院 that it opens;
    // 云南建投集团 is 云南省建设投资控股集团 (the initials of its words).
    const initialled = candidates.filter((l) => l.initials.includes(short.core));
    const longer = initialled.length ? initialled : candidates.filter(opens);
    if (short.core.length < 2 || longer.length !== 1) return false;
    groups.get(longer[0].key)!.push(...groups.get(short.key)!);
    groups.delete(short.key);
    return true;
  }
}

/**
 * Within one document, 区商务局 and 商务局 are one department: a level
 * character before a body's name (市, 县, 区) says whose it is, when only one
 * level's department of that name is named (not 市商务局 and 县商务局).
 */
function mergeLevelledOrgans(groups: Map<string, Mention[]>): void {
  const levels = lexicons().organs.levels;
  const bodies = new Map([...groups.entries()].filter(([, ms]) => ms[0].type === 'GovernmentBody').map(([key, ms]) => [ms[0].text, key]));
  const levelled = new Map<string, string[]>();
  for (const [text, key] of bodies) {
    const level = levels.find((l) => text.startsWith(l) && bodies.has(text.slice(l.length)));
    if (level) levelled.set(text.slice(level.length), [...(levelled.get(text.slice(level.length)) ?? []), key]);
  }
  for (const [bare, keys] of levelled) {
    if (keys.length !== 1) continue;
    groups.get(keys[0])!.push(...groups.get(bodies.get(bare)!)!);
    groups.delete(bodies.get(bare)!);
  }
}

/** 广汽 of 广州汽车集团, 上汽 of 上海汽车集团: a place and one word after it, called by their first characters (memoised: names recur). */
const placeAndWordInitials = memoized((name: string): string | undefined => {
  const words = tokenize(withoutCompanyEnding(unbracketLegalForm(name))).map((t) => t.text);
  return words.length === 2 && words.every((w) => w.length === 2) && lexicons().places.has(words[0]) ? words[0][0] + words[1][0] : undefined;
});

/** 中国华能 → 华能: a firm's core name without the national prefix its short name drops (the core itself when there is none). */
function withoutNationalPrefix(core: string): string {
  const prefix = lexicons().nationalPrefixes.find((p) => core.startsWith(p) && core.length >= p.length + 2);
  return prefix ? core.slice(prefix.length) : core;
}

/**
 * Within one document, 2020(第四届)中德汽车大会, 2020中德汽车大会 and 中德汽车大会
 * are one event, named by its longest form; so are an event's names with and
 * without its host zone or place before them. (Across documents they are not:
 * each year's edition is its own event.)
 */
function mergeEditions(groups: Map<string, Mention[]>): void {
  // 成都天府新区2024年第二季度重大项目集中签约活动 is the 第二季度…签约活动 of the same article;
  // so is 宜春经济技术开发区2024年… when the article calls its zone 宜春经开区 (compared in zones' short forms).
  const hosts = [...new Set([...groups.values()].filter((ms) => ms[0].type === 'Zone' || ms[0].type === 'Place').flatMap((ms) => ms.map((m) => abbreviateZone(m.text))))]
    .sort((a, b) => b.length - a.length);
  // 四川遂宁高新区重大项目集中签约活动 too: places before the host go with it.
  const withoutHost = (name: string) => {
    for (let before = ''; before !== name;) {
      before = name;
      const h = hosts.find((p) => name.startsWith(p) && name.length > p.length);
      name = withoutLeadingPlace(h ? name.slice(h.length) : name);
    }
    return name;
  };
  const events = [...groups.entries()].filter(([, ms]) => ms[0].type === 'Event')
    .map(([key, ms]) => ({ key, core: withoutEdition(withoutHost(abbreviateZonesIn(nameKey('Event', ms[0].text)))) }))
    .sort((a, b) => b.key.length - a.key.length);
  // A group merged into another answers for it: its names still match shorter ones.
  const into = new Map<string, string>();
  const final = (key: string): string => (into.has(key) ? final(into.get(key)!) : key);
  for (const [i, short] of events.entries()) {
    const longer = events.slice(0, i).filter((l) => groups.has(l.key));
    // A headline also adds words (招商引资重点项目签约仪式 over the text's 长春新区重点项目签约仪式, its host dropped in `core`).
    const told = onlyInHeadline(groups.get(short.key)!) ? toldInText(short.core, longer) : toldInText(short.core, longer.filter((l) => onlyInHeadline(groups.get(l.key)!)));
    const long = longer.find((l) => sameEvent(short.core, l.core)) ?? told
      ?? occasionOf(short.core, longer) ?? partOfCompound(short.core, events.slice(0, i));
    if (!long || final(long.key) === short.key) continue;
    groups.get(final(long.key))!.push(...groups.get(short.key)!);
    groups.delete(short.key);
    into.set(short.key, final(long.key));
  }
}

/**
 * 河北巨鹿县投资环境说明会暨京津冀协同发展项目签约会, 巨鹿县投资说明会暨京津冀协同发展项目签约会
 * and 巨鹿县投资说明会: one event, a compound (暨) named by the same last part, or by one of its parts.
 */
function partOfCompound<T extends { core: string }>(core: string, longer: T[]): T | undefined {
  const parts = (name: string) => name.split(pattern('event-joiner'));
  const own = parts(core);
  return longer.find((l) => {
    const theirs = parts(l.core);
    if (theirs.length < 2) return false;
    return own.length >= 2 ? own[own.length - 1] === theirs[theirs.length - 1] : theirs.some((p) => p.length >= MIN_OCCASION_PART && sameEvent(core, p));
  });
}

/** The shortest part of a compound event that names it alone (投资说明会). */
const MIN_OCCASION_PART = 4;

const onlyInHeadline = (mentions: Mention[]) => mentions.every((m) => m.sentence === 0);

/** 开工仪式 alone is the one event whose name ends with it (…重大项目集中开工仪式). */
function occasionOf<T extends { core: string }>(core: string, longer: T[]): T | undefined {
  if (!lexicons().eventWords.includes(core)) return undefined;
  const ending = longer.filter((l) => l.core.endsWith(core));
  return ending.length === 1 ? ending[0] : undefined;
}

/**
 * 银川经开区举行项目集中签约活动 over 银川经济技术开发区2023年招商引资项目集中签约仪式举行:
 * a headline shortens its event's name (and calls a 仪式 an 活动); the one
 * event of the text whose name holds the headline's is that event.
 */
function toldInText<T extends { core: string }>(core: string, longer: T[]): T | undefined {
  // Only an occasion (活动, 仪式) is shortened so: 兰州投资贸易洽谈会 is a fair of its own, not the signing held at it.
  if (!pattern('event-occasion-end').test(core)) return undefined;
  const plain = (name: string) => name.replace(pattern('event-occasion-end'), '');
  const told = longer.filter((l) => pattern('event-occasion-end').test(l.core) && plain(l.core).includes(plain(core)));
  return told.length === 1 && plain(core).length >= MIN_HEADLINE_EVENT ? told[0] : undefined;
}

/** Characters a headline's event keeps without its occasion word (项目集中签约), so that a bare 签约活动 joins nothing. */
const MIN_HEADLINE_EVENT = 4;

/** 西部国际投资贸易洽谈会 is 中国西部国际投资贸易洽谈会; 签约仪式 is not 战略合作协议签约仪式. */
function sameEvent(short: string, long: string): boolean {
  return long.includes(short) && short.length >= 0.7 * long.length;
}

/**
 * 长春市汽开区 and 长春汽开区 name one zone; 杭州经开区 and 长春经开区 do not;
 * 三江新区 is 宜宾三江新区 without its city (三江 being a place's name too).
 */
function sameLocal(a: string, b: string): boolean {
  return placeOfName(a) === placeOfName(b) || a.endsWith(b) || b.endsWith(a);
}

/**
 * The document's own place of a level (县, 市, 省 in 我县, 县委书记): the most
 * cited place whose name or official name ends with it, else the most cited
 * place. A place is cited by its mentions and by the names of bodies,
 * chambers and zones whose last place it is (宁波市衢州商会 cites 衢州, the
 * home of its members; 衢江区政府 cites 衢江区): an article names its own
 * area's organs more than the places it lists. (Not firms: the firms a
 * delegation visits carry their own cities.)
 */
export function ownPlace(entities: DocEntity[], level?: string, strict = false): DocEntity | undefined {
  const places = placesByCitation(entities);
  const atLevel = level ? places.find((e) => atTitleLevel(e, level)) : undefined;
  if (atLevel && level && partOfListedCity(atLevel, places)) return undefined;
  return atLevel ?? (strict ? undefined : places[0]);
}

/**
 * 全市…珠晖区的甲项目，耒阳市的乙项目，常宁市…: a county-level city listed
 * with other counties of one city is a part of the article's city (衡阳市),
 * not the city the article speaks as.
 */
function partOfListedCity(place: DocEntity, places: DocEntity[]): boolean {
  const { placeCities } = lexicons();
  const city = placeCities.get(officialName(place));
  if (!city || placeLevel(place) !== 'county') return false;
  return places.filter((e) => e !== place && placeLevel(e) === 'county' && placeCities.get(officialName(e)) === city).length >= 2;
}

/**
 * Whether a place is of the level a title's words name (县 for 县委书记, 市
 * for 副市长): its name says so, or, for 省 (省委书记, 副省长), it is an
 * autonomous region (内蒙古自治区, 广西壮族自治区), whose officials bear them too.
 */
export function atTitleLevel(e: DocEntity, level: string): boolean {
  return [e.name, ...e.aliases].some((n) => n.endsWith(level)) || (pattern('province-title-level').test(level) && pattern('autonomous-region').test(officialName(e)));
}

/** An entity's name as the simplified text writes it (a traditional article's names are written in its script). */
export function simplifiedName(e: DocEntity): string {
  return e.mentions[0]?.text ?? e.name;
}

/** A place's official name, from any of its forms (the simplified ones of a traditional text among them). */
export function officialName(e: DocEntity): string {
  const { places } = lexicons();
  return [e.name, ...e.aliases].map((n) => places.get(n)).find(Boolean) ?? e.name;
}

const CITING_TYPES = new Set<string>(['GovernmentBody', 'Organization', 'Zone']);

/**
 * The document's places, most cited first; ranked once per document (the
 * rules ask many times), and again when an entity joins it (the publisher's
 * county, added when 我县 is resolved).
 */
const ranked = new WeakMap<DocEntity[], { count: number; places: DocEntity[] }>();

function placesByCitation(entities: DocEntity[]): DocEntity[] {
  const known = ranked.get(entities);
  if (known?.count === entities.length) return known.places;
  const all = entities.filter((e) => e.type === 'Place');
  const citations = new Map(all.map((p) => [p, p.mentions.length]));
  for (const m of entities.filter((e) => CITING_TYPES.has(e.type)).flatMap((e) => e.mentions)) {
    const last = lastPlaceIn(m.text, all);
    if (last) citations.set(last, citations.get(last)! + 1);
  }
  const places = [...all].sort((a, b) => citations.get(b)! - citations.get(a)!);
  ranked.set(entities, { count: entities.length, places });
  return places;
}

/** The place entity named last in `text`, if the last place the text names is one (衢州 in 宁波市衢州商会; none in 北京黑龙江商会). */
function lastPlaceIn(text: string, places: DocEntity[]): DocEntity | undefined {
  const forms = lexicons().places;
  for (let end = text.length; end >= 2; end--) {
    for (let start = Math.max(0, end - 8); start <= end - 2; start++) {
      const official = forms.get(text.slice(start, end));
      if (official) return places.find((p) => [p.name, ...p.aliases].some((n) => (forms.get(n) ?? n) === official));
    }
  }
  return undefined;
}

/** The administrative level of a place entity (county for 泌阳县 or 泌阳), if it is a division. */
export function placeLevel(e: DocEntity): string | undefined {
  const { placeLevels, places } = lexicons();
  for (const n of [e.name, ...e.aliases]) {
    const level = placeLevels.get(places.get(n) ?? n);
    if (level) return level;
  }
  return undefined;
}

/** The sentence an entity is first named in. */
export function firstSentence(e: DocEntity): number {
  return e.mentions.reduce((a, m) => Math.min(a, m.sentence), Infinity);
}

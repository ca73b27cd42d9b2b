// The cleaning stage: from a document's readable text to clean text in its
// own script plus a simplified twin of the same length, both mapped to the
// original file.
import { TextMap } from './textmap';
import { removeBoilerplate } from './boilerplate';
import { removePinyinGlosses, removeStrayCommas } from './pinyin';
import { collapseRepeats } from './repeats';
import { isTraditional, simplify } from './script';
import { articleDate } from './date';
import { halfWidthForms, removeSpacesInsideWords } from './width';
import { pattern } from '../extract/patterns';

export interface CleanDocument {
  /** Clean text in the document's own script, mapped to the original. */
  map: TextMap;
  /** `map.text` in simplified script, same length and offsets. */
  simplified: string;
  traditional: boolean;
  /** ISO date of the article when it states one. */
  date?: string;
  /** Who published it, from its source line (来源：凤冈县融媒体中心), which cleaning removes: it may name the article's own area. */
  publisher?: string;
}


/**
 * The steps run on simplified text whose offsets index `readable`; the
 * written form and the original offsets are recovered through them at the end.
 */
export function cleanDocument(readable: TextMap, source?: string): CleanDocument {
  const date = articleDate(readable.text, source);
  const traditional = isTraditional(readable.text);
  let map = TextMap.identity(traditional ? simplify(readable.text) : readable.text);
  const publisher = pattern('publisher').exec(map.text)?.[1];
  map = halfWidthForms(map);
  map = removePinyinGlosses(map);
  map = removeStrayCommas(map);
  map = removeSpacesInsideWords(map);
  map = removeBoilerplate(map);
  map = collapseRepeats(map);
  map = map.remove([...map.text.matchAll(pattern('mojibake', 'g'))].map((m): [number, number] => [m.index!, m.index! + m[0].length]));
  const written = traditional ? pick(readable.text, map.origin) : map.text;
  const origin = map.origin.map((i) => readable.origin[i]);
  return { map: new TextMap(written, origin), simplified: map.text, traditional, date, publisher };
}

/** The characters of `text` at `offsets`, copied run by run. */
function pick(text: string, offsets: Int32Array): string {
  const parts: string[] = [];
  for (let i = 0; i < offsets.length;) {
    let j = i + 1;
    while (j < offsets.length && offsets[j] === offsets[j - 1] + 1) j++;
    parts.push(text.slice(offsets[i], offsets[j - 1] + 1));
    i = j;
  }
  return parts.join('');
}

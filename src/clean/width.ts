// Typesetting that hides words from the extractor: full-width digits and
// Latin letters (２０２４年, １５６．８亿元) and spaces that pad a name or
// join two words (党工委书记　王　磊). Digits and letters become their ASCII
// forms one for one, so offsets stay; the spaces are removed.
import { TextMap } from './textmap';
import { pattern } from '../extract/patterns';

/** The offset between a full-width form (Ｕ+FF01–FF5E) and its ASCII one. */
const FULL_WIDTH_OFFSET = 0xfee0;

/** Full-width digits, letters, and a full-width point or percent after a digit, as ASCII. */
export function halfWidthForms(map: TextMap): TextMap {
  const text = map.text.replace(pattern('full-width-alphanumeric', 'g'), (s) => String.fromCharCode(s.charCodeAt(0) - FULL_WIDTH_OFFSET));
  return text === map.text ? map : new TextMap(text, map.origin);
}

/** Spaces of any width between two Chinese characters on one line (王　磊, 签约 仪式). */
export function removeSpacesInsideWords(map: TextMap): TextMap {
  return map.remove([...map.text.matchAll(pattern('space-between-han', 'g'))].map((m): [number, number] => [m.index!, m.index! + m[0].length]));
}

// Places from the lexicon of administrative divisions, countries and
// regions, and divisions jieba's dictionary tags as places (于都县). The lexicon's words are in the segmenter's dictionary, so a place
// is a whole token (长春 in 长春/市委 is a place; 长春 in 长春新区 was
// already taken by the zone).
import { lexicons } from '../lexicons';
import type { SentenceContext } from './context';
import { isPlaceWord } from '../segment';

/** Counties, districts and cities beyond the lexicon, when jieba's dictionary knows them as places. */
const DIVISION_ENDS = new Set('县市区旗州');
const DIVISION = /^[\u4e00-\u9fff]{2,4}[县市区旗州]$/; // not 城市 or 都市

export function findPlaces(ctx: SentenceContext): void {
  const { places } = lexicons();
  for (const t of ctx.tokens) {
    if (places.has(t.text) || (DIVISION_ENDS.has(t.text.at(-1)!) && DIVISION.test(t.text) && isPlaceWord(t.text))) ctx.add(t.start, t.end, 'Place');
  }
}

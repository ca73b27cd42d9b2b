// Places: every administrative division, country and macro-region the
// lexicon knows (divisions.ts), as whole words of the segmenter (长春 in
// 长春/市委 is a place; 长春 in 长春新区 was already taken by the zone). A
// county's short form between two lone characters (秋/阳高/照) is a word cut
// wrongly, not a place.
import { lexicons } from '../lexicons';
import type { SentenceContext } from './context';

const LONE = /^[\u4e00-\u9fff]$/;

export function findPlaces(ctx: SentenceContext): void {
  const { places, placeLevels } = lexicons();
  const tokens = ctx.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text.length < 2) continue;
    const official = places.get(t.text);
    if (!official) continue;
    const shortCounty = official !== t.text && placeLevels.get(official) === 'county';
    if (shortCounty && LONE.test(tokens[k - 1]?.text ?? '') && LONE.test(tokens[k + 1]?.text ?? '')) continue;
    ctx.add(t.start, t.end, 'Place');
  }
}

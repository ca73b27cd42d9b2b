// Places from the lexicon of administrative divisions, countries and
// regions. The lexicon's words are in the segmenter's dictionary, so a place
// is a whole token (长春 in 长春/市委 is a place; 长春 in 长春新区 was
// already taken by the zone).
import { lexicons } from '../lexicons';
import type { SentenceContext } from './context';

export function findPlaces(ctx: SentenceContext): void {
  const { places } = lexicons();
  for (const t of ctx.tokens) if (places.has(t.text)) ctx.add(t.start, t.end, 'Place');
}

// Places from the lexicon of administrative divisions, countries and
// regions, matched on word boundaries (长春 in 长春/市委 is a place; 长春 in
// 长春新区 was already taken by the zone).
import { alternation, lexicons } from '../lexicons';
import type { SentenceContext } from './context';

let placeRegex: RegExp | undefined;

export function findPlaces(ctx: SentenceContext): void {
  placeRegex ??= new RegExp(alternation(lexicons().places.keys()), 'g');
  const text = ctx.sentence.text;
  placeRegex.lastIndex = 0;
  for (let m = placeRegex.exec(text); m; m = placeRegex.exec(text)) {
    const start = ctx.sentence.start + m.index, end = start + m[0].length;
    if (ctx.starts.has(start) && ctx.ends.has(end)) ctx.add(start, end, 'Place');
    else placeRegex.lastIndex = m.index + 1;
  }
}

// Zones found by their whole name (zone-words.txt @known, and the zones the
// division tables list among the counties): their words are common words
// (山西转型综合改革示范区) or no designation at all (中新天津生态城), which
// the ending rules of suffixed.ts cannot read as one name.
import { lexicons } from '../lexicons';
import { headTable } from '../heads';
import type { SentenceContext } from './context';

/** How far after a zone's name a body's head makes the zone the start of that body's name. */
const BODY_HEAD_WITHIN = 12;

/**
 * Each known zone in the sentence, with a place right before it as its name's
 * first word (广东|横琴粤澳深度合作区); followed by a zone's organ, the organ
 * (横琴粤澳深度合作区管委会, whose zone the entities derive from it) unless a
 * title claims it (管委会主任); followed by another body's name
 * (苏州工业园区投资促进委员会), nothing: the body passes read the whole name.
 */
export function findKnownZones(ctx: SentenceContext): void {
  const { knownZones, places, organs } = lexicons();
  const text = ctx.sentence.text, base = ctx.sentence.start;
  for (const { index, phrase } of knownZones.matches(text)) {
    const start = base + index, end = start + phrase.length;
    const organ = organs.zone.find((o) => text.startsWith(o, end - base));
    if (!organ && bodyFollows(ctx, end)) continue;
    const place = ctx.tokens.find((t) => t.end === start && places.has(t.text));
    const from = place && ctx.claims.free(place.start, start) ? place.start : start;
    if (!(organ && ctx.add(from, end + organ.length, 'GovernmentBody'))) ctx.add(from, end, 'Zone');
  }
}

/** Whether a body's head (委员会, 有限公司) comes soon after `end`, before any punctuation or function word (与, 在). */
function bodyFollows(ctx: SentenceContext, end: number): boolean {
  const { stopwords } = lexicons();
  const { spec } = headTable();
  for (const t of ctx.tokens) {
    if (t.start < end) continue;
    if (t.end - end > BODY_HEAD_WITHIN || stopwords.has(t.text) || /^[\p{P}\s]/u.test(t.text)) return false;
    const kind = spec.get(t.text)?.kind;
    if (kind && kind !== 'Zone') return true;
  }
  return false;
}

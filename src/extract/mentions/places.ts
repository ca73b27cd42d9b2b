// Places: every administrative division, country and macro-region the
// lexicon knows (divisions.ts), as whole words of the segmenter (长春 in
// 长春/市委 is a place; 长春 in 长春新区 was already taken by the zone). A
// county's short form between two lone characters (秋/阳高/照) is a word cut
// wrongly, not a place. A short form that is also a frequent word (确保一方安宁)
// is a place only where the document names the division in full or its city.
import { lexicons } from '../lexicons';
import type { SentenceContext } from './context';
import { pattern } from '../patterns';
import { namesSomething } from '../segment';

const LONE = /^[\u4e00-\u9fff]$/;

export function findPlaces(contexts: SentenceContext[]): void {
  const confirmed = confirmedIn(contexts);
  for (const ctx of contexts) findPlacesIn(ctx, confirmed);
}

function findPlacesIn(ctx: SentenceContext, confirmed: (form: string) => boolean): void {
  const { places, placeLevels } = lexicons();
  const tokens = ctx.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text.length < 2) continue;
    const official = places.get(t.text);
    if (!official || !confirmed(t.text)) continue;
    const shortCounty = official !== t.text && placeLevels.get(official) === 'county';
    if (shortCounty && LONE.test(tokens[k - 1]?.text ?? '') && LONE.test(tokens[k + 1]?.text ?? '')) continue;
    ctx.add(t.start, t.end, 'Place');
  }
  findSiteTowns(ctx);
}

/**
 * 该项目位于大沽镇, 落户黄庄村: a township or village the lexicon lacks, named
 * as a site: a name jieba reads as a place or an unknown word, whose
 * ending (镇, 乡, 村, 街道) is its own word or ends its one word (not 美丽|乡村).
 */
function findSiteTowns(ctx: SentenceContext): void {
  const { tokens } = ctx;
  for (let k = 0; k < tokens.length; k++) {
    if (!pattern('placed-before').test(ctx.slice(Math.max(ctx.sentence.start, tokens[k].start - 4), tokens[k].start))) continue;
    const one = tokens[k];
    if (one.text.length >= 3 && pattern('town-ending').test(one.text) && namesSomething(one.text)) {
      if (ctx.claims.free(one.start, one.end)) ctx.add(one.start, one.end, 'Place');
      continue;
    }
    const ending = tokens[k + 1];
    if (!ending || !pattern('town-ending').test(ending.text) || pattern('town-ending').exec(ending.text)![0] !== ending.text) continue;
    if (one.text.length >= 2 && namesSomething(one.text) && ctx.claims.free(one.start, ending.end)) ctx.add(one.start, ending.end, 'Place');
  }
}

/** Whether a form may be a place in this document: unambiguous, or confirmed by a name the text holds. */
function confirmedIn(contexts: SentenceContext[]): (form: string) => boolean {
  const { placesToConfirm } = lexicons();
  let text: string | undefined;
  const answers = new Map<string, boolean>();
  return (form) => {
    const names = placesToConfirm.get(form);
    if (!names) return true;
    text ??= contexts.map((c) => c.sentence.text).join('\n');
    if (!answers.has(form)) answers.set(form, names.some((n) => text!.includes(n)));
    return answers.get(form)!;
  };
}

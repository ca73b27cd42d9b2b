// People, found where this genre reliably names them: right after a title
// (党工委书记谢志敏, 副市长李炜姝) or right before one (仇建平董事长).
// A name is a known surname plus one or two characters; the follow-word
// lexicon decides between 赵德双 and 李炜姝 + 发表.
import { alternation, lexicons } from '../lexicons';
import type { SentenceContext } from './context';
import type { PhraseIndex } from '../phrases';

export interface TitleSpan { start: number; end: number; title: string; person?: { start: number; end: number } }

const ORGANS = '省委|市委|区委|县委|州委|党工委|管委会|党委|党组|党支部|市政府|省政府|区政府|县政府|人大常委会|政协';
const HAN = /^[\u4e00-\u9fff]$/;
const NOT_IN_NAME = new Set('的了在是和与及等、，。；：也还都就又将把被从向对为以由于着过这那其此该各每个们'.split(''));
const BEFORE_NAME = /[、，,。；;：:“”"（(\s与和同由及]$/;

let titleRegex: RegExp | undefined;
function titles(): RegExp {
  titleRegex ??= new RegExp(`(?:${ORGANS})?(?:${alternation(lexicons().titles)})`, 'g');
  return titleRegex;
}

/** Length of a person's name starting at `at` in `text`, or 0. */
function nameLength(text: string, at: number): number {
  const lex = lexicons();
  const compound = lex.surnames.has(text.slice(at, at + 2));
  if (!compound && !lex.surnames.has(text[at])) return 0;
  const surname = compound ? 2 : 1;
  const isNameChar = (i: number) => i < text.length && HAN.test(text[i]) && !NOT_IN_NAME.has(text[i]);
  if (!isNameChar(at + surname)) return 0;
  const third = at + surname + 1;
  if (!isNameChar(third) || lex.followName.some((w) => text.startsWith(w, third))) return surname + 1;
  return surname + 2;
}

/** Finds title spans and the people they name; returns every title span, named or not. */
export function findPersons(ctx: SentenceContext): TitleSpan[] {
  const text = ctx.sentence.text, base = ctx.sentence.start;
  const spans: TitleSpan[] = [];
  const re = titles();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = base + m.index, end = start + m[0].length;
    if (!ctx.claims.free(start, end) || !ctx.starts.has(start)) continue;
    const span: TitleSpan = { start, end, title: m[0] };
    const after = nameLength(text, m.index + m[0].length);
    if (after && ctx.claims.free(end, end + after)) {
      span.person = { start: end, end: end + after };
    } else {
      const before = nameBefore(text, m.index);
      if (before && ctx.claims.free(start - before, start)) span.person = { start: start - before, end: start };
    }
    ctx.claims.claim(start, end);
    if (span.person) ctx.add(span.person.start, span.person.end, 'Person');
    spans.push(span);
  }
  return spans;
}

/** A name of two or three characters right before a title and after a delimiter: 仇建平董事长. */
function nameBefore(text: string, titleAt: number): number {
  for (const len of [3, 2]) {
    const at = titleAt - len;
    if (at < 0) continue;
    if (at > 0 && !BEFORE_NAME.test(text.slice(0, at))) continue;
    // 成都市委常委: a place before an organ's title is its body, not a name.
    if (nameLength(text, at) === len && !lexicons().places.has(text.slice(at, titleAt))) return len;
  }
  return 0;
}

/** Later mentions of names already known in the document. */
export function findKnownNames(ctx: SentenceContext, names: PhraseIndex): void {
  for (const m of names.matches(ctx.sentence.text)) {
    const start = ctx.sentence.start + m.index;
    ctx.add(start, start + m.phrase.length, 'Person');
  }
}

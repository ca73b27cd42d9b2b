// People, found where this genre reliably names them: right after a title
// (党工委书记谢志敏, 副市长李炜姝) or right before one (仇建平董事长).
// A name is a known surname plus one or two characters; the follow-word
// lexicon decides between 赵德双 and 李炜姝 + 发表.
import { alternation, lexicons } from '../lexicons';
import type { SentenceContext } from './context';
import type { PhraseIndex } from '../phrases';
import { pattern } from '../patterns';
import { commonVerbs, commonWords } from '../dictionary';
import { headEndingAt, headTable } from '../heads';
import { leadingVerbsLength } from '../segment';

export interface TitleSpan {
  start: number; end: number; title: string;
  person?: { start: number; end: number };
  /** Further names under the same title: 副主任孙志政、赵田崑. */
  listed?: Array<{ start: number; end: number }>;
}

const HAN = /^[\u4e00-\u9fff]$/;
/** The longest transcribed name looked for (阿不都沙拉木·艾山 is 9). */
const MAX_TRANSCRIBED_NAME = 17;

/** Characters a given name does not hold (surnames.txt @not-in-name). */
const notInName = (c: string) => lexicons().notInName.has(c);

let titleRegex: RegExp | undefined;
/** An organ (市委, 省人大常委会, 党工委, 党委) and a title after it, or a title alone. */
function titles(): RegExp {
  if (titleRegex) return titleRegex;
  const { organs, titles } = lexicons();
  const organ = `(?:${alternation(organs.levels)})?(?:${alternation(organs.place)})|${alternation([...organs.zone, ...organs.body])}`;
  return (titleRegex = new RegExp(`(?:${organ})?(?:${alternation(titles)})`, 'g'));
}

let collectiveRegex: RegExp | undefined;
function collectiveHeads(): RegExp {
  collectiveRegex ??= new RegExp(alternation(lexicons().collectiveHeads), 'g');
  return collectiveRegex;
}

/** Length of the surname starting at `at`: 2 for a compound one (欧阳), 1, or 0 for none. */
function surnameLength(text: string, at: number): number {
  const { surnames } = lexicons();
  return surnames.has(text.slice(at, at + 2)) ? 2 : surnames.has(text[at]) ? 1 : 0;
}

/** Length of a person's name starting at `at` in `text`, or 0; a common word (公司, 应邀) is no one's name. */
function nameLength(text: string, at: number): number {
  const length = nameLengthOf(text, at);
  // 高新区工委书记: a word that ends in a head (高新区, 经开区) is a body's name, not a person's.
  const head = length ? headEndingAt(text.slice(at, at + length), length, 1) : undefined;
  return head && head.length >= 2 ? 0 : length;
}

function nameLengthOf(text: string, at: number): number {
  if (pattern('department-title').test(text.slice(at, at + 8))) return 0;
  // 阿不都沙拉木·艾山, 扎西·多吉: a transcribed name joins its parts with a middle dot; it needs no surname.
  const near = text.slice(at, at + MAX_TRANSCRIBED_NAME);
  const transcribed = near.includes('·') || near.includes('•') || near.includes('・') ? pattern('transcribed-name').exec(near) : null;
  if (transcribed) return transcribedEnd(text, at, transcribed[0]) - at;
  // 达娃次仁, 哈斯朝鲁, 其其格: a Tibetan or Mongolian name is made of its own parts, with no surname.
  const parts = surnamelessNameLength(text, at);
  if (parts) return parts;
  const length = nameLengthByCharacters(text, at);
  return length === 2 && commonWords().has(text.slice(at, at + 2)) ? 0 : length;
}

/** The most parts a Tibetan or Mongolian name is read with (斯琴|毕力格, 巴雅尔|巴图|仓). */
const MAX_NAME_PARTS = 3;
/** The longest Mongolian name part (巴雅斯古楞). */
const MAX_PART_LENGTH = 5;

/**
 * Length of a Tibetan or Mongolian name at `at`: two or three known parts
 * (Tibetan parts only in pairs: 扎西多吉), the last perhaps a Mongolian
 * one-character ending (阿拉坦仓); or one Mongolian part of three characters
 * or more (其其格). 0 when there is none.
 */
function surnamelessNameLength(text: string, at: number): number {
  const { tibetanNameParts, tibetanNameEnds, mongolianNameParts, mongolianNameEnds } = lexicons();
  if (tibetanNameParts.has(text.slice(at, at + 2))) {
    if (tibetanNameParts.has(text.slice(at + 2, at + 4))) return 4;
    // 才让太出席, 才让出席: one part, with an Amdo ending or alone, where a name may end.
    if (tibetanNameEnds.has(text[at + 2]) && nameMayEndAt(text, at + 3)) return 3;
    if (nameMayEndAt(text, at + 2)) return 2;
  }
  const partAt = (k: number) => {
    for (let l = MAX_PART_LENGTH; l >= 2; l--) if (mongolianNameParts.has(text.slice(k, k + l))) return l;
    return 0;
  };
  let end = at, parts = 0;
  while (parts < MAX_NAME_PARTS) {
    const ending = parts > 0 && mongolianNameEnds.has(text[end]) && nameMayEndAt(text, end + 1);
    const length = partAt(end) || (ending ? 1 : 0);
    if (!length) break;
    end += length;
    parts++;
    if (length === 1) break; // a one-character ending is the last part
  }
  const whole = end - at;
  return (parts >= 2 || whole >= 3) && nameMayEndAt(text, end) ? whole : 0;
}

/** The longest last part of a transcribed name looked for (阿不都沙拉木 is 6). */
const MAX_TRANSCRIBED_PART = 6;

/**
 * 买买提·吐尔逊|带领…: the last part of a transcribed name runs on into the
 * sentence; it ends before a word that follows names or a common verb.
 */
function transcribedEnd(text: string, at: number, match: string): number {
  const lastStart = at + Math.max(match.lastIndexOf('·'), match.lastIndexOf('•'), match.lastIndexOf('・')) + 1;
  const end = at + match.length;
  for (let k = lastStart + 1; k < Math.min(end, lastStart + MAX_TRANSCRIBED_PART); k++) {
    // Not the characters no Chinese given name holds: 阿不都热合曼 holds 都.
    // 托合提|出席: a common verb (提出) is no end where a follower or another verb starts one character on.
    if (startsFollower(text, k) || (commonVerbs().has(text.slice(k, k + 2)) && !startsFollower(text, k + 1) && !commonVerbs().has(text.slice(k + 1, k + 3)))) return k;
  }
  return Math.min(end, lastStart + MAX_TRANSCRIBED_PART);
}

function nameLengthByCharacters(text: string, at: number): number {
  const surname = surnameLength(text, at);
  if (!surname) return 0;
  const isNameChar = (i: number) => i < text.length && HAN.test(text[i]) && !notInName(text[i]);
  const second = at + surname, third = second + 1;
  // 肖向东主持, 陆向群致辞: a character that is mostly a preposition may open the given name of a full name followed by what follows names.
  if (!isNameChar(second)) return isNameChar(third) && fullNameFollowed(text, at, surname) ? surname + 2 : 0;
  // 王国和，, 周清和出席: a character that ends given names as well as joining words, before punctuation or a word that follows names.
  if (lexicons().nameEnds.has(text[third]) && text[third + 1] !== undefined && (pattern('after-listed-name').test(text.slice(third + 1)) || startsFollower(text, third + 1))) return surname + 2;
  if (!isNameChar(third) || startsFollower(text, third)) return surname + 1;
  // 钟立|发布开工令, 田宇|接见: a common verb starting at the third character ends a two-character name, unless one follows the three (范更生|出席).
  if (commonVerbs().has(text.slice(third, third + 2)) && !startsFollower(text, third + 1) && !commonVerbs().has(text.slice(third + 1, third + 3))) return surname + 1;
  return surname + 2;
}

/** Whether a word that follows names (主持, 表示, 出席 …) starts at `at`. */
function startsFollower(text: string, at: number): boolean {
  return lexicons().followName.some((w) => text.startsWith(w, at));
}

/** Whether a name may end at `at`: a list separator, a word that follows names (主持, 表示, 出席 …) or a day comes next. */
function nameMayEndAt(text: string, at: number): boolean {
  const rest = text.slice(at);
  return pattern('after-listed-name').test(rest) || startsFollower(text, at) || pattern('date-after-name').test(rest);
}

/** Whether surname + two characters, all Chinese, are followed by a list separator or a word that follows names. */
function fullNameFollowed(text: string, at: number, surname: number): boolean {
  const end = at + surname + 2;
  return end <= text.length && [...text.slice(at + surname, end)].every((c) => HAN.test(c)) && nameMayEndAt(text, end);
}

/**
 * Whether a title may start at `start`: at a word's start, or inside a word
 * that begins with a place (成都市委 → 成都 + 市委书记), which then becomes a
 * Place mention of its own.
 */
function startsTitle(ctx: SentenceContext, start: number): boolean {
  if (ctx.starts.has(start)) return true;
  const word = ctx.tokens.find((t) => t.start < start && t.end > start);
  if (!word) return false;
  const before = ctx.slice(word.start, start);
  const place = lexicons().places.has(before);
  if (!place && !lexicons().actingMarks.has(before) && !bodyHeads().some((h) => before.endsWith(h))) return false;
  ctx.split(start);
  if (place) ctx.add(word.start, start, 'Place');
  return true;
}

/**
 * Where a title found at `start` begins: there, if a title may start there;
 * after the department whose head it shares (统战部|长, 宣传部|长, 财政局|长,
 * 发改委|主任), which becomes a body of its own; else nowhere.
 */
function titleStartAt(ctx: SentenceContext, start: number, title: string): number | undefined {
  if (startsTitle(ctx, start)) return start;
  const word = ctx.tokens.find((t) => t.start < start && t.end > start);
  // 管理委员会 is an organ's head word, not 管理委 and a 委员.
  if (!word || start - word.start < 2 || headTable().spec.get(title[0])?.kind !== 'GovernmentBody' || headTable().spec.has(word.text)) return undefined;
  // 中国国际贸易促进委员会 (one word): a "title" inside the head a body's name ends with (委员会) is that head.
  if (bodyHeads().some((h) => word.text.endsWith(h) && start >= word.end - h.length)) return undefined;
  ctx.split(start + 1);
  // 州|发改委主任: a level character right before is the department's own place (州发改委).
  const level = ctx.tokens.find((t) => t.end === word.start && lexicons().organs.levels.includes(t.text));
  ctx.add(level?.start ?? word.start, start + 1, 'GovernmentBody');
  return start + 1;
}

/**
 * 南岸/区委书记: the word before a title that opens with a level (区, 县, 市)
 * names the place whose official name is that word and the level; it is a
 * Place mention that carries the official name (南岸 → 南岸区).
 */
function placeBeforeLevel(ctx: SentenceContext, titleStart: number): void {
  const { organs, places } = lexicons();
  const level = organs.levels.find((l) => ctx.slice(titleStart, titleStart + l.length) === l);
  const word = ctx.tokens.find((t) => t.end === titleStart);
  if (!level || !word || lexicons().actingMarks.has(word.text)) return; // 代/县长 is an acting county head, not 代县
  const official = word.text + level;
  // 岳阳/县委书记 is 岳阳县, though 岳阳 alone is the city.
  if (places.get(official) !== official || places.get(word.text) === official) return;
  const m = ctx.add(word.start, word.end, 'Place');
  if (m) m.official = official;
}

let heads: string[] | undefined;
/** Head words of bodies, which may end a word that runs on into a title (商会会长, 集团董事长). */
function bodyHeads(): string[] {
  const lex = lexicons();
  heads ??= [...lex.companySuffixes, ...lex.organizationSuffixes, ...lex.governmentSuffixes, ...lex.zoneWords].filter((w) => w.length >= 2);
  return heads;
}

/** 大冶市|委书记: the place took the level character its organ's title begins with; the title keeps it (市委书记). */
function withLevel(text: string, at: number, title: string): string {
  const { organs } = lexicons();
  const level = text[at - 1];
  return at > 0 && organs.levels.includes(level) && organs.place.some((o) => title.startsWith(o)) ? `${level}${title}` : title;
}

/**
 * 代表玉溪市人民政府: a place after a title is no one's name; but a county's
 * short form that a word following names comes after (副盟长乌兰出席) is a
 * name (乌兰, 巴图: Mongolian names are often places' names too).
 */
function placeNotName(text: string, at: number, length: number): boolean {
  const { places } = lexicons();
  if (comingToPlace(text.slice(at, at + length))) return true;
  const form = text.slice(at, at + length);
  const official = places.get(form);
  return official !== undefined && !(official !== form && startsFollower(text, at + length));
}

let goingCharacters: Set<string> | undefined;

/** 董事长来芜考察, 总裁抵港: a going word and a city's or province's one-character name, not a name (来 is a surname too). */
function comingToPlace(name: string): boolean {
  const { triggers, oneCharacterPlaces } = lexicons();
  goingCharacters ??= new Set([...triggers.go, ...triggers['go-one-character']].filter((w) => w.length === 1));
  return name.length === 2 && goingCharacters.has(name[0]) && oneCharacterPlaces.has(name[1]);
}

/** 东莞市|长安镇: a "title" (市长) whose end lies inside a town's name, as the segmenter cut it, is no title. */
function endsInsideTown(ctx: SentenceContext, end: number): boolean {
  const word = ctx.tokens.find((t) => t.start < end && t.end > end);
  return !!word && word.text.length >= 3 && pattern('town-ending').test(word.text);
}

/** Finds title spans and the people they name; returns every title span, named or not. */
export function findPersons(ctx: SentenceContext): TitleSpan[] {
  const text = ctx.sentence.text, base = ctx.sentence.start;
  const spans: TitleSpan[] = [];
  const re = titles();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = base + m.index + m[0].length;
    // 深圳市长盈精密技术股份有限公司: a title whose first character completes the place before it, followed by a
    // firm's words, is that place's 市 and the firm's first character (长盈), not a mayor.
    const inFirmName = m[0].length === 2 && completesPlaceBefore(text, m.index, m[0]) && firmNameAfter(text.slice(m.index + m[0].length));
    const start = ctx.claims.free(base + m.index, end) && !endsInsideTown(ctx, end) && !inFirmName ? titleStartAt(ctx, base + m.index, m[0]) : undefined;
    if (start === undefined) {
      re.lastIndex = m.index + 1; // 成都市委/书记: the title may start later inside the match
      continue;
    }
    // 统战部|长: the department kept the head the title began with (部长); 发改委|主任: the title is what follows it.
    const shared = start - (base + m.index);
    const title = shared ? (lexicons().titleSet.has(m[0].slice(shared)) ? m[0].slice(shared) : m[0]) : withLevel(text, m.index, m[0]);
    const note = pattern('title-note').exec(text.slice(m.index + m[0].length))?.[0].length ?? 0;
    // 代县长 (acting), 党工委书记(兼): the mark is part of the title as written.
    const acting = shared ? '' : pattern('acting-before').exec(text.slice(0, m.index))?.[0] ?? '';
    const span: TitleSpan = { start: start - acting.length, end, title: acting + title + text.slice(m.index + m[0].length, m.index + m[0].length + note) };
    const nameAt = m.index + m[0].length + note;
    // 代表玉溪市人民政府: a place after the title is no one's name.
    const length = nameLength(text, nameAt);
    const after = placeNotName(text, nameAt, length) ? 0 : length;
    if (after && ctx.claims.free(end + note, end + note + after)) {
      span.person = { start: end + note, end: end + note + after };
    } else {
      const before = nameBefore(text, m.index);
      if (before && ctx.claims.free(start - before, start)) span.person = { start: start - before, end: start };
      else span.person = nameBeforeBracket(ctx, m.index, m.index + m[0].length + note);
    }
    ctx.claims.claim(start, end);
    placeBeforeLevel(ctx, start);
    if (span.person) {
      ctx.add(span.person.start, span.person.end, 'Person');
      // 副主任孙志政、赵田崑: the title is each listed name's.
      span.listed = namesListedAfter(ctx, span.person.end);
    }
    spans.push(span);
  }
  findCollectiveLists(ctx);
  findNamesBeforeCollective(ctx);
  return spans;
}

/** Whether the characters before `at` and the title's first character are a place (深圳 + 市, 东莞|市 + 长). */
function completesPlaceBefore(text: string, at: number, title: string): boolean {
  const { places } = lexicons();
  for (let len = 2; len <= MAX_PLACE_BEFORE_TITLE && len <= at; len++) if (places.has(text.slice(at - len, at) + title[0])) return true;
  return false;
}

let actionWords: RegExp | undefined;

/** A firm's words up to its legal form right after a title, none of them a word of what people do (包钢|会见|…有限公司 is a mayor's name and act). */
function firmNameAfter(rest: string): boolean {
  const run = pattern('firm-name-after-title').exec(rest);
  actionWords ??= new RegExp(alternation(Object.values(lexicons().triggers).flat()));
  return !!run && !actionWords.test(run[0]);
}

/** The longest place form looked for before a title that may be a place's last character and a firm's first (深圳市长盈). */
const MAX_PLACE_BEFORE_TITLE = 4;

/** 区领导蒋必海、关晓卫、崔步银等参加: names listed after a collective head. */
function findCollectiveLists(ctx: SentenceContext): void {
  const text = ctx.sentence.text, base = ctx.sentence.start;
  const re = collectiveHeads();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = base + m.index + m[0].length;
    if (!ctx.claims.free(base + m.index, end)) continue;
    const first = listedName(text, m.index + m[0].length);
    if (!first) continue;
    ctx.claims.claim(base + m.index, end);
    ctx.add(end, end + first, 'Person');
    namesListedAfter(ctx, end + first);
  }
}

/**
 * 宋振华、孙春荣、鲁潜等市级领导参加: names listed before 等 and a word for a
 * group of officials are people, when every item of the list is a name.
 */
function findNamesBeforeCollective(ctx: SentenceContext): void {
  const text = ctx.sentence.text, base = ctx.sentence.start;
  for (const m of text.matchAll(pattern('before-collective', 'g'))) {
    const items: Array<{ start: number; end: number }> = [];
    let end = m.index!;
    for (;;) {
      const start = Math.max(text.lastIndexOf('、', end - 1) + 1, clauseStart(text, end));
      if (listedName(text, start) !== end - start) return;
      items.unshift({ start, end });
      if (text[start - 1] !== '、') break;
      end = start - 1;
    }
    for (const it of items) if (ctx.claims.free(base + it.start, base + it.end)) ctx.add(base + it.start, base + it.end, 'Person');
  }
}

/** Where the clause holding `at` starts in `text`. */
function clauseStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !pattern('clause-end').test(text[i - 1])) i--;
  return i;
}

/** The names of a 、 list that continues after a name ending at `end`; each becomes a Person. */
function namesListedAfter(ctx: SentenceContext, end: number): Array<{ start: number; end: number }> {
  const text = ctx.sentence.text, base = ctx.sentence.start;
  const out: Array<{ start: number; end: number }> = [];
  let at = end - base;
  while (text[at] === '、') {
    const len = listedName(text, at + 1);
    if (!len || !ctx.claims.free(base + at + 1, base + at + 1 + len)) break;
    const m = ctx.add(base + at + 1, base + at + 1 + len, 'Person');
    if (!m) break;
    out.push({ start: m.start, end: m.end });
    at += 1 + len;
  }
  return out;
}

/** A name in a list: surname and one to two characters, followed by a list separator, 等 or a verb of the genre. */
function listedName(text: string, at: number): number {
  const surname = surnameLength(text, at);
  if (!surname) return 0;
  // 解以刚、宋磊: a full name between separators may hold a character that is mostly a preposition.
  if (pattern('after-listed-name').test(text.slice(at + surname + 2)) && HAN.test(text[at + surname] ?? '') && HAN.test(text[at + surname + 1] ?? '') && !notInName(text[at + surname + 1])) return surname + 2;
  for (const len of [surname + 2, surname + 1]) {
    const name = text.slice(at, at + len);
    if (name.length !== len || ![...name].every((c) => HAN.test(c) && !notInName(c))) continue;
    if (nameMayEndAt(text, at + len)) return len;
  }
  return 0;
}

/** A name of two or three characters right before a title and after a delimiter: 仇建平董事长. */
/**
 * 李明（宁德时代新能源科技股份有限公司副董事长）: a title that closes a
 * bracket opened right after a name, with no clause break inside, is that name's.
 */
function nameBeforeBracket(ctx: SentenceContext, titleAt: number, titleEnd: number): { start: number; end: number } | undefined {
  const text = ctx.sentence.text, base = ctx.sentence.start;
  if (!pattern('bracket-closes').test(text.slice(titleEnd))) return undefined;
  const open = Math.max(text.lastIndexOf('（', titleAt), text.lastIndexOf('(', titleAt));
  if (open < 0 || titleAt - open > BRACKETED_TITLE_REACH || pattern('hard-break').test(text.slice(open, titleAt))) return undefined;
  const length = nameBefore(text, open, true);
  return length && ctx.claims.free(base + open - length, base + open) ? { start: base + open - length, end: base + open } : undefined;
}

/** The longest body and title a bracket after a name holds (（宁德时代新能源科技股份有限公司副董事长）). */
const BRACKETED_TITLE_REACH = 40;

/**
 * Length of the name (3 or 2 characters) that ends at `titleAt`, or 0. What
 * stands before it must be able to precede a name, unless a bracket right
 * after it marks where it ends (陪同的有|李明（…）).
 */
function nameBefore(text: string, titleAt: number, bracketed = false): number {
  for (const len of [3, 2]) {
    const at = titleAt - len;
    if (at < 0) continue;
    if (!bracketed && at > 0 && !pattern('before-known-name').test(text.slice(0, at))) continue;
    // 成都市委常委: a place before an organ's title is its body, not a name.
    if (nameLength(text, at) === len && !lexicons().places.has(text.slice(at, titleAt))) return len;
  }
  return 0;
}

/** Later mentions of names already known in the document. */
export function findKnownNames(ctx: SentenceContext, names: PhraseIndex): void {
  for (const m of names.matches(ctx.sentence.text)) {
    // 施耐德|电气公司: a name again right before a firm's words and legal form opens the firm's name (not 陈文山|介绍了集团…).
    const rest = ctx.sentence.text.slice(m.index + m.phrase.length);
    if (firmNameAfter(rest) && !leadingVerbsLength(rest)) continue;
    const start = ctx.sentence.start + m.index;
    ctx.add(start, start + m.phrase.length, 'Person');
  }
}

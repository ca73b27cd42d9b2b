// Enumerations: 甲、乙、丙等N家企业 / 等重点项目 / 等相关部门. Each item is a
// name; its type comes from its own head word, else from the list's head
// noun, else (a family such as 一汽解放、一汽奔腾、一汽大众) Company.
import { alternation, lexicons } from '../lexicons';
import type { SentenceContext } from './context';
import { companyLedItem, extendLeft, PROJECT_NAME_RULES, withoutInvestor, type ExtendRules } from './extend';
import { namesSomething } from '../segment';
import { afterLeadingZone, projectFramed } from './suffixed';
import { pattern } from '../patterns';
import type { EntityType } from '../../schema/ontology';
import { legalFormEnds } from '../heads';

const ITEM_SEPARATOR = '、';
const MAX_ITEM = 45;
const ITEM_RULES: ExtendRules = { maxLength: MAX_ITEM, allowDigits: false };
const PROJECT_ITEM_RULES: ExtendRules = { ...PROJECT_NAME_RULES, maxLength: MAX_ITEM };
const NONE: ReadonlySet<string> = new Set();

export interface ListItem { start: number; end: number }

/** The items of an enumeration that ends at `end` (the position of 等 or of the clause end). */
function listItemsBefore(ctx: SentenceContext, end: number, ofProjects: boolean): ListItem[] {
  const rules = ofProjects ? PROJECT_ITEM_RULES : ITEM_RULES;
  const inside = ofProjects ? lexicons().wordsInsideProjects : NONE;
  const base = ctx.sentence.start;
  const items: ListItem[] = [];
  let itemEnd = end;
  // A list may open its sentence (、国家电投、…): lastIndexOf from before the start would find index 0 again.
  while (itemEnd > base) {
    itemEnd = beforeBracketedAmount(ctx, itemEnd);
    const sep = ctx.sentence.text.lastIndexOf(ITEM_SEPARATOR, itemEnd - base - 1);
    const hardStop = lastHardStop(ctx.sentence.text, itemEnd - base - 1);
    if (sep < 0 || sep < hardStop || itemEnd - (base + sep + 1) > MAX_ITEM) {
      // 此外签约的还有|年产2万吨乙二醇和丙二醇生产线项目、…: a project list's first item starts at the words that open the list.
      let start = companyLedItem(ctx, itemEnd) ?? (ofProjects ? openedAt(ctx, hardStop + 1, itemEnd) : undefined);
      if (start === undefined) {
        start = extendLeft(ctx, itemEnd, rules);
        if (ofProjects) start = afterProjectFrame(ctx, start, itemEnd);
      }
      if (start < itemEnd) items.unshift(withoutInvestor(ctx, start, itemEnd));
      break;
    }
    const start = base + sep + 1;
    const funded = withoutInvestor(ctx, start, itemEnd);
    // 杨朝俊代表楚雄市人民政府、…: a word no name holds opens the list's first item (an investor before its project does not).
    const opened = funded.start > start ? funded.start : afterLastNonNameWord(ctx, start, itemEnd, inside);
    if (opened < itemEnd) items.unshift({ start: opened, end: itemEnd });
    if (opened > start && funded.start === start) break;
    itemEnd = base + sep;
  }
  return items;
}

/** 甲项目（总投资15亿元）|、: where an item ends that an amount in brackets closes, else `end`. */
function beforeBracketedAmount(ctx: SentenceContext, end: number): number {
  const base = ctx.sentence.start;
  const m = pattern('bracketed-amount-after-item').exec(ctx.sentence.text.slice(Math.max(0, end - base - MAX_ITEM), end - base));
  return m ? end - m[0].length : end;
}

/** Where a list's first item starts after the words that open the list (其中, 包括, 的还有) in [from, end) of the sentence, if they are there. */
function openedAt(ctx: SentenceContext, from: number, end: number): number | undefined {
  const text = ctx.sentence.text.slice(from, end - ctx.sentence.start);
  let at: number | undefined;
  for (const m of text.matchAll(pattern('list-opening-words', 'g'))) at = ctx.sentence.start + from + m.index! + m[0].length;
  return at !== undefined && at < end && ctx.starts.has(at) ? at : undefined;
}

let frameWords: RegExp | undefined;

/** 该公司在汉寿投资|西洞庭湿地生态旅游开发、…等项目: a project list's first item starts after the last word that frames it (投资, 引进, 建设 …). */
function afterProjectFrame(ctx: SentenceContext, start: number, end: number): number {
  frameWords ??= new RegExp(`(?:${alternation(lexicons().projectFrameBefore)})`, 'g');
  let cut = start;
  for (const m of ctx.slice(start, end).matchAll(frameWords)) if (start + m.index! + m[0].length < end) cut = start + m.index! + m[0].length;
  return cut;
}

/** The end of the last word in [start, end) that no name holds (a stop word other than those allowed inside), else start. */
function afterLastNonNameWord(ctx: SentenceContext, start: number, end: number, inside: ReadonlySet<string>): number {
  const { stopwords } = lexicons();
  const tokens = ctx.tokens.filter((t) => t.start >= start && t.end <= end);
  let at = start;
  for (const [k, t] of tokens.entries()) {
    if (!stopwords.has(t.text) || inside.has(t.text)) continue;
    // 淮安恒大运河梦|都: a one-character stop word after a one-character word is part of a name the segmenter split;
    // after a whole word (市政府|与|澜石…) it ends what comes before.
    if (t.text.length === 1 && tokens[k - 1]?.text.length === 1) continue;
    at = t.end;
  }
  return at;
}


function lastHardStop(text: string, before: number): number {
  let i = before;
  while (i >= 0 && !/[，,。；;：:！!？?]/.test(text[i])) i--;
  return i;
}

export function findListItems(ctx: SentenceContext, typeOfHead: (name: string) => EntityType | undefined): void {
  const text = ctx.sentence.text;
  findOpenProjectList(ctx);
  if (!pattern('list-cue').test(text)) return;
  for (const m of [...text.matchAll(pattern('list-end', 'g')), ...text.matchAll(pattern('counted-list-end', 'g'))]) {
    const at = ctx.sentence.start + m.index!;
    // 开工的项目包括A、B、C等: a list the sentence opens as its projects is of projects, whatever closes it.
    const opened = pattern('project-list-opening').exec(text.slice(0, m.index));
    const listType = m[1] ? lexicons().listHeadTypes.get(m[1]) ?? '' : opened ? 'Project' : '';
    const project = listType === 'Project';
    // 甲市政府、乙管委会与10家企业签约: the count closes another list than the names before 与.
    if (pattern('joined-before').test(text.slice(0, m.index))) continue;
    const items = listItemsBefore(ctx, at, project);
    if (items.length < 2) continue;
    // 精细化工、绿色食品等多个领域: industries; no pass may read them as names.
    if (listType === 'sector') { for (const it of items) if (ctx.claims.free(it.start, it.end)) ctx.claims.claim(it.start, it.end); continue; }
    const names = items.map((it) => ctx.slice(it.start, it.end));
    // 投资A、B、C等项目: in a project frame the items need no proper name.
    if (listType === 'Project' && !mostlyNamed(names) && !projectFramed(ctx, items[0].start)) continue;
    const family = sharedPrefix(names);
    for (const it of project ? items.flatMap((item) => splitJoined(ctx, item)) : items) {
      if (!ctx.claims.free(it.start, it.end)) continue;
      const name = ctx.slice(it.start, it.end);
      // 南昌、九江、赣州等地先后成立了江西商会: a place listed is a place, whatever head the list ends near.
      if (lexicons().places.has(name)) continue;
      const own = typeOfHead(name);
      // 新能源、汽车零部件等多个产业领域的企业: industries, not companies.
      if (!own && listType === 'Company' && !namesSomething(name)) continue;
      // 引进甲锂业有限公司、乙玻璃有限公司等一批重大项目: a firm's legal name stays a firm in a list of projects.
      const firm = own === 'Company' && legalFormEnds(name).includes(name.length);
      const type = listType === 'Project' && !firm ? 'Project' : own ?? (listType || (family ? 'Company' : undefined));
      // 到德江投资甲项目、乙项目: the site before the first project is no part of its name.
      const start = type === 'Project' ? afterLeadingZone(ctx, it.start, it.end - 1) : it.start;
      if (type && name.length >= 2 && !isBareHead(name)) ctx.add(start, it.end, type);
    }
  }
}

/**
 * 淮安健康科技城及智能制造产业园: an item of a project list that joins two
 * names, each ending as a project or a park does, is two projects.
 */
function splitJoined(ctx: SentenceContext, item: ListItem): ListItem[] {
  const text = ctx.slice(item.start, item.end);
  const join = pattern('joins-two-projects').exec(text);
  if (!join) return [item];
  const first = text.slice(0, join.index), second = text.slice(join.index + join[0].length);
  const { facilityHeads, projectWords, zoneWords } = lexicons();
  const heads = [...facilityHeads, ...projectWords, ...zoneWords];
  const named = (part: string) => part.length >= MIN_JOINED_PART && heads.some((h) => part.endsWith(h) && part.length > h.length);
  if (!named(first) || !named(second)) return [item];
  return [{ start: item.start, end: item.start + join.index }, { start: item.start + join.index + join[0].length, end: item.end }];
}

/** The shortest name on either side of a joined item (智能制造产业园 yes, 园区 no). */
const MIN_JOINED_PART = 4;

/**
 * 签约的5个项目分别是：甲项目、乙项目、丙产业园项目。 A list of projects the
 * sentence opens and runs to its end, without 等: each item ending in a
 * project's head is a project, named or descriptive.
 */
function findOpenProjectList(ctx: SentenceContext): void {
  const text = ctx.sentence.text;
  const opening = pattern('open-project-list').exec(text);
  if (!opening) return;
  const from = opening.index + opening[0].length;
  const close = text.slice(from).search(/[。；;！!？?]|$/);
  const end = ctx.sentence.start + from + close;
  const items = listItemsBefore(ctx, end, true).filter((it) => it.start >= ctx.sentence.start + from);
  if (items.length < 2 || pattern('list-end').test(text.slice(from, from + close))) return;
  const { projectWords } = lexicons();
  for (const it of items) {
    const name = ctx.slice(it.start, it.end);
    if (projectWords.some((w) => name.endsWith(w)) && name.length > 4 && !pattern('generic-project').test(name) && ctx.claims.free(it.start, it.end)) ctx.add(it.start, it.end, 'Project');
  }
}

/**
 * 公园、绿地、流域治理等生态项目 lists kinds of work, not projects: most items
 * must contain a name, or every item be a project by its own head
 * (绿色建材产业园项目、冷链仓储中心项目等8个项目).
 */
function mostlyNamed(names: string[]): boolean {
  const { projectWords } = lexicons();
  if (names.every((n) => projectWords.some((w) => n.endsWith(w) && n.length >= w.length + 3))) return true;
  return names.filter((n) => namesSomething(n.replace(pattern('project-word-ending'), ''))).length * 2 > names.length;
}

/** Whether the names share a first word of two characters or more (a family of subsidiaries). */
function sharedPrefix(names: string[]): boolean {
  if (names.length < 3) return false;
  const p = names[0].slice(0, 2);
  return names.every((n) => n.startsWith(p) && n.length > 2);
}

/** An item that is only a head word (有限公司, 商务局 aside) names nothing. */
function isBareHead(name: string): boolean {
  const lex = lexicons();
  return lex.companySuffixes.includes(name) || lex.organizationSuffixes.includes(name);
}

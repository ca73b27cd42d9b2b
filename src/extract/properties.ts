// Entity properties stated in the text: a project's investment (as written
// and in yuan) and status, an event's date.
import type { Candidate, DocView, Located, Span } from './view';
import { alternation, lexicons } from './lexicons';
import { pattern } from './patterns';
import { simplifiedName, type DocEntity } from './entities';

/**
 * Whether text after a project still speaks of it (X项目，该项目占地104亩，计划总投资5.6亿元):
 * one clause group, or the fields of its record (；建设单位：乙公司；投资额：).
 */
export const speaksOfProject = (text: string) => !text.includes('。') && [...text.matchAll(/[；;]/g)].every((m) => pattern('field-label-after').test(text.slice(m.index)));

export function addProperties(view: DocView, date?: string): void {
  const year = date?.slice(0, 4);
  for (let i = 0; i < view.contexts.length; i++) {
    for (const p of view.of(i, ['Project'])) investmentOf(view, i, p); // 该项目…总投资约6亿元 too
  }
  projectStatuses(view);
  eventDates(view, date, year);
}

/**
 * A project's stated investment: the last amount before its name in the
 * same clause that leads into it with 的, else the first after it in the
 * sentence before any other project. Foreign currency is kept as written
 * and not converted (no investment_yuan).
 */
function investmentOf(view: DocView, i: number, p: Located): void {
  const props = p.entity.props;
  if (props.investment) return;
  const projects = view.of(i, ['Project']);
  const previous = projects.filter((q) => q.end <= p.start).pop()?.end ?? -Infinity;
  const next = projects.find((q) => q.start >= p.end)?.start ?? Infinity;
  // 甲项目、乙项目相继开工，总投资150亿元: after the last item of a list, an amount is the list's.
  const lastOfList = pattern('between-listed').test(view.slice(i, previous, p.start));
  const amounts = view.find(i, pattern('amount'));
  // 项目总投资12亿元，建设甲基地: the amount of a project its clause has not named yet.
  const unnamed = (a: Span) => pattern('amount-clause-leads-into-name').test(view.slice(i, a.end, p.start)) && previous < view.clause(i, a.start).start;
  const own = amounts.filter((a) => a.start >= previous && a.end <= p.start && (pattern('amount-leads-into-name').test(view.slice(i, a.end, p.start)) || unnamed(a))).pop()
    ?? amounts.find((a) => !lastOfList && a.start >= p.end && a.end <= next && speaksOfProject(view.slice(i, p.end, a.end)) && !pattern('list-total-before').test(view.slice(i, p.end, a.start))
      // …七期项目，乙公司投资35亿元: another investor's amount, in its own clause (not 由乙公司投资45亿元建设, 由乙公司投资建设，计划总投资8亿元,
      // nor the investor's field of the project's record: ；投资方：乙公司；投资额：50亿元).
      && !view.of(i, ['Company', 'Organization'], p.end, a.start).some((c) => !/[，,]/.test(view.slice(i, c.end, a.start)) && !pattern('investor-after-project').test(view.slice(i, p.end, c.start)) && !pattern('investor-field-before').test(view.slice(i, p.end, c.start))));
  if (own) setInvestment(props, own.text);
}

/** The first amount invested in a text (投资6.2亿元): as written (6.2亿元), and in yuan unless it is in a foreign currency. */
export function amountInvested(text: string): { written: string; yuan?: number } | undefined {
  const m = pattern('amount').exec(text);
  if (!m) return undefined;
  const [, number, unit = '', currencyAfterUnit, currency] = m;
  const money = currencyAfterUnit ?? currency ?? '';
  const { units, yuan } = lexicons().quantities;
  return { written: `${number}${unit}${money}`, yuan: !money || yuan.has(money) ? Math.round(numberValue(number) * (units.get(unit) ?? 1)) : undefined };
}

/** 5.6, or a number in Chinese digits: 百 = 100, 二十 = 20, 一百五十 = 150. */
function numberValue(text: string): number {
  if (/^[\d.]+$/.test(text)) return parseFloat(text);
  const { digits, multipliers } = lexicons().quantities;
  let total = 0, digit = 0;
  for (const c of text) {
    const m = multipliers.get(c);
    if (m === undefined) { digit = digits.get(c) ?? 0; continue; }
    total += (digit || 1) * m;
    digit = 0;
  }
  return total + digit;
}

/** A project's investment from the first amount invested in `text`. */
export function setInvestment(props: Record<string, unknown>, text: string): void {
  const amount = amountInvested(text);
  if (!amount) return;
  props.investment = amount.written;
  if (amount.yuan !== undefined) props.investment_yuan = amount.yuan;
}

let statusRegex: RegExp | undefined;
const statusWords = () => (statusRegex ??= new RegExp(alternation(lexicons().projectStatus.keys())));

/** How far before a status word what makes it a status to come may begin (计划分两期|建成). */
const TO_COME_REACH = 5;

/**
 * A project's status: the first status word after it in its sentence
 * (A、B等项目签约落地), else the last before it (签约的5个项目分别是A、B), else
 * the one status of the document's own events (集中开工仪式).
 */
function projectStatuses(view: DocView): void {
  const statusOf = lexicons().projectStatus;
  // Each sentence's status words, once: 建成后可年产…, 推动项目早投产: a status to come or a condition is not the project's status.
  const stated = view.contexts.map((_, i) => view.find(i, statusWords()).filter((w) => !pattern('status-to-come-before').test(view.slice(i, w.start - TO_COME_REACH, w.start)) && !pattern('status-to-come-after').test(view.slice(i, w.end, w.end + 2))));
  for (let i = 0; i < view.contexts.length; i++) {
    const words = stated[i];
    for (const p of view.of(i, ['Project'])) {
      if (p.entity.props.status) continue;
      // 甲项目…；落户三河镇的乙项目: a status word after a semicolon is the next clause's.
      // 落户经开区的乙项目: a landing word before the project says where it is, not how far it has come.
      // 该项目…于2025年5月开工: a project referred to (该项目) takes the status said after it only.
      const word = words.find((w) => w.start >= p.end && !pattern('clause-group-end').test(view.slice(i, p.end, w.start)))
        ?? (p.reference ? undefined : words.filter((w) => w.end <= p.start && !(lexicons().triggers.land.includes(w.text) && pattern('possessive').test(view.slice(i, p.start - 1, p.start)))).pop());
      if (word) p.entity.props.status = statusOf.get(word.text)!;
    }
  }
  /** The projects sentence i names itself, still without a status, take the last status said in sentence `from`. */
  const fromSentence = (i: number, from: number | undefined) => {
    const word = from === undefined ? undefined : stated[from].at(-1);
    if (word) for (const p of view.of(i, ['Project'])) if (!p.reference && !p.entity.props.status) p.entity.props.status = statusOf.get(word.text)!;
  };
  // 甲与乙签署投资协议。其中，乙将投资建设丙项目: a sentence going on with the one before has its status.
  for (let i = 1; i < view.contexts.length; i++) if (pattern('enumeration-continues').test(view.text(i))) fromSentence(i, i - 1);
  // 集中开工项目具体如下：1.甲项目… : a numbered item's project has the status its list opens with
  // (not one to come: （二）甲项目。…建成后可年产…。（三）乙项目, the sentence before the item being the last one's).
  for (let i = 0; i < view.contexts.length; i++) fromSentence(i, view.listOpening(i));
  const eventStatuses = new Set(view.entities.filter((e) => e.type === 'Event').flatMap((e) => {
    // The name as the text writes it may be traditional (集中開工儀式); the mention is the simplified form the lexicon knows.
    const word = statusWords().exec(simplifiedName(e))?.[0];
    return word ? [statusOf.get(word)!] : [];
  }));
  // 濉溪县重点项目集中开工 with no event named: the article's own collective status.
  const collective = view.collectiveStatus;
  const [status] = eventStatuses.size === 1 ? eventStatuses : !eventStatuses.size && collective ? [statusOf.get(collective)!] : [];
  if (!status) return;
  for (const p of view.entities) if (p.type === 'Project' && !p.props.status) p.props.status = status;
}

/**
 * An event's date: the date nearest before one of its names in that
 * sentence, else the first after it there (a date inside the name, as in
 * 2023年12月份…签约仪式, does not count); failing every sentence that names
 * it, the last date stated before its first mention, else the article's own
 * date. 昨日 and 今日 count from the article's date; a date without a year
 * takes the article's year, else the first year the document states.
 */
function eventDates(view: DocView, date: string | undefined, year: string | undefined): void {
  year ??= pattern('year-stated').exec(view.contexts.map((_, i) => view.text(i)).join(''))?.[1];
  const dates = view.contexts.map((_, i) => [...view.text(i).matchAll(pattern('day', 'g'))].map((m) => ({ at: view.base(i) + m.index!, end: view.base(i) + m.index! + m[0].length, iso: isoOf(m, date, year) })).filter((d) => d.iso));
  const first = new Map<DocEntity, number>();
  for (let i = 0; i < view.contexts.length; i++) {
    for (const e of view.of(i, ['Event'])) {
      if (!first.has(e.entity)) first.set(e.entity, i);
      if (e.entity.props.date) continue;
      const outside = dates[i].filter((d) => d.end <= e.start || d.at >= e.end);
      const found = outside.filter((d) => d.end <= e.start).pop() ?? outside.find((d) => d.at >= e.end);
      if (found) e.entity.props.date = found.iso!;
    }
  }
  for (const [event, i] of first) {
    const iso = event.props.date ? undefined : dates.slice(0, i).flat().pop()?.iso ?? date;
    if (iso) event.props.date = iso;
  }
}

/** Months after the article's date a year-less date may still lie (将于12月10日举行); further on, it was last year's. */
const MONTHS_AHEAD = 2;

function isoOf(m: RegExpMatchArray, date: string | undefined, year: string | undefined): string | undefined {
  if (m[4]) return date ? shiftDays(date, lexicons().quantities.relativeDays.get(m[4])!) : undefined;
  if (m[5]) return date ? dayOfMonthBefore(date, Number(m[5])) : undefined;
  // 12月28日 in an article of 3 January: the December before.
  const lastYear = !m[1] && date && year === date.slice(0, 4) && Number(m[2]) > Number(date.slice(5, 7)) + MONTHS_AHEAD;
  const y = m[1] ?? (lastYear ? String(Number(year) - 1) : year);
  if (!y) return m[3] ? `--${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : undefined;
  return m[3] ? `${y}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : `${y}-${m[2].padStart(2, '0')}`;
}

/** 5日 in an article of 20 May is 5 May; 28日 in an article of 3 June is 28 May (the day is past, never to come). */
function dayOfMonthBefore(iso: string, day: number): string | undefined {
  const d = new Date(`${iso}T00:00:00Z`);
  if (day > d.getUTCDate()) d.setUTCDate(0); // the last day of the month before
  if (day > d.getUTCDate()) return undefined;
  d.setUTCDate(day);
  return d.toISOString().slice(0, 10);
}

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A project's status in this article on its LOCATED_IN: the node merges its
 * articles' statuses into one, the relationships keep each (signed in one
 * article, started in a later one), for the investment view to count each once.
 */
export function statusesWhereProjectsAre(candidates: Candidate[]): void {
  for (const c of candidates) {
    const status = c.type === 'LOCATED_IN' && c.source.type === 'Project' ? c.source.props.status : undefined;
    if (status) c.props = { ...c.props, status: String(status) };
  }
}

/**
 * The trip a visit or a meeting was made on (a leader's two trips in one
 * article stay apart): VISITED and MET_WITH by a trip's leader or member in
 * the sentences of its frame carry the trip, as its entity id here and its
 * node key once resolved.
 */
export function tripsOfVisitsAndMeetings(view: DocView): void {
  const members = new Map<DocEntity, Set<DocEntity>>();
  for (const c of view.candidates) {
    if (c.type === 'LED' || c.type === 'ATTENDED') members.set(c.target, (members.get(c.target) ?? new Set()).add(c.source));
  }
  for (const c of view.candidates) {
    if (c.type !== 'VISITED' && c.type !== 'MET_WITH') continue;
    const trip = view.tripAt(c.sentence);
    const on = trip && members.get(trip.entity);
    if (on && (on.has(c.source) || on.has(c.target))) c.props = { ...c.props, trip: trip.entity.id };
  }
}

// What relation rules see of a document: its sentences with the entity each
// mention (or reference such as 我区, 该集团) stands for, the frames that span
// sentences (trips, the event under way, the document's own area), and the
// relations collected so far.
import type { SentenceContext } from './mentions/context';
import type { TitleSpan } from './mentions/persons';
import type { Mention } from './mentions/mention';
import { ownPlace, placeLevel, simplifiedName, type DocEntity } from './entities';
import { allowsRelation } from '../schema/ontology';
import { alternation, lexicons } from './lexicons';
import { PipelineError, type Declared } from './pipeline';
import { pattern } from './patterns';
import { leadingPlaces } from './forms';
import type { EntityType, RelationType } from '../schema/ontology';

export interface Located { start: number; end: number; entity: DocEntity; reference?: boolean; nested?: boolean }

/** A trip frame: from the sentence that opens it to the end of the document or the next trip. */
export interface Trip { entity: DocEntity; leaders: DocEntity[]; destinations: DocEntity[]; sentence: number; visiting: boolean }

export interface Candidate {
  type: RelationType;
  source: DocEntity;
  target: DocEntity;
  sentence: number;
  props?: Record<string, string>;
}

export interface Span { start: number; end: number; text: string }

export class DocView {
  readonly located: Located[][];
  readonly candidates: Candidate[] = [];
  private readonly tripFrames: Trip[] = [];
  private readonly seen = new Map<string, Candidate>();
  private homeArea?: DocEntity | null;
  /** The rule running now, held to what it declared. */
  private running?: Declared;

  constructor(
    readonly contexts: SentenceContext[],
    readonly titles: TitleSpan[][],
    readonly entities: DocEntity[],
    readonly mainZone: DocEntity | undefined,
    readonly references: Array<{ sentence: number; start: number; end: number; entity: DocEntity; word: string }>,
    readonly year: string | undefined,
  ) {
    const byMention = new Map<Mention, DocEntity>();
    for (const e of entities) for (const m of e.mentions) byMention.set(m, e);
    this.located = contexts.map((ctx) => ctx.mentions.map((m) => ({ start: m.start, end: m.end, entity: byMention.get(m)!, nested: m.nested })));
    for (const r of references) this.located[r.sentence].push({ start: r.start, end: r.end, entity: r.entity, reference: true });
    for (const l of this.located) l.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  text(i: number): string { return this.contexts[i].sentence.text; }
  base(i: number): number { return this.contexts[i].sentence.start; }

  /** The sentence that opens the numbered list sentence i is an item of (签约项目如下： before 1.…), if it is one. */
  listOpening(i: number): number | undefined {
    let k = i;
    while (k >= 0 && this.contexts[k].sentence.item) k--;
    return k < i && k >= 0 ? k : undefined;
  }

  /** Text of sentence i between absolute offsets, clamped to the sentence. */
  slice(i: number, from: number, to: number): string {
    const base = this.base(i), len = this.text(i).length;
    const clamp = (x: number) => Math.max(0, Math.min(len, x - base));
    return this.text(i).slice(clamp(from), clamp(to));
  }

  /** Mentions in sentence i of the given types, in order, optionally within [from, to); names nested in others only if asked. */
  of(i: number, types: readonly EntityType[], from = -Infinity, to = Infinity, nested = false): Located[] {
    return this.located[i].filter((l) => types.includes(l.entity.type) && l.start >= from && l.end <= to && (nested || !l.nested));
  }

  /** Runs a rule; what it reads or produces without declaring it fails at once. */
  run(rule: Declared & { apply(view: DocView): void }): void {
    this.running = rule;
    try { rule.apply(this); } finally { this.running = undefined; }
  }

  private reads(what: string): void {
    const r = this.running;
    if (r && !r.requires.includes(what) && !r.assigns.includes(what)) throw new PipelineError(`${r.name} reads ${what} but does not declare it in requires`);
  }

  private writes(what: string): void {
    const r = this.running;
    if (r && !r.assigns.includes(what)) throw new PipelineError(`${r.name} produces ${what} but does not declare it in assigns`);
  }

  /** The trips found so far (all of them once the rules have run). */
  get trips(): readonly Trip[] { this.reads('trips'); return this.tripFrames; }

  addTrip(trip: Trip): void { this.writes('trips'); this.tripFrames.push(trip); }

  /** Records a relation if the ontology allows it and it is new; props found later fill what is missing. */
  relate(type: RelationType, source: DocEntity, target: DocEntity, sentence: number, props?: Record<string, string>): void {
    this.writes(type);
    if (source === target || !allowsRelation(type, source.type, target.type)) return;
    const key = `${type}\u0000${source.id}\u0000${target.id}`;
    const known = this.seen.get(key);
    if (known) {
      if (props) known.props = { ...props, ...known.props, ...fullerTitle(known.props, props) };
      return;
    }
    const c: Candidate = { type, source, target, sentence, props };
    this.seen.set(key, c);
    this.candidates.push(c);
  }

  /**
   * The people named as the subject before `at`: the nearest person in the
   * clause if at most `gap` characters separate it from `at`, and the people
   * listed before it (全桂寿、李杰云; 市委书记全桂寿、市长李杰云).
   */
  subjects(i: number, at: number, gap = pattern('between-subject-and-verb')): DocEntity[] {
    const people = this.of(i, ['Person'], -Infinity, at); // the nearest must be in the clause (gap); those listed before it may be in earlier ones
    const out: Located[] = [];
    for (let k = people.length - 1; k >= 0; k--) {
      const p = people[k];
      const between = this.slice(i, p.end, out.length ? out[0].start : at);
      if (out.length ? !LIST_GAP.test(between) && !this.titledAfterComma(i, between, out[0]) : !gap.test(between)) break;
      out.unshift(p);
    }
    return [...new Set(out.map((p) => p.entity))];
  }

  /** 市委书记贺伟华，市委副书记、市长张鸿福率团: people listed with their own titles between commas are one subject. */
  private titledAfterComma(i: number, between: string, next: Located): boolean {
    if (!COMMA_GAP.test(between)) return false;
    const titleStart = next.start - between.length + 1;
    return this.titles[i].some((t) => t.person?.start === next.start) && this.titles[i].some((t) => t.start === titleStart);
  }

  has(type: RelationType, source: DocEntity, target?: DocEntity): boolean {
    this.reads(type);
    return this.candidates.some((c) => c.type === type && c.source === source && (!target || c.target === target));
  }

  /** The latest relationship of a type found in sentence i or before it. */
  latest(type: RelationType, i: number): Candidate | undefined {
    this.reads(type);
    let latest: Candidate | undefined;
    for (const c of this.candidates) if (c.type === type && c.sentence <= i && (!latest || c.sentence >= latest.sentence)) latest = c;
    return latest;
  }

  /** The targets of a source's relationships of one type found so far. */
  targets(type: RelationType, source: DocEntity): DocEntity[] {
    this.reads(type);
    return this.candidates.filter((c) => c.type === type && c.source === source).map((c) => c.target);
  }

  /** The clause (between ，；：) of sentence i around absolute offset `at`. */
  clause(i: number, at: number): { start: number; end: number } {
    const text = this.text(i), base = this.base(i);
    let s = Math.max(0, Math.min(text.length, at - base)), e = s;
    while (s > 0 && !CLAUSE_END.test(text[s - 1])) s--;
    while (e < text.length && !CLAUSE_END.test(text[e]) && text[e] !== '。') e++;
    return { start: base + s, end: base + e };
  }

  /**
   * The words joining the other side of a meeting or signing (与, 同, 跟) in
   * sentence i, not those inside a name (深圳市裕同科技, 张同); one opening a
   * name right after another name joins them (李强|同正泰集团: the name took it).
   */
  withWords(i: number): Span[] {
    const located = this.located[i];
    const gluedOn = (l: Located) => located.some((o) => o.end === l.start);
    const insideName = (w: Span) => located.some((l) => l.start <= w.start && w.end <= l.end && !(l.start === w.start && gluedOn(l)));
    return this.find(i, pattern('with-other-side')).filter((w) => !insideName(w));
  }

  /** Absolute offsets of every match of `re` in sentence i (rules ask for the same triggers again: kept per sentence, so read-only). */
  find(i: number, re: RegExp): readonly Span[] {
    const found = (this.finds[i] ??= new Map());
    let out = found.get(re);
    if (!out) {
      out = [];
      for (const m of this.text(i).matchAll(globalOf(re))) out.push({ start: this.base(i) + m.index!, end: this.base(i) + m.index! + m[0].length, text: m[0] });
      found.set(re, out);
    }
    return out;
  }
  private readonly finds: Array<Map<RegExp, Span[]>> = [];

  /**
   * The status word of an article that opens (headline or first sentence)
   * with its area's projects starting or signing together: 濉溪县重点项目集中开工.
   */
  get collectiveStatus(): string | undefined {
    if (this.collective === undefined) {
      const opening = this.contexts.slice(0, COLLECTIVE_OPENING_SENTENCES).map((_, i) => pattern('collective-status-opening').exec(this.text(i))?.[1]);
      this.collective = opening.find(Boolean) ?? null;
    }
    return this.collective ?? undefined;
  }
  private collective?: string | null;

  /** The trip whose frame covers sentence i. */
  tripAt(i: number): Trip | undefined {
    let found: Trip | undefined;
    for (const t of this.trips) if (t.sentence <= i) found = t;
    return found;
  }

  /** The event sentence i is about: one it names, else the latest named before it. */
  eventAt(i: number): DocEntity | undefined {
    for (let k = i; k >= 0; k--) {
      // 贯彻落实市委经济工作会议精神 cites a meeting; it does not take place here.
      const cited = this.of(k, ['Event']).filter((e) => !pattern('event-cited').test(this.slice(k, e.end, e.end + 4)));
      // 兰洽会期间，白银市举行签约仪式: the fair is when; the ceremony is what happens.
      const held = cited.filter((e) => !pattern('event-as-time').test(this.slice(k, e.end, e.end + 4)));
      const events = held.length ? held : cited;
      if (events.length) return (k === i ? events[0] : events[events.length - 1]).entity;
    }
    // 出席开工仪式 before the article names its ceremony in full: the next event named, when the sentence names
    // that kind of event (主持座谈会 is no 推介会 named later).
    const kinds = this.find(i, eventHeads()).map((h) => h.text);
    if (!kinds.length) return undefined;
    for (let k = i + 1; k < this.contexts.length; k++) {
      const next = this.of(k, ['Event'])[0];
      if (next) return kinds.some((kind) => next.entity.mentions.some((m) => m.text.endsWith(kind))) ? next.entity : undefined;
    }
    return undefined;
  }

  /**
   * The area the article is about: what 我区, 我市, 该县 refer to; else the
   * zone or the most local place of the headline; else the main zone or the
   * most mentioned place.
   */
  get home(): DocEntity | undefined {
    if (this.homeArea === undefined) this.homeArea = findHome(this) ?? null;
    return this.homeArea ?? undefined;
  }
}

/** 市长 in a headline, 市委副书记、市长 in the text: a position keeps its fullest title chain. */
function fullerTitle(known: Record<string, string> | undefined, found: Record<string, string>): Record<string, string> {
  const a = known?.title, b = found.title;
  return a && b && b.length > a.length && b.endsWith(a) ? { title: b } : {};
}

/** Sentences at the top of an article that may say its projects start or sign together (the headline and the first). */
export const COLLECTIVE_OPENING_SENTENCES = 2;

const CLAUSE_END = /[，,；;：:]/;
/** Between two listed people: 、 and perhaps the second one's title (、市长). */
const LIST_GAP = /^、[^，,。；;：:、]{0,12}$/;
/** Between two people each with a title chain: a comma, then the second one's titles. */
const COMMA_GAP = /^[，,][^，,。；;：:]{1,24}$/;
const LEVEL_ORDER = ['town', 'county', 'city', 'province', 'region', 'country'];

function findHome(view: DocView): DocEntity | undefined {
  const lex = lexicons();
  const counts = new Map<DocEntity, number>();
  for (const r of view.references) {
    if (!lex.mainZoneRefs.has(r.word) && !lex.mainPlaceRefs.has(r.word)) continue;
    counts.set(r.entity, (counts.get(r.entity) ?? 0) + 1);
  }
  const referred = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (referred) return referred;
  const headline = view.contexts.length ? view.of(0, ['Zone', 'Place']) : [];
  // 甲市重大项目集中开工 分会场设在乙新区: a zone named as where a venue is set is not what the article is about.
  const zone = headline.find((l) => l.entity.type === 'Zone' && !pattern('venue-set-before').test(view.slice(0, -Infinity, l.start)));
  if (zone) return zone.entity;
  // 宜宾市2024年第三季度重大项目集中签约活动举行: the host named at the head of the headline's event,
  // its zone before the place the zone's name opens with (荆门高新区（掇刀区）…签约仪式: the zone).
  const events = view.contexts.length ? view.of(0, ['Event']) : [];
  const hostZone = events.map((e) => view.of(0, ['Zone'], e.start, e.end, true).find((z) => z.nested && z.start === e.start)).find(Boolean);
  if (hostZone) return hostZone.entity;
  const host = events.map((e) => placeOpening(view, simplifiedName(e.entity))).find(Boolean);
  if (host) return host;
  const places = headline.map((l) => l.entity).sort((a, b) => levelRank(a) - levelRank(b));
  return places[0] ?? view.mainZone ?? ownPlace(view.entities);
}


/** The place entity whose name opens `name` (宜宾 of 宜宾市2024年…活动), if the article names it. */
function placeOpening(view: DocView, name: string): DocEntity | undefined {
  const { places } = lexicons();
  const form = leadingPlaces(name);
  const official = places.get(form) ?? places.get(form.replace(pattern('province-or-city-character-end'), ''));
  if (!official) return undefined;
  return view.entities.find((e) => e.type === 'Place' && [e.name, ...e.aliases].some((n) => (places.get(n) ?? n) === official));
}

function levelRank(e: DocEntity): number {
  const level = placeLevel(e);
  return level ? LEVEL_ORDER.indexOf(level) : LEVEL_ORDER.length;
}

/**
 * Weak: a regex literal inside a function is a new object at every call, and
 * a Map kept each one (370k regexes, 34 MB, after 30k documents).
 */
const globals = new WeakMap<RegExp, RegExp>();

/** The global twin of a rule's regex, compiled once (find runs for every sentence). */
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, 'g')));
  return g;
}

let eventHeadRegex: RegExp | undefined;
/** The head words of event names (仪式, 推介会, 洽谈会 …): a sentence that has one speaks of an event. */
const eventHeads = () => (eventHeadRegex ??= new RegExp(alternation(lexicons().eventWords)));

const triggerRegexes = new Map<string, RegExp>();

/** A regex for a section of triggers.txt (@visit, @meet …), longest word first. */
export function trigger(section: string): RegExp {
  let re = triggerRegexes.get(section);
  if (!re) {
    const words = lexicons().triggers[section];
    if (!words) throw new Error(`lexicons: triggers.txt has no @${section} section`);
    triggerRegexes.set(section, (re = new RegExp(alternation(words))));
  }
  return re;
}

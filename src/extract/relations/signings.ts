// SIGNED_WITH, from the partner to the host. X(分别)与A、B、C…签约/签订/签署:
// where one side is a zone or place it is the host; a host named through its
// own organ (藤县政府, X管委会, 自治区政府) is the place or zone itself. A
// project whose name begins with a company (X公司Y项目) and that is signed in
// the article's own area makes the company a partner of that area.
import { trigger, type DocView, type Located, type Span } from '../view';
import { ownPlace, simplifiedName, type DocEntity } from '../entities';
import { lexicons } from '../lexicons';
import { withoutLeadingPlace } from '../forms';
import type { RelationRule } from './rule';
import { pattern } from '../patterns';
import { endpointTypes } from '../../schema/ontology';

const PARTIES = [...new Set([...endpointTypes('SIGNED_WITH', 'from'), ...endpointTypes('SIGNED_WITH', 'to')])];
/** Hosts: the parties that only receive a signing (a zone, a place). */
const HOSTS = new Set<string>(endpointTypes('SIGNED_WITH', 'to').filter((t) => !endpointTypes('SIGNED_WITH', 'from').includes(t)));
/** Firms: the parties a place right before names where they are from (香港|新世界发展). */
const FIRMS = new Set<string>(['Company', 'Organization']);
/** How far before 与 the host may be named. */
const HOST_REACH = 30;

export const signings: RelationRule = {
  name: 'signings',
  requires: ['MET_WITH', 'HOLDS_POSITION', 'INVESTS_IN'],
  assigns: ['SIGNED_WITH'],
  apply(view) {
    let counted: CountedSigning | undefined;
    for (let i = 0; i < view.contexts.length; i++) {
      counted = signingsIn(view, i) ?? (counted && i - counted.sentence <= LIST_REACH ? counted : undefined);
      if (counted && counted.sentence < i) listedLater(view, i, counted);
      else if (!counted) listedApart(view, i);
    }
  },
};

/** A signing whose partners the sentence only begins to name (与A、B等14家企业签约): the host, for the lists that follow. */
interface CountedSigning { hosts: DocEntity[]; sentence: number }

/** How many sentences after a counted signing its remaining partners may be listed. */
const LIST_REACH = 8;

/**
 * Where the word joining the other side stands in the clause before the
 * signing verb (relative to `from`): 与, 同, 跟; else 和 between two parties
 * named right beside it (甲集团和乙县人民政府就…达成合作意向), which elsewhere joins a list.
 */
function otherSideAt(view: DocView, i: number, from: number, to: number): number {
  const withWord = view.withWords(i).filter((w) => w.start >= from && w.end <= to).pop();
  if (withWord) return withWord.start - from;
  const parties = view.of(i, PARTIES, from, to);
  const joined = parties.findIndex((p, k) => k > 0 && pattern('and-between-parties').test(view.slice(i, parties[k - 1].end, p.start)));
  return joined > 0 ? parties[joined - 1].end - from : -1;
}

function signingsIn(view: DocView, i: number): CountedSigning | undefined {
  let counted: CountedSigning | undefined;
  for (const m of view.find(i, trigger('sign'))) {
    const found = view.find(i, pattern('agreement')).find((a) => a.start >= m.start - 12 && a.start <= m.end + 16);
    const agreement = found && agreementName(view, i, found);
    const clause = view.clause(i, m.start);
    if (!signedInPairs(view, i, clause.start, m.start, agreement)) {
      const withAt = otherSideAt(view, i, clause.start, m.start);
      if (withAt >= 0) counted = signedWithOtherSide(view, i, clause.start + withAt, m.start, agreement) ?? counted;
      else if (!signedAndLanded(view, i, clause.start, m)) bothSides(view, i, clause.start, m.start, agreement);
    }
    signedProjects(view, i, m.start);
  }
  investorsOfSignedProjects(view, i);
  return counted;
}

/** 签订家电产业园项目投资协议: the agreement's name is what follows the project's (投资协议), not its last word 项目 too. */
function agreementName(view: DocView, i: number, a: Span): string | undefined {
  const project = view.of(i, ['Project']).find((p) => p.start < a.start && p.end > a.start);
  return project ? a.text.slice(project.end - a.start) || undefined : a.text;
}

/**
 * 甲区与乙公司、丙公司签约 (与 at `at`): the hosts before 与 sign with the
 * partners after it. A signing whose partners are counted (等14家企业) is
 * returned, for the lists that follow; one whose partners are not named at
 * all (与各企业) is with the investors named before.
 */
function signedWithOtherSide(view: DocView, i: number, at: number, signAt: number, agreement?: string): CountedSigning | undefined {
  // 甲局与乙公司在海口签署…: the place after 在 is where they sign.
  const located = view.of(i, PARTIES, at, signAt).filter((p) => !follows(view, i, pattern('venue-before-party'), p, at));
  // 与贺州市平桂区签订: of places in a row, the last, most local, signs; 与香港|新世界发展签署: a place right
  // before a firm is where the firm is from.
  const named = located.filter((p, k) => !(HOSTS.has(p.entity.type) && located[k + 1]?.start === p.end && (HOSTS.has(located[k + 1].entity.type) || FIRMS.has(located[k + 1].entity.type)))).map((p) => p.entity);
  // 县长甲与乙公司董事长丙代表双方签约: a side named only by its official signs through the body the official holds a post at.
  const partners = named.length ? named : bodiesOfPeople(view, i, at, signAt);
  const before = hostsBefore(view, i, at);
  const hosts = before.length ? before : bodiesOfPeople(view, i, view.clause(i, at).start, at);
  for (const [host, partner] of signingPairs(view, i, hosts, partners, at)) signed(view, partner, host, i, agreement);
  if (!hosts.length || !pattern('counted-partners').test(view.slice(i, at, signAt))) return undefined;
  if (!partners.length) for (const investor of investorsNamedBefore(view, i)) for (const host of hosts) signed(view, investor, host, i, agreement);
  return { hosts, sentence: i };
}

/** The bodies the people named in sentence i between `from` and `to` hold posts at. */
function bodiesOfPeople(view: DocView, i: number, from: number, to: number): DocEntity[] {
  return [...new Set(view.of(i, ['Person'], from, to).flatMap((p) => view.targets('HOLDS_POSITION', p.entity)))];
}

/**
 * 甲开发区与乙公司、丙县与丁公司分别签订投资协议: pairs joined by 与 and
 * listed with 、 before the verb each sign with each other. Whether the
 * clause is such a list of two pairs or more.
 */
function signedInPairs(view: DocView, i: number, from: number, signAt: number, agreement?: string): boolean {
  const pairs: Array<[DocEntity, DocEntity]> = [];
  let at = from;
  for (const segment of view.slice(i, from, signAt).split(pattern('pair-separator'))) {
    const parties = view.of(i, PARTIES, at, at + segment.length);
    const joined = parties.length === 2 && pattern('with-other-side').test(view.slice(i, parties[0].end, parties[1].start));
    if (joined) pairs.push([parties[0].entity, parties[1].entity]);
    at += segment.length + 1;
  }
  if (pairs.length < 2) return false;
  for (const [a, b] of pairs) signed(view, b, a, i, agreement);
  return true;
}

/**
 * 甲公司成功签约落户乙高新区: a firm before the signing word (and those
 * listed with it), which lands right after it, signs with the host it lands in.
 */
function signedAndLanded(view: DocView, i: number, clauseStart: number, sign: Span): boolean {
  const landed = pattern('lands-after-signing').exec(view.slice(i, sign.end, sign.end + 4));
  if (!landed) return false;
  const at = sign.end + landed[0].length;
  const host = view.of(i, PARTIES, at).find((p) => p.start === at && HOSTS.has(p.entity.type));
  // 甲、乙等5家企业签约入驻丙区: each firm listed signs.
  const partners = lastWithListed(view, i, view.of(i, PARTIES, clauseStart, sign.start).filter((p) => !HOSTS.has(p.entity.type)));
  if (!host || !partners.length) return false;
  for (const partner of partners) signed(view, partner.entity, host.entity, i);
  return true;
}

/**
 * 双方签署了…协议: the two sides are the two parties the sentence named
 * before it, a host and a partner (甲高新区成功引进乙公司，双方签订投资协议);
 * else the bodies of the two people who sign for them; else those of the latest meeting (市长会见甲集团董事长一行…会后，双方…), each
 * through the body its person holds a position at.
 */
function bothSides(view: DocView, i: number, clauseStart: number, signAt: number, agreement?: string): void {
  if (!pattern('both-sides').test(view.slice(i, clauseStart, signAt))) return;
  const named = [...new Set(view.of(i, PARTIES, -Infinity, clauseStart).map((p) => p.entity))];
  const hosts = named.filter((e) => HOSTS.has(e.type)), partners = named.filter((e) => !HOSTS.has(e.type));
  if (hosts.length === 1 && partners.length === 1) { signed(view, partners[0], hosts[0], i, agreement); return; }
  // 甲局局长A、乙集团副总裁B代表双方签约: the sides are the bodies of the people signing for them.
  const signers = bodiesOfPeople(view, i, clauseStart, signAt);
  if (signers.length === 2) { signed(view, signers[1], signers[0], i, agreement); return; }
  const meeting = view.latest('MET_WITH', i);
  if (!meeting) return;
  const [host] = view.targets('HOLDS_POSITION', meeting.source);
  const [guest] = view.targets('HOLDS_POSITION', meeting.target);
  if (host && guest && host !== guest) signed(view, guest, host, i, agreement);
}

/**
 * 本次签约项目中，甲公司投资120亿元建设乙项目: the investors of the projects
 * signed sign with the article's own area; so do the companies of the
 * numbered items under 签约项目如下： (1.乙项目，投资方为丙公司; 2.丁公司戊项目).
 */
function investorsOfSignedProjects(view: DocView, i: number): void {
  const home = view.home;
  if (!home) return;
  if (signedListItem(view, i)) {
    // 1.甲公司年产20GWh电池项目: with no investor named apart, the company the project is named after signs.
    const named = view.of(i, ['Company']);
    for (const c of named.length ? named : view.of(i, ['Company'], -Infinity, Infinity, true)) signed(view, c.entity, home, i);
    return;
  }
  // …, or a sentence going on (其中，…) from one about the projects signed.
  const goesOn = i > 0 && pattern('enumeration-continues').test(view.text(i)) && pattern('signed-projects-spoken-of').test(view.text(i - 1));
  if (!pattern('signed-projects-frame').test(view.text(i)) && !goesOn) return;
  for (const c of view.of(i, ['Company'])) {
    if (pattern('investing-verb').test(view.slice(i, c.end, c.end + 6)) && !view.of(i, PARTIES, c.end, c.end + 2).length) signed(view, c.entity, home, i);
  }
  // 签约的项目分别是：甲公司年产20万吨新材料项目；…: the company a signed project is named after signs too.
  const projects = view.of(i, ['Project']);
  for (const c of view.of(i, ['Company'], -Infinity, Infinity, true)) if (c.nested && projects.some((p) => p.start === c.start)) signed(view, c.entity, home, i);
}

/** Whether sentence i is a numbered item of a list that a signing frame opens (签约项目具体如下：). */
function signedListItem(view: DocView, i: number): boolean {
  const opening = view.listOpening(i);
  return opening !== undefined && pattern('signed-projects-frame').test(view.text(opening));
}

/** 其中，科技创新类项目有A、B、C等6家企业: the companies listed after a counted signing are its other partners. */
function listedLater(view: DocView, i: number, counted: CountedSigning): void {
  const companies = view.of(i, ['Company']);
  // A list, not one company named in passing (其中，甲项目由乙公司投资建设).
  if (!pattern('enumeration-continues').test(view.text(i)) || companies.length < 2) return;
  // 其中，安宁市与甲集团签订…；呈贡区与乙公司签订…: a company with a host of its own signed with that one.
  for (const c of companies) if (!view.has('SIGNED_WITH', c.entity)) for (const host of counted.hosts) signed(view, c.entity, host, i);
}

/** 签约企业包括A、B、C等 with no signing counted before: the companies listed signed with the article's area. */
function listedApart(view: DocView, i: number): void {
  const home = view.home;
  if (!home || !pattern('signing-partners-opening').test(view.text(i))) return;
  for (const c of view.of(i, ['Company'])) signed(view, c.entity, home, i);
}

/**
 * 甲公司投资3亿元建设乙项目；…。区长代表区政府与各企业签订了投资协议: partners
 * not named where they sign (各企业, 客商) are the investors the sentences
 * before named, those not yet signed with anyone.
 */
function investorsNamedBefore(view: DocView, i: number): DocEntity[] {
  const out = new Set<DocEntity>();
  for (let k = Math.max(0, i - LIST_REACH); k < i; k++) {
    for (const c of view.of(k, ['Company'])) if (view.targets('INVESTS_IN', c.entity).length && !view.has('SIGNED_WITH', c.entity)) out.add(c.entity);
  }
  return [...out];
}

/**
 * The side before 与: the parties an official represents (代表A、B与…), else
 * the nearest party before it with those listed with it (A、B与Z签约; A分别与…).
 */
function hostsBefore(view: DocView, i: number, withAt: number): DocEntity[] {
  // 在深圳期间，代表团与甲公司签约: the delegation signs for the area it comes from, not the place it is in.
  if (view.home && pattern('delegation-before-with').test(view.slice(i, view.clause(i, withAt).start, withAt))) return [view.home];
  const represent = view.find(i, trigger('represent')).filter((r) => r.end <= withAt && r.start >= withAt - HOST_REACH).pop();
  const represented = represent ? view.of(i, PARTIES, represent.end, withAt) : [];
  if (represented.length) return represented.map((p) => p.entity);
  const before = signersAmong(view, i, view.of(i, PARTIES, withAt - HOST_REACH, withAt));
  // 甲区与乙商会签署…，与丙公司签订 (…投资25亿元；与丙公司签署): a clause that opens with 与 goes on with the sentence's first signer.
  const lastSigner = before.length ? before[before.length - 1].end : view.clause(i, withAt).start;
  if (!pattern('no-clause-break').test(view.slice(i, lastSigner, withAt)) || (!before.length && pattern('clause-opens-with-other-side').test(view.slice(i, lastSigner, withAt)))) {
    const first = view.withWords(i)[0];
    if (first && first.start < withAt) return hostsBefore(view, i, first.start);
  }
  return lastWithListed(view, i, before).map((p) => p.entity);
}

/** The last of some parties with those listed right before it (甲、乙和丙: all three). */
function lastWithListed(view: DocView, i: number, parties: Located[]): Located[] {
  const listed = parties.slice(-1);
  for (let k = parties.length - 2; k >= 0 && pattern('between-coordinated').test(view.slice(i, parties[k].end, listed[0].start)); k--) listed.unshift(parties[k]);
  return listed;
}

/**
 * The parties before 与 that sign: not those that say where the sentence's
 * subject is (甲区在|上海举办推介会，并与…: when only such a place is near 与,
 * the nearest party before it), and for another name in brackets, the name
 * it follows (甲经开区（乙区）与…).
 */
function signersAmong(view: DocView, i: number, parties: Located[]): Located[] {
  const base = view.base(i);
  const earlier = (p: Located) => view.of(i, PARTIES, base, p.start);
  const signers = parties.filter((p) => !follows(view, i, pattern('venue-before-party'), p, base));
  if (!signers.length && parties.length) signers.push(...earlier(parties[0]).slice(-1));
  return [...new Set(signers.map((p) => (follows(view, i, pattern('opening-bracket-before'), p, base) ? earlier(p).at(-1)! : p)))];
}

/** Whether the text from `from` to party p ends as `re` says (在, （) with another party in it: p then says where that one is, or is its other name. */
function follows(view: DocView, i: number, re: RegExp, p: Located, from: number): boolean {
  return re.test(view.slice(i, from, p.start)) && view.of(i, PARTIES, from, p.start).length > 0;
}

/** How far before 与 分别 may stand (甲、乙分别与…, 甲、乙两家单位分别与…). */
const RESPECTIVELY_REACH = 8;

/** 甲、乙分别与丙、丁签约: as many on each side, each signs with its counterpart in order; otherwise every host with every partner. */
function signingPairs(view: DocView, i: number, hosts: DocEntity[], partners: DocEntity[], withAt: number): Array<[DocEntity, DocEntity]> {
  const respectively = view.find(i, trigger('respectively')).some((r) => r.end <= withAt && r.start >= withAt - RESPECTIVELY_REACH);
  if (respectively && hosts.length > 1 && hosts.length === partners.length) return hosts.map((h, k) => [h, partners[k]]);
  return hosts.flatMap((h) => partners.map((p): [DocEntity, DocEntity] => [h, p]));
}

/** The projects of a sentence that are signed (签约 after them), with a company at the head of their name. */
function signedProjects(view: DocView, i: number, signAt: number): void {
  const home = view.home;
  if (!home) return;
  for (const p of view.of(i, ['Project'], -Infinity, signAt)) {
    const company = view.of(i, ['Company'], p.start, p.end, true).find((c) => c.start === p.start);
    if (company) signed(view, company.entity, home, i);
  }
}

function signed(view: DocView, partner: DocEntity, host: DocEntity, i: number, agreement?: string): void {
  const a = hostBehindOrgan(view, partner), b = hostBehindOrgan(view, host);
  const [from, to] = hostRank(a) > hostRank(b) ? [b, a] : [a, b];
  view.relate('SIGNED_WITH', from, to, i, agreement ? { agreement } : undefined);
}

/** How surely a party hosts: a zone or place, then an organ of state (甲公司与某县人民政府签约), then a firm or association. */
function hostRank(party: DocEntity): number {
  return HOSTS.has(party.type) ? 2 : party.type === 'GovernmentBody' ? 1 : 0;
}

let organWords: string[] | undefined;
/** The organs a host signs through (政府, 人民政府, 管委会 …), longest first; not 委 alone, which ends 发改委. */
function hostOrgans(): string[] {
  const { organs } = lexicons();
  return (organWords ??= [...organs.place, ...organs.zone].filter((o) => o.length >= 2).sort((a, b) => b.length - a.length));
}

/** 藤县政府 → 藤县, 郊区政府 → 郊区, 自治区政府 → the region, 经开区管委会 → 经开区. */
function hostBehindOrgan(view: DocView, body: DocEntity): DocEntity {
  if (body.type !== 'GovernmentBody') return body;
  const { organs, places } = lexicons();
  const name = simplifiedName(body); // 自治區政府 → 自治区政府
  const organ = hostOrgans().find((o) => name.endsWith(o));
  if (!organ) return body;
  const owner = name.slice(0, -organ.length);
  if (organs.levels.includes(owner)) return ownPlace(view.entities, owner, true) ?? body;
  // 佛山市南海区人民政府: the organ is the last of the places named in a row.
  const last = withoutLeadingPlace(owner);
  const names = new Set([owner, places.get(owner), ...(places.has(last) ? [last, places.get(last)] : [])]);
  const named = view.entities.find((e) => HOSTS.has(e.type) && (names.has(e.name) || e.aliases.some((a) => names.has(a))));
  if (named) return named;
  // 台商投资区管委会 → 漳州台商投资区: the one zone whose name ends with the organ's owner.
  const zones = owner.length >= 3 ? view.entities.filter((e) => e.type === 'Zone' && e.mentions.some((m) => m.text.endsWith(owner))) : [];
  return zones.length === 1 ? zones[0] : body;
}

// INVESTS_IN: a company whose name opens a project's name (金赛药业 →
// 金赛药业国际产业园项目), or a stated investor: 由X投资建设的Y项目,
// X投资N亿元建设的Y, X的Y项目, Y项目由X投资建设, Y项目的投资方为X.
import type { DocView, Located } from '../view';
import { firstSentence, type DocEntity } from '../entities';
import type { RelationRule } from './rule';
import { pattern } from '../patterns';
import { amountInvested, speaksOfProject, setInvestment } from '../properties';


export const investments: RelationRule = {
  name: 'investments',
  requires: [],
  assigns: ['INVESTS_IN'],
  apply(view) {
    const companies = view.entities.filter((e) => e.type === 'Company');
    for (const project of view.entities.filter((e) => e.type === 'Project')) {
      const forms = [project.name, ...project.aliases];
      for (const c of companies) {
        const names = [c.name, ...c.aliases].filter((n) => n.length >= 2);
        if (names.some((n) => forms.some((f) => f.startsWith(n) && f.length > n.length))) view.relate('INVESTS_IN', c, project, firstSentence(project));
      }
    }
    for (let i = 0; i < view.contexts.length; i++) statedInvestor(view, i);
  },
};

/** Investor and project next to each other, the investor first (由X投资兴建的Y, X投资2亿元建设的Y, X的Y项目) or second (Y项目由X投资建设). */
function statedInvestor(view: DocView, i: number): void {
  const located = view.of(i, ['Company', 'Project']);
  for (const [k, a] of located.entries()) {
    const b = located[k + 1];
    if (!b) continue;
    const between = view.slice(i, a.end, b.start);
    if (a.entity.type === 'Company' && b.entity.type === 'Project') {
      // X的Y项目, or X投资2亿元建设的Y: the whole gap is the phrase, whose amount (if any) the relation carries.
      const possessive = pattern('possessive').test(between);
      const phrase = possessive ? undefined : pattern('invested-by').exec(between);
      if (!possessive && phrase?.[0].length !== between.length) continue;
      invests(view, i, a.entity, b.entity, phrase?.[1] ? `${phrase[1]}${phrase[2] ?? ''}${phrase[3] ?? ''}` : undefined);
      // 甲公司与乙公司合资建设的丙项目: the firm joined to the investor invests too.
      const partner = located[k - 1];
      if (phrase && partner?.entity.type === 'Company' && pattern('joins-names').test(view.slice(i, partner.end, a.start)) && a.start - partner.end === 1) invests(view, i, partner.entity, b.entity);
    } else if (a.entity.type === 'Project' && b.entity.type === 'Company' && pattern('investor-after-project').test(between) && pattern('investing-verb').test(view.slice(i, b.end, b.end + 6))) {
      invests(view, i, b.entity, a.entity);
    }
  }
  // X将在Z投资建设P1、P2: the company invests in the projects it builds in the area.
  const chain = view.of(i, ['Company', 'Project', 'Zone', 'Place']);
  const isArea = (l: Located | undefined) => !!l && ['Zone', 'Place'].includes(l.entity.type);
  for (const [k, c] of chain.entries()) {
    const first = chain[k + 1];
    if (c.entity.type !== 'Company' || !isArea(first) || !pattern('company-in-area').test(view.slice(i, c.end, first.start))) continue;
    // 在广州市天河区投资建设: the areas named in a row are one site; the building verb follows the last.
    let last = k + 1;
    while (isArea(chain[last + 1]) && chain[last + 1].start === chain[last].end) last++;
    const area = chain[last];
    const projects = chain.slice(last + 1).filter((p) => p.entity.type === 'Project');
    if (!projects.length || !pattern('built-there').test(view.slice(i, area.end, projects[0].start))) continue;
    const built = projects.filter((p, n) => n === 0 || pattern('between-listed').test(view.slice(i, projects[n - 1].end, p.start)));
    // 甲集团拟投资18亿元，在Z建设乙项目: the amount stated before the area is the one project's.
    const stated = view.slice(i, c.end, first.start);
    if (built.length === 1 && !built[0].entity.props.investment) setInvestment(built[0].entity.props, stated);
    for (const p of built) invests(view, i, c.entity, p.entity, built.length === 1 ? amountInvested(stated)?.written ?? p.entity.props.investment as string | undefined : undefined);
  }
  // 甲项目总投资25亿元，由乙公司投资建设: the investor named in a later clause of the project's sentence.
  // Not …；由乙公司投资建设的丙项目: there the investor leads into the project after it, in a clause group of its own.
  for (const c of view.of(i, ['Company'])) {
    if (!pattern('by-before').test(view.slice(i, c.start - BY_REACH, c.start)) || !pattern('investing-verb').test(view.slice(i, c.end, c.end + 6))) continue;
    const project = view.of(i, ['Project'], -Infinity, c.start).pop();
    const next = view.of(i, ['Project'], c.end).shift();
    if (next && pattern('possessive').test(view.slice(i, next.start - 1, next.start)) && !pattern('clause-group-end').test(view.slice(i, c.end, next.start))) continue;
    if (project && speaksOfProject(view.slice(i, project.end, c.end))) invests(view, i, c.entity, project.entity);
  }
  clauseInvestor(view, i);
  // Y项目…投资方为X: the investor named after the project it funds.
  for (const m of view.find(i, pattern('investor-named'))) {
    const company = view.of(i, ['Company'], m.end, m.end + 40)[0];
    const project = view.of(i, ['Project'], -Infinity, m.start).pop();
    // …甲项目（…）；丙项目，投资方为乙公司: not a project of an earlier clause group.
    if (company && project && company.start === m.end && speaksOfProject(view.slice(i, project.end, m.end))) invests(view, i, company.entity, project.entity);
  }
}

/** How far before a company its 由 may stand (由|比亚迪旗下|弗迪电池有限公司). */
const BY_REACH = 11;

/** Who may do something in a clause: a new one of these ends the investor's clause. */
const AGENTS = ['Company', 'Person', 'GovernmentBody', 'Organization'] as const;

/**
 * 湘潭电机集团，投资6.2亿元，拟在九华经开区打造P; 甲集团进驻乙区，拟分两期建成P、Q:
 * a company that opens a clause invests in what it then builds, across its
 * commas, until another agent is named.
 */
function clauseInvestor(view: DocView, i: number): void {
  const located = view.of(i, [...AGENTS, 'Project']);
  for (const [k, c] of located.entries()) {
    if (c.entity.type !== 'Company') continue;
    // 甲公司与乙区人民政府签署协议，将…建设丙项目: the host it signs with is no new agent.
    const signing = pattern('signing-clause-after').exec(view.slice(i, c.end, Infinity))?.[0].length ?? 0;
    if (!signing && !opensClause(view, i, c.start, c.end)) continue;
    if (signing && !pattern('investor-subject-before').test(view.slice(i, view.base(i), c.start))) continue;
    let built: Located | undefined;
    const projects: DocEntity[] = [];
    for (const p of located.slice(k + 1).filter((l) => l.start >= c.end + signing)) {
      if (p.entity.type !== 'Project') break;
      if (!pattern('investor-clause').test(view.slice(i, c.end, p.start))) break;
      const before = view.slice(i, (built ?? c).end, p.start);
      if (pattern('building-object-before').test(before) || (built && pattern('between-listed').test(before))) { projects.push(p.entity); built = p; }
    }
    const clause = built ? view.slice(i, c.end, built.start) : '';
    // One project built: the amount the clause invests is that project's (甲集团，投资6.2亿元，拟…打造P); several share it.
    if (projects.length === 1 && !projects[0].props.investment) setInvestment(projects[0].props, clause);
    for (const p of projects) invests(view, i, c.entity, p, projects.length === 1 ? amountInvested(clause)?.written : undefined);
  }
}

function opensClause(view: DocView, i: number, start: number, end: number): boolean {
  const sentenceStart = view.contexts[i].sentence.start;
  return pattern('investor-subject-before').test(view.slice(i, sentenceStart, start)) && pattern('investor-subject-after').test(view.slice(i, end, end + 2));
}

function invests(view: DocView, i: number, company: DocEntity, project: DocEntity, amount = project.props.investment as string | undefined): void {
  view.relate('INVESTS_IN', company, project, i, amount ? { amount } : undefined);
}

// INVESTS_IN: a company whose name opens a project's name (金赛药业 →
// 金赛药业国际产业园项目), or a stated investor: 由X投资建设的Y项目,
// X投资N亿元建设Y, Y项目的投资方为X.
import type { DocView } from '../view';
import { firstSentence } from '../entities';
import type { RelationRule } from './rule';

const BY_INVESTOR = /^由?$/;
const INVESTED = /^(?:投资兴建|投资建设|投资)(?:的)?$/;

export const investments: RelationRule = {
  name: 'investments',
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

/** 由河南恒都夏南牛开发有限公司投资兴建的牛血生物制剂项目. */
function statedInvestor(view: DocView, i: number): void {
  const located = view.of(i, ['Company', 'Project']);
  for (const [k, c] of located.entries()) {
    if (c.entity.type !== 'Company') continue;
    const p = located[k + 1];
    if (!p || p.entity.type !== 'Project') continue;
    const before = view.slice(i, c.start - 1, c.start);
    if (BY_INVESTOR.test(before) && INVESTED.test(view.slice(i, c.end, p.start))) view.relate('INVESTS_IN', c.entity, p.entity, i);
  }
}

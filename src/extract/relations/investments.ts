// INVESTS_IN: a company whose name opens a project's name (金赛药业 →
// 金赛药业国际产业园项目), or X投资建设Y.
import type { DocView } from '../view';
import type { DocEntity } from '../entities';

export function investments(view: DocView): void {
  const companies = view.entities.filter((e) => e.type === 'Company');
  for (const project of view.entities.filter((e) => e.type === 'Project')) {
    const forms = [project.name, ...project.aliases];
    for (const c of companies) {
      const names = [c.name, ...c.aliases].filter((n) => n.length >= 2);
      if (!names.some((n) => forms.some((f) => f.startsWith(n) && f.length > n.length))) continue;
      view.relate('INVESTS_IN', c, project, firstSentence(project));
    }
  }
}

function firstSentence(e: DocEntity): number {
  return e.mentions.reduce((a, m) => Math.min(a, m.sentence), Infinity);
}

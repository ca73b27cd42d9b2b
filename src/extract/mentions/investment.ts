// Projects named after an investment phrase, with or without the word 项目
// (投资26亿元的中国一汽新能源智能网联创新实验基地): the phrase makes even a
// name of common words (新能源汽车产业园项目) a project.
import { pattern } from '../patterns';
import type { SentenceContext } from './context';

export function findInvestedProjects(ctx: SentenceContext): void {
  if (!pattern('investment-word').test(ctx.sentence.text)) return;
  addAfter(ctx, pattern('project-after-amount', 'g'), 4);
  addAfter(ctx, pattern('project-after-investment', 'g'), 1);
}

function addAfter(ctx: SentenceContext, regex: RegExp, group: number): void {
  regex.lastIndex = 0;
  for (let m = regex.exec(ctx.sentence.text); m; m = regex.exec(ctx.sentence.text)) {
    const name = m[group];
    const start = ctx.sentence.start + m.index + m[0].length - name.length;
    const end = start + name.length;
    if (ctx.ends.has(end) && !pattern('count-of-projects').test(name)) ctx.add(start, end, 'Project');
  }
}

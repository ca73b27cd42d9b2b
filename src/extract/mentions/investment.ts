// Projects named after an investment phrase, with or without the word 项目
// (投资26亿元的中国一汽新能源智能网联创新实验基地): the phrase makes even a
// name of common words (新能源汽车产业园项目) a project; and the brand that is
// the subject of an investing verb (亿纬锂能将新建…), a firm.
import { pattern } from '../patterns';
import type { SentenceContext } from './context';
import { lexicons } from '../lexicons';
import { namesSomething, readsAsPhrase } from '../segment';

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

/**
 * 签约项目中，亿纬锂能将新建甲项目: a name with no head word that opens a
 * clause as the subject of an investing verb, in a clause group that names a
 * project, is the investing firm (a brand the segmenter does not know).
 */
export function findInvestingBrands(ctx: SentenceContext): void {
  const text = ctx.sentence.text;
  const projects = ctx.mentions.filter((m) => m.type === 'Project');
  if (!projects.length) return;
  for (const m of text.matchAll(pattern('investing-subject', 'g'))) {
    const name = m[1];
    const start = ctx.sentence.start + m.index! + m[0].indexOf(name), end = start + name.length;
    const groupEnd = text.slice(end - ctx.sentence.start).search(pattern('clause-group-end'));
    const before = groupEnd < 0 ? Infinity : end + groupEnd;
    if (!projects.some((p) => p.start >= end && p.start < before)) continue;
    if (lexicons().places.has(name) || !namesSomething(name) || readsAsPhrase(name) || !ctx.claims.free(start, end) || !ctx.starts.has(start)) continue;
    ctx.add(start, end, 'Company');
  }
}

// Projects named after an investment phrase, with or without the word 项目
// (投资26亿元的中国一汽新能源智能网联创新实验基地): the phrase makes even a
// name of common words (新能源汽车产业园项目) a project.
import { alternation, lexicons } from '../lexicons';
import type { SentenceContext } from './context';

let regex: RegExp | undefined;

export const INVESTMENT = /(?:总)?投资(?:额)?(?:约|近|超|超过|达)?([\d.]+)\s*(亿|万)?(元|美元)/;

/**
 * What stands between an investor and its project: X公司投资2亿元建设的Y项目,
 * 由X投资兴建的Y, X计划投资5000万美元建设Y. The amount, if any, is group 1-3.
 */
export const INVESTED_BY = /^(?:计划|拟|将|共同)?(?:总)?投资(?:([\d.]+)\s*(亿|万)?(元|美元)?)?(?:兴建|建设|打造|新建)?的?/;

/** An amount of investment: 总投资5.6亿元, 投资2亿 (a unit word or a currency, or both); groups: number, unit, currency after a unit, currency alone. */
export const AMOUNT = /(?:总)?投资(?:总)?(?:额)?(?:约|近|超|超过|达|为)?([\d.]+)\s*(?:(亿|万)(元|美元)?|(元|美元))/;

/** Between an area and a project built there: 的, or a verb of building (在Z投资建设P, 落户Z的P). */
export const BUILT_THERE = /^(?:的|(?:计划|拟|将|正在|已)?(?:投资)?(?:建设|兴建|新建|打造|实施|布局|投资)(?:的)?)$/;

// 总投资50亿元的12个项目: a count of projects, not a name.
const COUNT = /^(?:\d+|[一二三四五六七八九十百千几多两]+)[个家项批]/;

/** 已在和投资的同心化工项目: an investment without its amount, before a name ending in 项目. */
let unpriced: RegExp | undefined;

export function findInvestedProjects(ctx: SentenceContext): void {
  if (!ctx.sentence.text.includes('投资')) return;
  const { projectHeadsAfterInvestment, projectWords } = lexicons();
  const heads = alternation([...projectHeadsAfterInvestment, ...projectWords]);
  regex ??= new RegExp(`${INVESTMENT.source}的([^，,。；;、“”]{2,24}?(?:${heads})(?:项目)?)`, 'g');
  unpriced ??= /(?:投资|投建|投资建设|投资兴建)的([^，,。；;、“”的]{2,24}?项目)/g;
  addAfter(ctx, regex, 4);
  addAfter(ctx, unpriced, 1);
}

function addAfter(ctx: SentenceContext, regex: RegExp, group: number): void {
  regex.lastIndex = 0;
  for (let m = regex.exec(ctx.sentence.text); m; m = regex.exec(ctx.sentence.text)) {
    const name = m[group];
    const start = ctx.sentence.start + m.index + m[0].length - name.length;
    const end = start + name.length;
    if (ctx.ends.has(end) && !COUNT.test(name)) ctx.add(start, end, 'Project');
  }
}

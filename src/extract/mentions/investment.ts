// Projects named after an investment phrase without the word 项目:
// 投资26亿元的中国一汽新能源智能网联创新实验基地.
import { alternation, lexicons } from '../lexicons';
import type { SentenceContext } from './context';

let regex: RegExp | undefined;

export const INVESTMENT = /(?:总)?投资(?:额)?(?:约|近|超|超过|达)?([\d.]+)\s*(亿|万)?(元|美元)/;

export function findInvestedProjects(ctx: SentenceContext): void {
  const heads = alternation(lexicons().projectHeadsAfterInvestment);
  regex ??= new RegExp(`${INVESTMENT.source}的([^，,。；;、“”]{2,24}?(?:${heads}))`, 'g');
  regex.lastIndex = 0;
  for (let m = regex.exec(ctx.sentence.text); m; m = regex.exec(ctx.sentence.text)) {
    const name = m[4];
    const start = ctx.sentence.start + m.index + m[0].length - name.length;
    const end = start + name.length;
    if (ctx.ends.has(end)) ctx.add(start, end, 'Project');
  }
}

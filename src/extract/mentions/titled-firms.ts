// Firms named only by their brand, found through the title a person holds
// there: 蔚来汽车创始人、董事长兼CEO李斌, 复星国际执行董事郭广昌. A title only a
// firm gives (董事长, 总裁, CEO) has its firm right before the first title of
// its chain; when no body was found there, a brand and its line of business
// there (蔚来|汽车, 复星|国际) is that firm.
import { lexicons } from '../lexicons';
import type { SentenceContext } from './context';
import type { TitleSpan } from './persons';
import { extendLeft } from './extend';
import { leadingVerbsLength, namesSomething } from '../segment';
import { pattern } from '../patterns';

/** A brand before a title: at most this many words and characters (宁德时代, 小鹏汽车). */
const BRAND_RULES = { maxLength: 8, allowDigits: false, maxTokens: 3 };

export function findTitledFirms(ctx: SentenceContext, spans: TitleSpan[]): void {
  const { corporateTitles, places, companyHeadEndings } = lexicons();
  for (const span of spans) {
    if (!corporateTitles.has(span.title)) continue;
    // 创始人、董事长兼CEO: only the chain's first title has its body before it.
    if (pattern('chain-join-before').test(ctx.slice(span.start - 1, span.start))) continue;
    if (ctx.mentions.some((m) => m.end === span.start)) continue;
    let start = extendLeft(ctx, span.start, BRAND_RULES);
    start += leadingVerbsLength(ctx.slice(start, span.start));
    const name = ctx.slice(start, span.start);
    // A brand and its line of business (蔚来汽车, 小鹏汽车), not any word that names something; or its arm in China
    // (博世中国|总裁), or a brand before a title of that arm (西门子|中国区总裁).
    const firm = companyHeadEndings.endsWith(name) || isNationalArm(name) || lexicons().nationalArms.some((w) => span.title.startsWith(w));
    if (name.length < 2 || places.has(name) || !namesSomething(name) || !firm) continue;
    ctx.add(start, span.start, 'Company');
  }
}

/** 博世中国, 西门子中国区: a brand that names something and is no place, then its arm's word. */
function isNationalArm(name: string): boolean {
  const { nationalArms, places } = lexicons();
  const arm = nationalArms.find((w) => name.endsWith(w));
  const brand = arm ? name.slice(0, -arm.length) : '';
  return brand.length >= 2 && !places.has(brand) && namesSomething(brand);
}

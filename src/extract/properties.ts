// Entity properties stated in the text: a project's investment (as written
// and in yuan) and status, an event's date.
import type { DocView } from './view';
import { INVESTMENT } from './mentions/investment';

const STATUS: Array<[RegExp, string]> = [[/竣工/, '竣工'], [/投产/, '投产'], [/开工|建设现场|施工/, '开工'], [/落位|落户|落地/, '落位'], [/签约/, '签约']];
const DAY = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?/;
const UNIT: Record<string, number> = { 亿: 1e8, 万: 1e4, '': 1 };
const INVESTMENT_BEFORE = new RegExp(`${INVESTMENT.source}的$`);

export function addProperties(view: DocView, year?: string): void {
  for (const [i] of view.contexts.entries()) {
    const text = view.text(i), base = view.base(i);
    for (const p of view.of(i, ['Project'])) {
      if (p.reference) continue;
      const props = p.entity.props;
      const before = text.slice(Math.max(0, p.start - base - 16), p.start - base);
      const own = INVESTMENT_BEFORE.exec(before)
        ?? (p.start === base ? INVESTMENT.exec(text.slice(p.end - base)) : null);
      if (own && !props.investment) {
        props.investment = `${own[1]}${own[2] ?? ''}${own[3]}`;
        if (own[3] === '元') props.investment_yuan = Math.round(parseFloat(own[1]) * UNIT[own[2] ?? '']);
      }
      const status = STATUS.find(([re]) => re.test(text.slice(p.end - base, p.end - base + 12)));
      if (status && !props.status) props.status = status[1];
    }
    for (const e of view.of(i, ['Event'])) {
      const d = DAY.exec(text);
      if (!d || e.entity.props.date) continue;
      const y = d[1] ?? year;
      if (y) e.entity.props.date = d[3] ? `${y}-${d[2].padStart(2, '0')}-${d[3].padStart(2, '0')}` : `${y}-${d[2].padStart(2, '0')}`;
    }
  }
}

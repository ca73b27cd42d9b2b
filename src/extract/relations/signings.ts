// SIGNED_WITH: X(分别)与A、B、C…签约/签订/签署. From each partner to the host:
// where one side is a zone or place it is the host.
import type { DocView } from '../view';
import type { DocEntity } from '../entities';

const SIGN = /签约|签订|签署|签下|合作意向|签了/;
const AGREEMENT = /战略合作框架协议|合作框架协议|战略合作协议|投资合作协议|投资协议|合作协议|框架协议|合作意向/;
const PARTIES = ['Company', 'Organization', 'GovernmentBody', 'Zone', 'Place'];
const HOSTS = new Set(['Zone', 'Place']);

export function signings(view: DocView, i: number): void {
  const text = view.text(i), base = view.base(i);
  for (const m of view.find(i, SIGN)) {
    const clause = view.clause(i, m.start);
    const withAt = text.slice(clause.start - base, m.start - base).lastIndexOf('与');
    if (withAt < 0) continue;
    const at = clause.start + withAt;
    const host = view.of(i, PARTIES, clause.start - 30, at).pop();
    const partners = view.of(i, PARTIES, at, m.start);
    if (!host || !partners.length) continue;
    const agreement = AGREEMENT.exec(text.slice(m.start - base - 12, m.end - base + 12))?.[0];
    for (const p of partners) signed(view, p.entity, host.entity, i, agreement);
  }
}

function signed(view: DocView, a: DocEntity, b: DocEntity, i: number, agreement?: string): void {
  const [from, to] = HOSTS.has(a.type) && !HOSTS.has(b.type) ? [b, a] : [a, b];
  view.relate('SIGNED_WITH', from, to, i, agreement ? { agreement } : undefined);
}

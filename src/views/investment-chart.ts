// Announced investment as a chart for papers: one stacked bar per area and
// period, its segments the statuses, amounts in 亿元 on the axis, a legend.
// Plain SVG (no browser): the same rows give the same bytes.
import { FONT_FAMILY } from '../export/picture/scene';
import { escapeXml, textWidth } from '../export/picture/text';
import type { InvestmentRow } from './investments';

export interface ChartOptions { width: number; height: number; title?: string; lang: 'zh' | 'en' }

const STATUS_COLOURS: Record<string, string> = { 签约: '#4263eb', 落位: '#0ca678', 开工: '#f59f00', 投产: '#e8590c', 竣工: '#ae3ec9' };
const OTHER = '#868e96';
const YI = 1e8;
const MARGIN = { top: 56, right: 24, bottom: 150, left: 72 };
const f1 = (v: number) => (Math.round(v * 10) / 10).toString();

export function investmentChartSvg(rows: InvestmentRow[], options: ChartOptions): string {
  const zh = options.lang === 'zh';
  const bars = new Map<string, InvestmentRow[]>();
  for (const r of rows) {
    const label = `${r.area ?? (zh ? '地区不明' : 'unknown area')}${r.period ? ` ${r.period}` : ''}`;
    bars.set(label, [...(bars.get(label) ?? []), r]);
  }
  const statuses = [...new Set(rows.map((r) => r.status ?? ''))];
  const totals = [...bars.values()].map((rs) => rs.reduce((s, r) => s + r.amount_yuan, 0) / YI);
  const top = niceMax(Math.max(1, ...totals));
  const plotW = options.width - MARGIN.left - MARGIN.right, plotH = options.height - MARGIN.top - MARGIN.bottom;
  const step = plotW / Math.max(1, bars.size), barW = Math.min(48, step * 0.7);
  const y = (v: number) => MARGIN.top + plotH - (v / top) * plotH;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${options.width}" height="${options.height}" viewBox="0 0 ${options.width} ${options.height}" font-family="${FONT_FAMILY}" font-size="12">`,
    `<rect width="${options.width}" height="${options.height}" fill="#ffffff"/>`,
    options.title ? `<text x="${MARGIN.left}" y="28" font-size="18" font-weight="bold" fill="#212529">${escapeXml(options.title)}</text>` : '',
    ...ticks(top).map((t) => `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${f1(y(t))}" y2="${f1(y(t))}" stroke="#e9ecef"/><text x="${MARGIN.left - 6}" y="${f1(y(t) + 4)}" text-anchor="end" fill="#495057">${t}</text>`),
    `<text x="${MARGIN.left - 56}" y="${MARGIN.top - 12}" fill="#495057">${zh ? '亿元' : '100 million yuan (亿元)'}</text>`,
    `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH}" stroke="#495057"/>`,
  ];
  [...bars.entries()].forEach(([label, rs], k) => {
    const x = MARGIN.left + step * k + (step - barW) / 2;
    let base = 0;
    for (const status of statuses) {
      const amount = rs.filter((r) => (r.status ?? '') === status).reduce((s, r) => s + r.amount_yuan, 0) / YI;
      if (!amount) continue;
      parts.push(`<rect class="bar" data-area="${escapeXml(rs[0].area ?? '')}" data-period="${escapeXml(rs[0].period ?? '')}" x="${f1(x)}" y="${f1(y(base + amount))}" width="${f1(barW)}" height="${f1(y(base) - y(base + amount))}" fill="${STATUS_COLOURS[status] ?? OTHER}"><title>${escapeXml(`${label} ${status}: ${f1(amount)} 亿元`)}</title></rect>`);
      base += amount;
    }
    const projects = rs.reduce((s, r) => s + r.projects, 0);
    parts.push(`<text x="${f1(x + barW / 2)}" y="${f1(y(base) - 4)}" text-anchor="middle" fill="#212529">${f1(base)}</text>`);
    parts.push(`<text transform="translate(${f1(x + barW / 2)},${MARGIN.top + plotH + 10}) rotate(40)" fill="#212529">${escapeXml(label)} (${projects})</text>`);
  });
  const legendY = options.height - 18;
  let lx = MARGIN.left;
  for (const status of statuses) {
    const name = status || (zh ? '状态不明' : 'no status');
    parts.push(`<rect x="${lx}" y="${legendY - 10}" width="12" height="12" fill="${STATUS_COLOURS[status] ?? OTHER}"/><text x="${lx + 16}" y="${legendY}" fill="#495057">${escapeXml(name)}</text>`);
    lx += 16 + textWidth(name, 12) + 18;
  }
  parts.push(`<text x="${lx}" y="${legendY}" fill="#868e96">${escapeXml(zh ? '括号内为项目数；无金额与外币金额不计入' : '(projects); projects without an amount or in another currency are not summed')}</text>`);
  parts.push('</svg>');
  return `${parts.filter(Boolean).join('\n')}\n`;
}

/** A round upper bound for the axis: 1, 2, 2.5 or 5 times a power of ten. */
function niceMax(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((m) => m >= v)!;
}

function ticks(top: number): number[] {
  return [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(top * f * 100) / 100);
}

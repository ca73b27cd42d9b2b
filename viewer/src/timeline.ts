// The timeline: a histogram of the months of the dated entities in the
// picture (events by their date, trips by their start), one bar a month.
// Dragging across bars (or clicking one) sets the date filter to those
// months; the bars inside the filter are dark.
import { nodeMonth } from '../../src/export/filter';
import { $, graph, state } from './view';
import { t } from './i18n';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 48;

/** Every month from the first to the last, so gaps show as gaps. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

export function showTimeline(onBrush: (from: string, to: string) => void): void {
  const counts = new Map<string, number>();
  let yearless = 0;
  graph.forEachNode((_n, a) => {
    const m = nodeMonth(a.properties);
    if (m) counts.set(m, (counts.get(m) ?? 0) + 1);
    else if (hasYearlessDate(a.properties)) yearless++;
  });
  const box = $('timeline');
  // 6月14日 in an article with no date line: a day without a year has no place on the axis, but it is counted.
  const note = yearless ? [Object.assign(document.createElement('div'), { className: 'hint', textContent: t('timeline.yearless', { count: yearless }) })] : [];
  if (!counts.size) { box.replaceChildren(Object.assign(document.createElement('span'), { className: 'hint', textContent: t('timeline.none') }), ...note); return; }
  const sorted = [...counts.keys()].sort();
  const months = monthsBetween(sorted[0], sorted[sorted.length - 1]);
  const width = Math.max(box.clientWidth, 120), bar = width / months.length;
  const most = Math.max(...counts.values());
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(HEIGHT + 12));
  let pressed: string | undefined;
  const rect = (attrs: Record<string, string | number>) => {
    const r = document.createElementNS(SVG, 'rect');
    for (const [k, v] of Object.entries(attrs)) r.setAttribute(k, String(v));
    return r;
  };
  months.forEach((month, i) => {
    const n = counts.get(month) ?? 0;
    const h = n ? Math.max(2, (HEIGHT * n) / most) : 0;
    const inRange = (!state.from || month >= state.from) && (!state.to || month <= state.to);
    const x = i * bar, width = Math.max(bar - 1, 1);
    // The bar as drawn, and a full-height transparent one over it that takes the pointer.
    const shown = rect({ x, y: HEIGHT - h, width, height: h, fill: inRange ? '#555' : '#ccc', 'data-month': month });
    const target = rect({ x, y: 0, width, height: HEIGHT, fill: 'transparent', 'data-month': month });
    for (const r of [shown, target]) {
      r.addEventListener('pointerdown', (e) => { e.preventDefault(); pressed = month; });
      r.addEventListener('pointerup', () => { if (pressed) onBrush(pressed < month ? pressed : month, pressed < month ? month : pressed); pressed = undefined; });
    }
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `${month}: ${n}`;
    target.append(title);
    svg.append(shown, target);
  });
  const label = (text: string, x: number, anchor: string) => {
    const t = document.createElementNS(SVG, 'text');
    Object.entries({ x, y: HEIGHT + 11, 'font-size': 10, 'text-anchor': anchor, fill: '#666' }).forEach(([k, v]) => t.setAttribute(k, String(v)));
    t.textContent = text;
    return t;
  };
  svg.append(label(months[0], 0, 'start'), label(months[months.length - 1], width, 'end'));
  box.replaceChildren(svg, ...note);
}

/** A date written without its year (--06-14), as kg stores 6月14日 from an article that gives no year. */
function hasYearlessDate(props: Record<string, unknown> | undefined): boolean {
  const d = props?.date ?? props?.start;
  return typeof d === 'string' && d.startsWith('--');
}

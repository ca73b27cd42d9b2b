// The article's own date, from its date line or the first full date near the
// top: it supplies the year for dates the text gives without one.

import { pattern } from '../extract/patterns';

export function articleDate(text: string): string | undefined {
  const head = text.slice(0, 600);
  const m = pattern('full-date').exec(head);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

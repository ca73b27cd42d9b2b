// The article's own date, from its date line or the first full date near the
// top, else from an address the article came from (its file's path, or a
// link in the text: …/2020/0811/…, …/202112/03/…, t20211203_…): it supplies
// the year for dates the text gives without one.

import { pattern } from '../extract/patterns';

export function articleDate(text: string, source?: string): string | undefined {
  const head = text.slice(0, 600);
  const m = pattern('full-date').exec(head);
  if (m) return iso(m[1], m[2], m[3]);
  for (const address of [source ?? '', ...(text.match(pattern('web-address', 'g')) ?? [])]) {
    const a = pattern('date-in-address').exec(address);
    if (a) return iso(a[1], a[2], a[3]);
  }
  return undefined;
}

const iso = (y: string, mo: string, d: string) => `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;

// The article's own date, from its date line or the first full date near the
// top: it supplies the year for dates the text gives without one.

const FULL_DATE = /(20\d{2}|19\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

export function articleDate(text: string): string | undefined {
  const head = text.slice(0, 600);
  const m = FULL_DATE.exec(head);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

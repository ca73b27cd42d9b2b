// Time in the research views: dates as the graph holds them (2023-06-14,
// 2023-06, or --06-14 when the article gives no year), months to filter by,
// and periods to group by. A date without a year has no month: filters leave
// it out and say how many they left; groupings give it the period null.
export interface Period { from?: string; to?: string }
export const GRANULARITIES = ['year', 'quarter', 'month'] as const;
export type Granularity = typeof GRANULARITIES[number];

/** YYYY-MM of a date, or undefined for a date without a year (--06-14) or none. */
export function monthOf(date: string | null | undefined): string | undefined {
  return date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : undefined;
}

/** Whether a date falls within the months of a period (inclusive); any date when no bound is set, no year-less date when one is. */
export function inPeriod(date: string | null | undefined, period: Period): boolean {
  if (!period.from && !period.to) return true;
  const month = monthOf(date);
  return !!month && (!period.from || month >= period.from) && (!period.to || month <= period.to);
}

/** The period a date falls in: 2023, 2023-Q2, 2023-06; null without a year. */
export function periodOf(date: string | null | undefined, per: Granularity): string | null {
  const month = monthOf(date);
  if (!month) return date && /^\d{4}/.test(date) && per === 'year' ? date.slice(0, 4) : null;
  if (per === 'year') return month.slice(0, 4);
  if (per === 'month') return month;
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** A YYYY-MM bound given on the command line, checked. */
export function monthBound(value: string, what: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new Error(`${what} wants YYYY-MM, got ${JSON.stringify(value)}`);
  return value;
}

import { dateBounds, endOf, formatDate, isDateText, startOf } from './dates.ts';

/**
 * Periods that targets and figures are for, as the sources write them: any date of the model in
 * dates.ts (a day, month or year, a range, a financial year "FY2013/14" or an academic year
 * "AY2013/14"), or a calendar quarter ("2016-Q3").
 */
const quarter = /^(\d{4})-Q([1-4])$/;

/** True when `text` is a period this site can read. */
export function isPeriod(text: string): boolean {
  return isDateText(text) || quarter.test(text);
}

/** The first and last day a period covers. */
export function periodBounds(period: string): { start: string; end: string } {
  const q = quarter.exec(period);
  if (q) {
    const first = (Number(q[2]) - 1) * 3 + 1;
    const month = (n: number) => `${q[1]}-${String(n).padStart(2, '0')}`;
    return { start: startOf(month(first)), end: endOf(month(first + 2)) };
  }
  return dateBounds(period);
}

/** A period as a reader writes it: "September 2016", "July to September 2016", "2013/14 (financial year)". */
export function formatPeriod(period: string): string {
  const q = quarter.exec(period);
  if (q) {
    const first = (Number(q[2]) - 1) * 3 + 1;
    const name = (n: number) => formatDate(`${q[1]}-${String(n).padStart(2, '0')}`).split(' ')[0];
    return `${name(first)} to ${name(first + 2)} ${q[1]}`;
  }
  return formatDate(period);
}

/** Orders periods by the day they end, then by the day they start. */
export function comparePeriods(a: string, b: string): number {
  const pa = periodBounds(a);
  const pb = periodBounds(b);
  return pa.end.localeCompare(pb.end) || pa.start.localeCompare(pb.start);
}

/** The same period, however written: "FY 2013/14" and "FY2013/14". */
export function samePeriod(a: string, b: string): boolean {
  const pa = periodBounds(a);
  const pb = periodBounds(b);
  return pa.start === pb.start && pa.end === pb.end;
}

/** The period formats an author can use, for error messages. */
export const periodFormats =
  'a date "2016-09-30", month "2016-09" or year "2016"; a quarter "2016-Q3"; a financial year "FY2013/14" or an academic year "AY2013/14"';

/** {@link comparePeriods} for periods the sources can lack: an undated figure comes after every dated one. */
export function compareOptionalPeriods(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  return comparePeriods(a, b);
}

/** A period as a date of the model in dates.ts (a quarter as the range of its days), for ordering it among dates. */
export function periodAsDate(period: string): string {
  if (!quarter.test(period)) return period;
  const { start, end } = periodBounds(period);
  return `${start}/${end}`;
}

/** A period in words, or "Period not in the source"; an inferred one says so: "2016 (inferred)". */
export function periodLabel(period: string | undefined, note?: { inferred?: string }): string {
  if (period === undefined) return 'Period not in the source';
  return note?.inferred ? `${formatPeriod(period)} (inferred)` : formatPeriod(period);
}

import { endOf, formatDate, isPartialDateText, startOf } from './dates.ts';

/**
 * Periods that targets and figures are for, as the sources write them:
 * a date or month or year ("2016-09-30", "2016-09", "2016"), a quarter ("2016-Q3", calendar),
 * a financial year ("FY2013/14": April to March) or an academic year ("AY2013/14": September to August).
 */
const quarter = /^(\d{4})-Q([1-4])$/;
const splitYear = /^(FY|AY) ?(\d{4})\/(\d{2})$/;

/** True when `text` is a period this site can read. */
export function isPeriod(text: string): boolean {
  if (isPartialDateText(text)) return true;
  if (quarter.test(text)) return true;
  const m = splitYear.exec(text);
  return m !== null && (Number(m[2]) + 1) % 100 === Number(m[3]);
}

/** The first and last day a period covers. */
export function periodBounds(period: string): { start: string; end: string } {
  const q = quarter.exec(period);
  if (q) {
    const first = (Number(q[2]) - 1) * 3 + 1;
    const month = (n: number) => `${q[1]}-${String(n).padStart(2, '0')}`;
    return { start: startOf(month(first)), end: endOf(month(first + 2)) };
  }
  const y = splitYear.exec(period);
  if (y) {
    const year = Number(y[2]);
    return y[1] === 'FY'
      ? { start: `${year}-04-01`, end: `${year + 1}-03-31` }
      : { start: `${year}-09-01`, end: `${year + 1}-08-31` };
  }
  return { start: startOf(period), end: endOf(period) };
}

/** A period as a reader writes it: "September 2016", "July to September 2016", "2013/14 (financial year)". */
export function formatPeriod(period: string): string {
  const q = quarter.exec(period);
  if (q) {
    const first = (Number(q[2]) - 1) * 3 + 1;
    const name = (n: number) => formatDate(`${q[1]}-${String(n).padStart(2, '0')}`).split(' ')[0];
    return `${name(first)} to ${name(first + 2)} ${q[1]}`;
  }
  const y = splitYear.exec(period);
  if (y) return `${y[2]}/${y[3]} (${y[1] === 'FY' ? 'financial year' : 'academic year'})`;
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

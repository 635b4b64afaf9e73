/** Helpers for dates known to the day, month or year ("2019-10-31", "2019-10", "2019"). */

/** The months' names as the documents write them, January first. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The first day a partial date can mean: "2019-10" → "2019-10-01". */
export function startOf(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a partial date can mean: "2019-10" → "2019-10-31", "2019" → "2019-12-31". */
export function endOf(date: string): string {
  const [year, month, day] = date.split('-');
  if (day) return date;
  if (!month) return `${year}-12-31`;
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(last).padStart(2, '0')}`;
}

/** Formats a partial date as a reader writes it: "31 October 2019", "October 2019", "2019". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year ?? date;
  const name = monthNames[Number(month) - 1];
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** Compares partial dates by the first day each can mean, then by precision (coarser first). */
export function compareDates(a: string, b: string): number {
  return startOf(a).localeCompare(startOf(b)) || a.length - b.length;
}

/** The number of whole months from `a` to `b` (negative when `b` is earlier), by the days they end. */
export function monthsBetween(a: string, b: string): number {
  const [ay, am] = endOf(a).split('-').map(Number);
  const [by, bm] = endOf(b).split('-').map(Number);
  return (by! - ay!) * 12 + (bm! - am!);
}

/** The month a full name names, in any case ("april" → 4), or undefined. */
export function fullMonthNumber(name: string): number | undefined {
  const index = monthNames.findIndex((m) => m.toLowerCase() === name.toLowerCase());
  return index < 0 ? undefined : index + 1;
}

/** Index of a month name or its abbreviation ("October", "Oct", "Sept"; January = 1), or undefined. */
export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = monthNames.findIndex(
    (m) =>
      m.toLowerCase() === lower ||
      (lower.length >= 3 && m.toLowerCase().slice(0, 3) === lower) ||
      (lower === 'sept' && m === 'September'),
  );
  return index < 0 ? undefined : index + 1;
}

/** True when `text` is YYYY, YYYY-MM or YYYY-MM-DD naming a real date: the one rule for partial dates (schemas/common.ts uses it). */
export function isPartialDateText(text: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
}

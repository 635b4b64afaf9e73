/** The date model: dates known to the day, month or year, ranges, financial and academic years, and their order. */

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

/**
 * The one date model. Every date the site shows is written as one of:
 * - a day "2019-10-31", a month "2019-10" or a year "2019" (a partial date);
 * - a range of those, start and end joined by a slash: "2019-10-15/2019-10-17" (15–17 October 2019),
 *   "2019-10-30/2019-11-01", "2019-12/2020-01";
 * - a financial year "FY2013/14" (April to March) or an academic year "AY2013/14" (September to August).
 * Each means an interval of days, from its first to its last day; a year is January to December.
 * Two dates whose intervals overlap have no known order ({@link compareKnown}), and the site never
 * claims one. Absent (undefined) means "not in the source".
 */
const splitYear = /^(FY|AY) ?(\d{4})\/(\d{2})$/;

/** The first and last day of a partial date ("2019-10" → 1 and 31 October 2019); no check. */
function partialBounds(date: string): { start: string; end: string } {
  const [year, month, day] = date.split('-');
  if (day) return { start: date, end: date };
  if (!month) return { start: `${year}-01-01`, end: `${year}-12-31` };
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(last).padStart(2, '0')}` };
}

/** The two ends of a range "start/end", or undefined when `date` is not a range. */
function rangeEnds(date: string): [string, string] | undefined {
  if (splitYear.test(date)) return undefined;
  const parts = date.split('/');
  return parts.length === 2 ? [parts[0]!, parts[1]!] : undefined;
}

/** The first and last day a date of the model can mean. */
export function dateBounds(date: string): { start: string; end: string } {
  const y = splitYear.exec(date);
  if (y) {
    const year = Number(y[2]);
    return y[1] === 'FY'
      ? { start: `${year}-04-01`, end: `${year + 1}-03-31` }
      : { start: `${year}-09-01`, end: `${year + 1}-08-31` };
  }
  const range = rangeEnds(date);
  if (range) return { start: partialBounds(range[0]).start, end: partialBounds(range[1]).end };
  return partialBounds(date);
}

/** The first day a date can mean: "2019-10" → "2019-10-01". */
export function startOf(date: string): string {
  return dateBounds(date).start;
}

/** The last day a date can mean: "2019-10" → "2019-10-31", "2019" → "2019-12-31", a range → its last day. */
export function endOf(date: string): string {
  return dateBounds(date).end;
}

/** A partial date in words: "31 October 2019", "October 2019", "2019". */
function formatPartial(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year ?? date;
  const name = monthNames[Number(month) - 1];
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/**
 * Formats a date as a reader writes it, at the precision it has: "31 October 2019", "October 2019",
 * "2019", "15–17 October 2019", "30 October to 1 November 2019", "2013/14 (financial year)".
 */
export function formatDate(date: string): string {
  const y = splitYear.exec(date);
  if (y) return `${y[2]}/${y[3]} (${y[1] === 'FY' ? 'financial year' : 'academic year'})`;
  const range = rangeEnds(date);
  if (!range) return formatPartial(date);
  const [from, to] = range.map((d) => d.split('-')) as [string[], string[]];
  const withoutYear = (d: string) => formatPartial(d).replace(/ \d{4}$/, '');
  // Days of one month: "15–17 October 2019"; within one year: "30 October to 1 November 2019".
  if (from.length === 3 && to.length === 3 && from[0] === to[0] && from[1] === to[1])
    return `${Number(from[2])}–${formatPartial(range[1])}`;
  if (from.length === to.length && from.length > 1 && from[0] === to[0])
    return `${withoutYear(range[0])} to ${formatPartial(range[1])}`;
  return `${formatPartial(range[0])} to ${formatPartial(range[1])}`;
}

/** "on" for a single day, "in" for anything wider: "lifted on 7 July 2017", "issued in 2011". */
export function onOrIn(date: string): 'on' | 'in' {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? 'on' : 'in';
}

/**
 * The order two dates are known to have: -1 when `a` ends before `b` begins, 1 when `b` ends before
 * `a` begins, 0 when both are the same single day, undefined when their intervals overlap, so the
 * sources do not say which came first ("2011" and "January 2011"; two dates in October 2019).
 */
export function compareKnown(a: string, b: string): -1 | 0 | 1 | undefined {
  const x = dateBounds(a);
  const y = dateBounds(b);
  if (x.end < y.start) return -1;
  if (y.end < x.start) return 1;
  if (x.start === x.end && y.start === y.end && x.start === y.start) return 0;
  return undefined;
}

/** True when `a` is certainly before `b`: its last day is before `b`'s first. */
export function certainlyBefore(a: string, b: string): boolean {
  return compareKnown(a, b) === -1;
}

/**
 * A display order for dates, for lists that must have one: by the last day each can mean, then by
 * the first (so "January 2011" comes before "2011", which may be as late as December). It agrees
 * with {@link compareKnown} wherever that knows the order; where it does not, a list says so
 * rather than relying on this one.
 */
export function compareDates(a: string, b: string): number {
  const x = dateBounds(a);
  const y = dateBounds(b);
  return x.end.localeCompare(y.end) || x.start.localeCompare(y.start);
}

/**
 * The items that may be the latest: every dated item not certainly before another. One item means
 * the latest is known; several mean the sources do not say which is latest (their dates overlap).
 * Items without a date are left out: the caller says what it knows of them.
 */
export function latestCandidates<T>(items: readonly T[], dateOf: (item: T) => string | undefined): T[] {
  const dated = items.filter((i) => dateOf(i) !== undefined);
  return dated.filter((i) => !dated.some((o) => o !== i && certainlyBefore(dateOf(i)!, dateOf(o)!)));
}

/** The items that may be the earliest: every dated item with no other certainly before it. */
export function earliestCandidates<T>(items: readonly T[], dateOf: (item: T) => string | undefined): T[] {
  const dated = items.filter((i) => dateOf(i) !== undefined);
  return dated.filter((i) => !dated.some((o) => o !== i && certainlyBefore(dateOf(o)!, dateOf(i)!)));
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

/** True when `text` is YYYY, YYYY-MM or YYYY-MM-DD naming a real date: the one rule for partial dates. */
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

/**
 * True when `text` is a date of the model: a partial date, a range of two partial dates whose
 * start is not after its end ("2019-10-15/2019-10-17"), or a financial or academic year whose
 * years follow ("FY2013/14"). The one rule for dates (schemas/common.ts uses it).
 */
export function isDateText(text: string): boolean {
  const y = splitYear.exec(text);
  if (y) return (Number(y[2]) + 1) % 100 === Number(y[3]);
  const range = rangeEnds(text);
  if (!range) return isPartialDateText(text);
  const [from, to] = range;
  return (
    isPartialDateText(from) &&
    isPartialDateText(to) &&
    from !== to &&
    startOf(from) <= startOf(to) &&
    endOf(from) <= endOf(to)
  );
}

/** The date formats an author can use, for error messages and the authoring guide. */
export const dateFormats =
  'a day "2019-10-31", a month "2019-10" or a year "2019"; a range "2019-10-15/2019-10-17"; a financial year "FY2013/14" or an academic year "AY2013/14"';

/** What a document records about one of its dates besides the date (schemas/common.ts `dateNote`). */
export interface DateNoteFields {
  /** The source's exact words the date is read from. */
  words?: string;
  /** How the date was inferred, where it is not read in the document. */
  inferred?: string;
  /** Why the date is left out. */
  notInSource?: string;
}

/**
 * A date as every page, list, feed and file shows it: "2011", "2011 (inferred)", "Not in the source".
 * "(inferred)" travels with the words, so an inferred date is never shown as read, wherever it goes.
 */
export function dateLabel(date: string | undefined, note?: DateNoteFields): string {
  if (date === undefined) return 'Not in the source';
  return note?.inferred ? `${formatDate(date)} (inferred)` : formatDate(date);
}

/** A date with "on"/"in" as a sentence uses it: "on 7 July 2017", "in 2011 (inferred)", "on a date not in the source". */
export function dateInSentence(date: string | undefined, note?: DateNoteFields): string {
  if (date === undefined) return 'on a date not in the source';
  return `${onOrIn(date)} ${dateLabel(date, note)}`;
}

/**
 * The date as HTML's <time datetime> can carry it: a day, month or year as is; undefined for a
 * range or a financial or academic year, which it cannot express (the words carry them).
 */
export function machineDate(date: string): string | undefined {
  return isPartialDateText(date) ? date : undefined;
}

/** {@link compareDates} for dates the sources can lack: an undated item comes after every dated one. */
export function compareOptionalDates(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  return compareDates(a, b);
}

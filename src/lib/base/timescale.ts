import { endOf, isPartialDateText, monthNames, monthNumber } from './dates.ts';

/** What a plan's timescale words mean for sorting and for "overdue". */
export type Due =
  /** "Immediate": due from the version's publication, with no end date. */
  | { kind: 'immediate' }
  /**
   * A date can be read from the words; `date` is the last day they allow. Where the words hold
   * several dates ("31 October 2019 and 31 March 2020"), `dates` lists them all and `date` is the
   * last day of the latest: never silently the first.
   */
  | { kind: 'date'; date: string; dates?: string[] }
  /** No date can be read from the words ("Ongoing"); never overdue. */
  | { kind: 'none' };

const dayMonthYear = /\b(\d{1,2})\s*(?:st|nd|rd|th)?\s+([A-Z][a-z]+)\.?\s+(\d{4}|'?\d{2})\b/;
const monthYear = /\b([A-Z][a-z]+)\.?\s+(\d{4}|'?\d{2})\b/;

/** A year as written: "2019", "03" or "'03" (two digits are read as 20xx). */
const fullYear = (year: string) => {
  const digits = year.replace("'", '');
  return digits.length === 2 ? `20${digits}` : digits;
};

/** Examples of the timescale wordings the site reads into a date, for authors and the check. */
export const understoodTimescales = [
  'Immediate',
  '31st December 2019',
  '31 Dec 2019',
  'December 2019',
  'End January 2020 for review outcome',
  'by 1st November 2019',
  'End Oct 03',
] as const;

/**
 * Why a timescale's day, month and year name no real day ("31st February 2020", "40th December 2019"),
 * with the fix; undefined when they do, or when the words give no day. Read silently, such a day would
 * become the month's end, a date the plan never gave.
 */
export function impossibleTimescaleDate(words: string): string | undefined {
  const full = dayMonthYear.exec(words.trim());
  const month = full && monthNumber(full[2]!);
  if (!full || !month) return undefined;
  const year = fullYear(full[3]!);
  const date = `${year}-${String(month).padStart(2, '0')}-${full[1]!.padStart(2, '0')}`;
  if (isPartialDateText(date)) return undefined;
  const days = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  return `${JSON.stringify(full[0])} names a day that does not exist (${monthNames[month - 1]} ${year} has ${days} days), so the site cannot tell when the action is due: correct the day if it was mistyped; if the published plan prints it so, ask its authors which day it means, write that day, and record the plan's own words in the file's "notes"`;
}

/**
 * The date a timescale's words give, in ISO 8601 at the precision they give it: "31st December 2019"
 * is "2019-12-31", "End January 2020" is "2020-01" (the words name no day, so none is added);
 * undefined for "Immediate", for words with no date the site can read, and for a day the month does
 * not have (never the month's end: the check refuses it, impossibleTimescaleDate). Where the words
 * hold several dates, the one the action is due by: the latest ({@link parseTimescale}).
 */
export function timescaleDate(words: string): string | undefined {
  const text = words.trim();
  if (/^immediate(ly)?\b/i.test(text)) return undefined;
  return datesIn(text).at(-1);
}

/** Every date in the words, at the precision each is given, the latest last (by the day each ends). */
function datesIn(text: string): string[] {
  const found: string[] = [];
  let rest = text;
  for (let due = readOneDate(rest); due; due = readOneDate(rest)) {
    if (!found.includes(due.date)) found.push(due.date);
    rest = rest.slice(due.end);
  }
  return found;
}

/**
 * Reads the due date from a timescale as the plan words it: "Immediate",
 * "31st December 2019", "End January 2020 for review outcome …", "… by 1st November 2019".
 * A month without a day is due by its last day. Words holding several dates are due by the latest,
 * and keep them all (`dates`), so none is read silently.
 */
export function parseTimescale(words: string): Due {
  const text = words.trim();
  if (/^immediate(ly)?\b/i.test(text)) return { kind: 'immediate' };
  const found = datesIn(text);
  if (found.length === 0) return { kind: 'none' };
  const latest = [...found].sort((a, b) => endOf(a).localeCompare(endOf(b))).at(-1)!;
  if (found.length === 1) return { kind: 'date', date: endOf(latest) };
  return { kind: 'date', date: endOf(latest), dates: found.map(endOf) };
}

/** The first month-and-year in `text` whose month word is a month ("End 29 Feb" is not "End 29"). */
function firstMonthYear(text: string): { index: number; month: number; year: string; end: number } | undefined {
  for (const m of text.matchAll(new RegExp(monthYear.source, 'g'))) {
    const month = monthNumber(m[1]!);
    if (month) return { index: m.index, month, year: m[2]!, end: m.index + m[0].length };
  }
  return undefined;
}

/** The first date in `text`, at the precision its words give, and where its words end; or undefined. */
function readOneDate(text: string): { date: string; end: number } | undefined {
  const full = dayMonthYear.exec(text);
  const fullMonth = full ? monthNumber(full[2]!) : undefined;
  const partial = firstMonthYear(text);
  // Whichever comes first in the words; a day-month-year is read whole, not as its month.
  if (full && fullMonth && (!partial || full.index <= partial.index)) {
    const date = `${fullYear(full[3]!)}-${String(fullMonth).padStart(2, '0')}-${full[1]!.padStart(2, '0')}`;
    if (isPartialDateText(date)) return { date, end: full.index + full[0].length };
    // A day the month does not have is no date at all, never the month's end (the check refuses it).
    return undefined;
  }
  if (partial) return { date: `${fullYear(partial.year)}-${String(partial.month).padStart(2, '0')}`, end: partial.end };
  return undefined;
}

/** A timescale the site cannot read into a date: where it is, and its words. */
export interface TimescaleWarning {
  file: string;
  ref: string;
  words: string;
}

/**
 * Actions whose timescale gives no date the site can read (never overdue, sorted last), for the
 * check to list as warnings with the wordings it understands. "Immediate" is read, so not listed.
 */
export function unreadableTimescales(
  outlines: readonly {
    file: string;
    data: {
      themes: readonly {
        objectives: readonly { actions: readonly { ref: string; timescale?: string | undefined }[] }[];
      }[];
    };
  }[],
): TimescaleWarning[] {
  // A timescale the source does not give is said so with a note (notInSource), not warned about.
  return outlines.flatMap((o) =>
    o.data.themes
      .flatMap((t) => t.objectives.flatMap((ob) => ob.actions))
      .flatMap((a) =>
        a.timescale !== undefined && parseTimescale(a.timescale).kind === 'none'
          ? [{ file: o.file, ref: a.ref, words: a.timescale }]
          : [],
      ),
  );
}

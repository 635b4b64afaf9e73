import { endOf, monthNumber } from './dates.ts';

/** What a plan's timescale words mean for sorting and for "overdue". */
export type Due =
  /** "Immediate": due from the version's publication, with no end date. */
  | { kind: 'immediate' }
  /** A date can be read from the words; `date` is the last day they allow. */
  | { kind: 'date'; date: string }
  /** No date can be read from the words ("Ongoing"); never overdue. */
  | { kind: 'none' };

const dayMonthYear = /\b(\d{1,2})\s*(?:st|nd|rd|th)?\s+([A-Z][a-z]+)\s+(\d{4})\b/;
const monthYear = /\b([A-Z][a-z]+)\s+(\d{4})\b/;

/**
 * Reads the due date from a timescale as the plan words it: "Immediate",
 * "31st December 2019", "End January 2020 for review outcome …", "… by 1st November 2019".
 */
export function parseTimescale(words: string): Due {
  const text = words.trim();
  if (/^immediate(ly)?\b/i.test(text)) return { kind: 'immediate' };
  const full = dayMonthYear.exec(text);
  if (full) {
    const month = monthNumber(full[2]!);
    if (month) {
      const date = `${full[3]}-${String(month).padStart(2, '0')}-${full[1]!.padStart(2, '0')}`;
      return { kind: 'date', date };
    }
  }
  const partial = monthYear.exec(text);
  if (partial) {
    const month = monthNumber(partial[1]!);
    if (month) return { kind: 'date', date: endOf(`${partial[2]}-${String(month).padStart(2, '0')}`) };
  }
  return { kind: 'none' };
}

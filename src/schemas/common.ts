import { z } from 'astro/zod';

/** A URL-safe slug: lower-case words joined by hyphens, as used in every id and URL. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:[a-z0-9.-]*[a-z0-9])?$/, {
    error: 'must be a lower-case slug such as "ofsted-2018" (letters, digits, hyphens, dots)',
  });

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is YYYY, YYYY-MM or YYYY-MM-DD and names a real calendar date. */
export function isPartialDate(value: string): boolean {
  const match = partialDatePattern.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/**
 * A date known to the day, the month or the year: "2019-10-31", "2019-10" or "2011".
 * Source documents often give only a month ("October 2019"); the site never invents the day.
 */
export const partialDate = z.string().refine(isPartialDate, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a date: write YYYY-MM-DD (e.g. "2019-10-31"), YYYY-MM ("2019-10") or YYYY ("2019")`,
});

/** A date known to the day: "2016-01-05". */
export const isoDate = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialDate(value), {
    error: (issue) => `${JSON.stringify(issue.input)} is not a date: write YYYY-MM-DD, e.g. "2016-01-05"`,
  });

/** Text as it stands in the source, one string per paragraph of the source. */
export const paragraphs = z.array(z.string().min(1)).describe('Text as in the source, one string per paragraph');

/** A note from whoever transcribed the source: what was ambiguous and how it was read. */
export const transcriptionNotes = z
  .array(z.string().min(1))
  .default([])
  .describe('Notes on how the source was read where it was ambiguous or inconsistent');

/** Where a document came from: the source file or publication it was transcribed from. */
export const source = z.object({
  /** Title of the source document as published. */
  title: z.string().min(1).describe('Title of the source document'),
  /** Seed file or URL the content was transcribed from. */
  file: z.string().min(1).optional().describe('The file or address the content was transcribed from'),
});

export type PartialDate = z.infer<typeof partialDate>;

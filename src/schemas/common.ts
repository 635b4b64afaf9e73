import { z } from 'astro/zod';
import { dateFormats, isDateText } from '../lib/base/dates.ts';

/**
 * Patterns the editor can check as an author types, keyed by the refinement they mirror. A
 * refinement registered here gets the same rule in the editor's form (src/editor/zod-fields.ts);
 * the content check stays the judge of anything the pattern cannot express (a 30 February).
 */
export const editorPatterns = new Map<(value: string) => boolean, RegExp>();

/** A URL-safe slug: lower-case words joined by hyphens, as used in every id and URL. */
export const slug = z.string().regex(/^[a-z0-9]+(?:[a-z0-9.-]*[a-z0-9])?$/, {
  error: 'must be a lower-case slug such as "ofsted-2018" (letters, digits, hyphens, dots)',
});

/**
 * True when `value` is a date of the one model (src/lib/base/dates.ts): a day, month or year, a
 * range of them, or a financial or academic year, each naming real calendar dates.
 */
export const isPartialDate: (value: string) => boolean = isDateText;

/**
 * A date at the precision the source gives it: a day "2019-10-31", a month "2019-10", a year "2011",
 * a range "2019-10-15/2019-10-17" (a visit over three days), a financial year "FY2013/14" or an
 * academic year "AY2013/14". The site never invents a day: each is read as the interval it names.
 */
export const partialDate = z.string().refine(isPartialDate, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a date: write ${dateFormats}`,
});

/**
 * What a document says about one of its dates besides the date itself: the source's own words for
 * it, an inference (a date read from somewhere other than the document, shown as an inference
 * wherever the date is shown), or, where the date is left out, why the source gives none.
 */
export const dateNote = z
  .object({
    /** The source's exact words the date is read from: "Monitoring visit January", "Spring 2016". */
    words: z.string().min(1).optional().describe("The source's exact words the date is read from"),
    /** How the date was inferred, where it is not read from the document itself. */
    inferred: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Where the date is inferred rather than read in the document: how (e.g. "The year of the council\'s reposting; the notice itself is undated"). Shown as an inference wherever the date is shown',
      ),
    /** Why the date is left out: the source gives none. */
    notInSource: z
      .string()
      .min(1)
      .optional()
      .describe('Where the date is left out: why (e.g. "The statement is undated"). The site says "Not in the source"'),
  })
  .strict();

/**
 * Notes on a document's dates, by the name of the date field: { "issued": { "inferred": "…" } }.
 * `fields` are the date fields a kind of document has.
 */
export function dateNotes<const F extends readonly [string, ...string[]]>(fields: F) {
  return z
    .partialRecord(z.enum(fields), dateNote)
    .default({})
    .describe(
      `Notes on the dates (${fields.join(', ')}): the source's words, an inference, or why the source gives none`,
    );
}

/** What the site infers rather than reads in the sources; each is shown as an inference. */
export const inferences = z
  .array(z.string().min(1))
  .default([])
  .describe('What is inferred rather than read in the sources; shown as inferences');

/**
 * A refinement for a date field the sources can lack: absent, it needs a "not in the source" note
 * in `dateNotes` saying why, so an absent date is always explained, never forgotten.
 */
export function explainedWhenAbsent(field: string) {
  return (data: { dateNotes: Partial<Record<string, DateNote>> } & Record<string, unknown>) =>
    data[field] !== undefined || data.dateNotes[field]?.notInSource !== undefined;
}

/** The message for {@link explainedWhenAbsent}. */
export function absentDateMessage(field: string): string {
  return `give ${field} (${dateFormats}), or, where the source gives no date, say why in dateNotes.${field}.notInSource`;
}

export type DateNote = z.infer<typeof dateNote>;

/** A date known to the day: "2016-01-05". */
export const isoDate = z.string().refine(isIsoDate, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a date: write YYYY-MM-DD, e.g. "2016-01-05"`,
});

/**
 * A correction made to a published document after it was published: the day it was made and what
 * was corrected. A published plan version changes only with one (src/lib/content/published.ts), and
 * the site shows each as a correction, never as part of the document's own words.
 */
export const correction = z.object({
  /** The day the correction was made. */
  date: isoDate.describe('Date of the correction: the day you made it, YYYY-MM-DD'),
  /** What was corrected and why, shown on the site as written. */
  note: z
    .string()
    .min(1)
    .describe(
      'What was corrected: what was wrong and what it says now, as the site will show it, e.g. "The timescale of action 1.1.2 read March 2020; the plan says March 2021."',
    ),
});

/** The corrections made to a published document, oldest first. */
export const corrections = z
  .array(correction)
  .default([])
  .describe('Corrections made after publication: each with its date and what was corrected');

export type Correction = z.infer<typeof correction>;

/** Text as it stands in the source, one string per paragraph of the source. */
export const paragraphs = z.array(z.string().min(1)).describe('Text as in the source, one string per paragraph');

/** A note from whoever transcribed the source: what was ambiguous and how it was read. */
export const transcriptionNotes = z
  .array(z.string().min(1))
  .default([])
  .describe('Notes on how the source was read where it was ambiguous or inconsistent');

/**
 * True when `value` is a public web address a reader can open: a whole http(s) address with a host,
 * no spaces, no user name or password. (Never "javascript:", "file:" or a path on someone's computer.)
 */
export function isPublicAddress(value: string): boolean {
  if (!/^https?:\/\/[^\s/?#@:]+\.[^\s/?#@:]+(?:[/?#]\S*)?$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
editorPatterns.set(isPublicAddress, /^https?:\/\/[^\s/?#@:]+\.[^\s/?#@:]+([/?#]\S*)?$/i);

/** A document's public web address: "https://www.torbay.gov.uk/…". */
export const publicAddress = z.string().refine(isPublicAddress, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a public web address: copy the whole address from the browser's address bar, starting with https:// (e.g. "https://www.torbay.gov.uk/media/12345/improvement-plan.pdf"), or leave the field out where it is not known`,
});

/** Where a document came from: the source document it was transcribed from, as published. */
export const source = z.object({
  /** Title of the source document as published. */
  title: z.string().min(1).describe('Title of the source document'),
  /** Seed file or URL the content was transcribed from. */
  file: z
    .string()
    .min(1)
    .optional()
    .describe('The file the content was transcribed from (its public web address goes in "address")'),
  /** Who published it, in the source's own words; absent where the source names no publisher. */
  publisher: z
    .string()
    .min(1)
    .optional()
    .describe('Who published it, as the source names them; leave it out where the source does not say'),
  /** The source document's date, at the precision it gives; absent where it gives none. */
  date: partialDate
    .optional()
    .describe("The source document's date, as precisely as it gives it; leave it out where it gives none"),
  /** Where the public can read the source document; absent where no address is recorded. */
  address: publicAddress
    .optional()
    .describe(
      'The public web address where anyone can read the source document (https://…); leave it out where it is not known',
    ),
});

export type PartialDate = z.infer<typeof partialDate>;

/** True when `value` is YYYY-MM-DD and a real calendar date. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialDate(value);
}
// A partial date, a range of two, or a financial or academic year; the check judges the calendar.
const partialDatePattern = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';
editorPatterns.set(
  isPartialDate,
  new RegExp(`^(${partialDatePattern}(\\/${partialDatePattern})?|(FY|AY) ?\\d{4}\\/\\d{2})$`),
);
editorPatterns.set(isIsoDate, /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

const dateTimePattern = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/** The UK's offset from UTC in minutes at a UTC instant (0 in winter, 60 in summer). */
function londonOffset(utc: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(utc));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - utc) / 60_000;
}

/**
 * The instant a date-time names, in milliseconds since 1970: "2026-12-01T09:30:00Z",
 * "2026-12-01T09:30+01:00", or "2026-12-01 09:30" (no offset: UK time, as a press office means it).
 * Undefined when it is not such a date-time.
 */
export function parseDateTime(value: string): number | undefined {
  const match = dateTimePattern.exec(value);
  if (!match || !isIsoDate(match[1]!)) return undefined;
  const [, date, hours, minutes, seconds = '00', zone] = match;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  const naive = Date.parse(`${date}T${hours}:${minutes}:${seconds}Z`);
  if (zone === 'Z') return naive;
  if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    return naive - sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  // UK local time: subtract the offset in force then (checked again at the result, for the changeover).
  const guess = naive - londonOffset(naive) * 60_000;
  return naive - londonOffset(guess) * 60_000;
}

/** True when `value` is a date-time parseDateTime understands. */
export function isDateTime(value: string): boolean {
  return parseDateTime(value) !== undefined;
}
editorPatterns.set(isDateTime, /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/);

/** A moment in time: "2026-12-01 09:30" (UK time), or ISO 8601 with an offset: "2026-12-01T09:30:00Z". */
export const dateTime = z.string().refine(isDateTime, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a date and time: write YYYY-MM-DD HH:MM in UK time, e.g. "2026-12-01 09:30" (in quotes in the frontmatter)`,
});

/**
 * A text field the scaffold fills with an example for the author to replace: the example itself is
 * refused, so a statement cannot be published with it left in.
 */
export function notTemplate(schema: z.ZodString, example: string, what: string) {
  const isEdited = (value: string) => value.trim() !== example;
  editorPatterns.set(isEdited, new RegExp(`^(?!\\s*${example.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$)[\\s\\S]*$`));
  return schema.refine(isEdited, {
    error: `${JSON.stringify(example)} is the template's example text: replace it with ${what}, or delete it`,
  });
}

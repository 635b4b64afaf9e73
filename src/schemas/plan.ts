import { z } from 'astro/zod';
import { absentDateMessage, dateNotes, explainedWhenAbsent, partialDate, slug, source } from './common.ts';
import { restsOn } from './notice.ts';

/** One colour of a reported summary: "Red 20%", "Green: 31 actions". */
export const statusShare = z
  .object({
    /** The rating's word, as the source gives it: "Red", "Amber", "Complete". */
    label: z.string().min(1).describe('The rating\'s word, as the source gives it: "Red"'),
    /** The colour it is shown in (always with its word). */
    colour: z
      .enum(['red', 'amber', 'green', 'blue'])
      .describe('The colour shown with the word: red, amber, green or blue'),
    /** The share as a number, in the report's unit; absent where the source gives only words. */
    value: z
      .number()
      .nonnegative()
      .optional()
      .describe(
        "The share as a number, in the report's unit (percent or count); leave it out where the source gives only words",
      ),
    /** The source's words for the share, where it gives words ("a fifth") or an approximate figure. */
    words: z.string().min(1).optional().describe('The source\'s words for the share: "a fifth", "about half"'),
  })
  .refine((s) => s.value !== undefined || s.words !== undefined, {
    error: 'give the share as value (a number), or, where the source gives it only in words, as words ("a fifth")',
    path: ['value'],
  });

/**
 * A summary of the plan's ratings the council reported on a date (committee minutes, a board paper):
 * the share of actions red, amber and green, recorded as the source gives it, without action rows.
 */
export const statusReport = z
  .object({
    /** The date the summary describes, as precisely as the source says. */
    date: partialDate
      .optional()
      .describe(
        'The date the summary is reported as at, as precisely as the source says; leave it out where it gives none, and say why in dateNotes.date.notInSource',
      ),
    /** Notes on its date: the source's words, an inference, or why it is not in the source. */
    dateNotes: dateNotes(['date']),
    /** Whether the shares are percentages of the actions or numbers of actions. */
    unit: z
      .enum(['percent', 'count'], {
        error: (issue) => `${JSON.stringify(issue.input)} is not a unit: use "percent" or "count"`,
      })
      .describe('percent (shares of the actions) or count (numbers of actions)'),
    /** How many actions the summary covers, where the source says. */
    total: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('How many actions the summary covers, where the source says'),
    /** The shares, in the source's order. */
    shares: z.array(statusShare).min(1).describe("The shares, in the source's order"),
    /** The source's own sentence, verbatim, where it gives one. */
    words: z.string().min(1).optional().describe("The source's own sentence for the summary, verbatim"),
    /** Where it was reported: the minutes or paper. */
    source: source.describe('Where the summary was reported: the committee minutes or board paper'),
  })
  .refine(explainedWhenAbsent('date'), { error: absentDateMessage('date'), path: ['date'] });

/** A council's improvement plan: the document that is revised version after version. */
export const plan = z
  .object({
    /** The plan's title: "Torbay Children's Services Improvement Plan". */
    title: z.string().min(1).describe("The plan's title"),
    /** Id of the inspection whose recommendations and paragraphs its actions cite; absent where the sources name none. */
    inspection: slug
      .optional()
      .describe(
        'The inspection whose recommendations and paragraphs it cites; leave it out where the sources name none, and say why in notInSource.inspection',
      ),
    /** Fields the sources do not give, each with a note: { "inspection": "The minutes do not say which inspection the plan answers." }. */
    notInSource: z
      .partialRecord(z.enum(['inspection']), z.string().min(1))
      .default({})
      .describe(
        'Fields the sources do not give, each with a note; the site says "Not in the source" and shows the note',
      ),
    /** Other documents the plan answers besides the inspection: a scorecard, a diagnostic, a focused visit, a notice's review. */
    restsOn: z
      .array(restsOn)
      .default([])
      .describe(
        'Documents the plan also answers besides the inspection: scorecards, diagnostics, focused visits, peer reviews',
      ),
    /** Who owns the plan, in the plan's words. */
    owner: z.string().min(1).optional().describe('Who owns the plan'),
    /** Summaries of its ratings the council reported on a date, without action rows (committee minutes). */
    statusReports: z
      .array(statusReport)
      .default([])
      .describe(
        "Summaries of the plan's ratings reported on a date (the shares red, amber and green in committee minutes), recorded as the source gives them, without action rows",
      ),
    /** Where the content came from. */
    sources: z.array(source).min(1).describe('Where this was transcribed from'),
  })
  .refine((p) => p.inspection !== undefined || p.notInSource.inspection !== undefined, {
    error:
      'give the inspection the plan answers (its id), or, where the sources name none, say why in notInSource.inspection',
    path: ['inspection'],
  });

export type Plan = z.infer<typeof plan>;
export type StatusReport = z.infer<typeof statusReport>;

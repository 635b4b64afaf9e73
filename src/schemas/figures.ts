import { z } from 'astro/zod';
import { absentDateMessage, dateNotes, explainedWhenAbsent } from './common.ts';
import { basis, period } from './notice.ts';

/** One published actual figure of an indicator. */
export const figure = z
  .object({
    /** The period it describes: a month ("2011-03"), a day, a quarter, a financial or academic year. */
    period: period
      .optional()
      .describe(
        'The period the figure describes: a date, month, year, quarter ("2016-Q3"), financial year ("FY2013/14") or academic year ("AY2013/14"); leave it out where the source gives none, and say why in dateNotes.period.notInSource',
      ),
    /** Notes on its period: the source's words, an inference, or why it is not in the source. */
    dateNotes: dateNotes(['period']),
    /** The figure, in the indicator's unit; absent where the source gives it only in words (valueText). */
    value: z
      .number()
      .optional()
      .describe("The figure, in the indicator's unit; leave it out where the source gives only words (valueText)"),
    /** The source's words for the figure: "almost 30%", or, with no value, "under a third", "about 40%". */
    valueText: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The source\'s words for an approximate figure ("almost 30%"), or for one it gives only in words ("under a third")',
      ),
    /** In-month, cumulative, as-at or rolling; absent where the source does not say. */
    basis,
    /** Where the figure was published: the report, board paper or return it comes from. */
    source: z.string().min(1).describe('Where the figure was published'),
  })
  .refine(explainedWhenAbsent('period'), { error: absentDateMessage('period'), path: ['period'] })
  .refine((f) => f.value !== undefined || f.valueText !== undefined, {
    error:
      'give the figure as value (a number), or, where the source gives it only in words, as valueText ("under a third")',
    path: ['value'],
  });

/** Published actual figures of one indicator: `data/figures/{authority}/{indicator}.json`. */
export const figures = z.object({
  /** The figures, in any order; the site sorts them by period. */
  figures: z.array(figure).describe('The figures'),
});

export type Figure = z.infer<typeof figure>;

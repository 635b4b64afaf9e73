import { z } from 'astro/zod';
import { basis, period } from './notice.ts';

/** One published actual figure of an indicator. */
export const figure = z.object({
  /** The period it describes: a month ("2011-03"), a day, a quarter, a financial or academic year. */
  period: period.describe(
    'The period the figure describes: a date, month, year, quarter ("2016-Q3"), financial year ("FY2013/14") or academic year ("AY2013/14")',
  ),
  /** The figure, in the indicator's unit. */
  value: z.number().describe("The figure, in the indicator's unit"),
  /** The source's words when the figure is approximate: "almost 30%". */
  valueText: z.string().min(1).optional().describe('The source\'s words for an approximate figure: "almost 30%"'),
  /** In-month, cumulative, as-at or rolling; absent where the source does not say. */
  basis,
  /** Where the figure was published: the report, board paper or return it comes from. */
  source: z.string().min(1).describe('Where the figure was published'),
});

/** Published actual figures of one indicator: `data/figures/{authority}/{indicator}.json`. */
export const figures = z.object({
  /** The figures, in any order; the site sorts them by period. */
  figures: z.array(figure).describe('The figures'),
});

export type Figure = z.infer<typeof figure>;

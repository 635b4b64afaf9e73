import { z } from 'astro/zod';
import { partialDate } from './common.ts';
import { targetBasisValues } from './notice.ts';

/** One published actual figure of an indicator. */
export const figure = z.object({
  /** The period it describes: a month ("2011-03") or a day. */
  period: partialDate.describe('The period the figure describes'),
  /** The figure, in the indicator's unit. */
  value: z.number().describe('The figure, in the indicator\'s unit'),
  /** In-month figure or cumulative over a period. */
  basis: z.enum(targetBasisValues, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a basis: use "in-month" or "cumulative"`,
  }).describe('In-month figure or cumulative over a period'),
  /** Where the figure was published: the report, board paper or return it comes from. */
  source: z.string().min(1).describe('Where the figure was published'),
});

/** Published actual figures of one indicator: `data/figures/{authority}/{indicator}.json`. */
export const figures = z.object({
  /** The figures, in any order; the site sorts them by period. */
  figures: z.array(figure).describe('The figures'),
});

export type Figure = z.infer<typeof figure>;

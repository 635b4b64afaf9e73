import { z } from 'astro/zod';

/** Whether a rising figure is good news. */
export const directionValues = ['higher-is-better', 'lower-is-better'] as const;

/** A performance measure that targets are set in and actuals are published for. */
export const indicator = z.object({
  /** The indicator's name: "Initial assessments within 10 working days". */
  title: z.string().min(1).describe('The indicator\'s name'),
  /** What it counts, in plain words. */
  description: z.string().min(1).describe('What it counts'),
  /** The unit of its figures. */
  unit: z.enum(['percent', 'count'], {
    error: (issue) => `${JSON.stringify(issue.input)} is not a unit: use "percent" or "count"`,
  }).describe('The unit of its figures'),
  /** Whether higher figures are better. */
  direction: z.enum(directionValues, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a direction: use "higher-is-better" or "lower-is-better"`,
  }).describe('Whether higher figures are better'),
});

export type Indicator = z.infer<typeof indicator>;

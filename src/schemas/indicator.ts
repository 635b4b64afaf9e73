import { z } from 'astro/zod';
import { source, transcriptionNotes } from './common.ts';
import { target } from './notice.ts';

/** Units an indicator's figures can be in. */
export const unitValues = ['percent', 'count', 'rate', 'days', 'ratio'] as const;

/** Who set a target that is not in a notice. */
export const targetSetter = z.object({
  /** A plan version, the council, or another document. */
  kind: z
    .enum(['plan-version', 'council', 'other'], {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not who set a target: use "plan-version", "council" or "other" (a notice's targets go in the notice)`,
    })
    .describe("plan-version, council or other (a notice's targets stay in the notice)"),
  /** For a plan version: "improvement-plan/v1" within the same authority. */
  planVersion: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]*\/[a-z0-9][a-z0-9.-]*$/, {
      error: 'write the plan version as "<plan>/<version>", e.g. "improvement-plan/v1"',
    })
    .optional()
    .describe('For a plan version: "<plan>/<version>", e.g. "improvement-plan/v1"'),
  /** The document it is in, for the council or another document. */
  document: source.optional().describe('The document that sets it'),
});

/** A target set outside a notice: the target, who set it and the source's words. */
export const ownTarget = target.extend({
  /** Who set it. */
  setBy: targetSetter.describe('Who set the target and where'),
  /** The source's words for the target. */
  words: z.string().min(1).describe("The target in the source's words"),
});

/** Whether a rising figure is good news. */
export const directionValues = ['higher-is-better', 'lower-is-better'] as const;

/** A performance measure that targets are set in and actuals are published for. */
export const indicator = z.object({
  /** The indicator's name: "Initial assessments within 10 working days". */
  title: z.string().min(1).describe("The indicator's name"),
  /** What it counts, in plain words. */
  description: z.string().min(1).describe('What it counts'),
  /** The unit of its figures. */
  unit: z
    .enum(unitValues, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a unit: use "percent", "count", "rate" (with per and population), "days" or "ratio"`,
    })
    .describe('The unit of its figures: percent, count, rate (per N of a population), days or ratio'),
  /** For a rate: per how many of the population: 10000. */
  per: z.number().int().positive().optional().describe('For a rate: per how many, e.g. 10000'),
  /** For a rate: the population, in the source's words: "children aged under 18". */
  population: z.string().min(1).optional().describe('For a rate: the population, e.g. "children aged under 18"'),
  /** Targets set outside a notice: by a plan version, the council, or another document. */
  targets: z
    .array(ownTarget)
    .default([])
    .describe(
      "Targets set outside a notice (a notice's targets stay in the notice): each names who set it and in what words",
    ),
  /** Whether higher figures are better. */
  direction: z
    .enum(directionValues, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a direction: use "higher-is-better" or "lower-is-better"`,
    })
    .describe('Whether higher figures are better'),
  /** Notes on how the sources were read: what their words for a figure mean, where they differ. */
  notes: transcriptionNotes,
});

export type Indicator = z.infer<typeof indicator>;

import { z } from 'astro/zod';
import { corrections, slug, transcriptionNotes } from './common.ts';
import { recommendationId } from './inspection.ts';
import { impossibleTimescaleDate } from '../lib/base/timescale.ts';

/** Direction of travel since the previous version, in words. */
export const dotValues = ['improving', 'no-change', 'declining'] as const;

const ref = (depth: 1 | 2 | 3, example: string) =>
  z.string().regex(new RegExp(`^\\d+${'\\.\\d+'.repeat(depth - 1)}$`), {
    error: `must be a reference like "${example}"`,
  });

/** Cells of an action row a partial source may not give. */
export const actionOmittableFields = ['desiredOutcome', 'lead', 'timescale'] as const;

/** One row of a plan table: what will be done, by whom, by when, and how it will be known. */
export const action = z
  .object({
    /** Reference number, kept across versions of the plan: "1.1.1". */
    ref: ref(3, '1.1.1').describe('Reference number: "1.1.1"'),
    /** The reference it had in the previous version, when it was renumbered. */
    previousRef: ref(3, '1.1.1').optional().describe('Its reference in the previous version, if renumbered'),
    /** Desired outcome for children, one string per paragraph, citations as in the source; empty only with notInSource.desiredOutcome. */
    desiredOutcome: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Desired outcome for children (leave it empty only where the source gives none, and say why in notInSource.desiredOutcome)',
      ),
    /** Cells the source does not give, each with a note: { "desiredOutcome": "The minutes quote only the actions column." }. */
    notInSource: z
      .partialRecord(z.enum(actionOmittableFields), z.string().min(1))
      .default({})
      .describe('Cells the source does not give, each with a note; the site says "Not in the source"'),
    /** The actions, one string per paragraph of the source cell. */
    actions: z.array(z.string().min(1)).min(1).describe('The actions, one per paragraph'),
    /** Lead, in the plan's words: "HoS, Service Managers and Team Managers"; absent where the source names none. */
    lead: z
      .string()
      .min(1)
      .optional()
      .describe("Lead, in the plan's words; leave it out where the source names none, and say why in notInSource.lead"),
    /** The roles `lead` names as accountable, as ids of the authority's roles; empty only with no lead. */
    leadRoles: z
      .array(slug)
      .default([])
      .describe('Ids of the roles the lead names as accountable (at least one where the lead is given)'),
    /**
     * Roles `lead` names in another capacity than lead ("in conjunction with", "to deliver", "when
     * necessary"), each with the plan's words for it, which must be part of `lead`.
     */
    partners: z
      .array(
        z.object({
          role: slug.describe('Id of the role'),
          words: z
            .string()
            .min(1)
            .describe('The words of the lead that name the role and its part, e.g. "in conjunction with PeopleToo"'),
        }),
      )
      .default([])
      .describe("Roles the lead names as partners or deliverers rather than leads, with the plan's words"),
    /** Timescale, in the plan's words: "Immediate", "31st December 2019", "End January 2020 for …"; absent where the source gives none. */
    timescale: z
      .string()
      .min(1)
      .superRefine((words, ctx) => {
        const impossible = impossibleTimescaleDate(words);
        if (impossible) ctx.addIssue({ code: 'custom', message: impossible });
      })
      .optional()
      .describe(
        "Timescale, in the plan's words; leave it out where the source gives none, and say why in notInSource.timescale",
      ),
    /** What difference it will make to children (impact). */
    impact: z.array(z.string().min(1)).default([]).describe('What difference it will make to children'),
    /** How the difference to children will be measured. */
    measure: z.array(z.string().min(1)).default([]).describe('How the difference will be measured'),
    /** Evidence of progress; empty until the plan reports some. */
    evidence: z.array(z.string().min(1)).default([]).describe('Evidence of progress'),
    /** Rating, an id from the version's rating scale; null when not yet rated. */
    rag: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe("Rating from the version's scale, or null when not yet rated"),
    /** Direction of travel since the previous version; null when not stated. */
    dot: z
      .enum(dotValues, {
        error: (issue) =>
          `${JSON.stringify(issue.input)} is not a direction of travel: use "improving", "no-change" or "declining" (or null)`,
      })
      .nullable()
      .default(null)
      .describe('Direction of travel, or null'),
    /** Numbers of the inspection report's paragraphs the action cites. */
    paragraphs: z.array(z.number().int().positive()).default([]).describe('Report paragraphs cited'),
    /** Ids of the monitoring visits the action cites. */
    monitoringVisits: z.array(slug).default([]).describe('Monitoring visits cited'),
    /** True when the action cites the council's internal data rather than the inspectorate. */
    internal: z.boolean().default(false).describe('Cites internal data'),
    /** Notes on how the source was read. */
    notes: transcriptionNotes,
  })
  // A lead or a timescale the source does not give is said to be not in the source, with why.
  .refine((a) => a.lead !== undefined || a.notInSource.lead !== undefined, {
    error: "give the lead in the plan's words, or, where the source names none, say why in notInSource.lead",
    path: ['lead'],
  })
  .refine((a) => a.lead === undefined || a.leadRoles.length > 0, {
    error: "name at least one role the lead names as accountable (ids of the council's roles)",
    path: ['leadRoles'],
  })
  .refine((a) => a.lead !== undefined || a.leadRoles.length === 0, {
    error:
      "leadRoles names roles, but the lead is not given: give the lead in the plan's words, or leave leadRoles empty",
    path: ['leadRoles'],
  })
  .refine((a) => a.timescale !== undefined || a.notInSource.timescale !== undefined, {
    error: "give the timescale in the plan's words, or, where the source gives none, say why in notInSource.timescale",
    path: ['timescale'],
  });

/** One bullet of an objective: its words and what it answers. */
export const aim = z
  .object({
    /** The bullet's words, without the trailing citation in brackets. */
    text: z.string().min(1).describe("The bullet's words"),
    /** The citation in brackets, verbatim: "recommendation 8 and repeated"; absent where the plan gives none. */
    citation: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The citation in brackets, verbatim; leave it out where the plan gives none, and say why in notInSource.citation',
      ),
    /** What the source does not give, with a note: { "citation": "The plan cites nothing for this bullet." }. */
    notInSource: z
      .partialRecord(z.enum(['citation']), z.string().min(1))
      .optional()
      .describe(
        'What the source does not give, with a note; the site says "No citation in the plan" and shows the note',
      ),
    /** Ids of the recommendations it answers, as the report names them: "8", "b", "2.1". */
    recommendations: z
      .array(recommendationId)
      .default([])
      .describe('Ids of the recommendations it answers: "8", "b", "2.1"'),
    /** True when the plan marks the recommendation "repeated". */
    repeated: z.boolean().default(false).describe('Marked "repeated" by the plan'),
    /** Ids of the monitoring visits it answers. */
    monitoringVisits: z.array(slug).default([]).describe('Monitoring visits it answers'),
    /** True for an "internal objective" the council set itself. */
    internal: z.boolean().default(false).describe('An internal objective'),
  })
  .refine((a) => a.citation !== undefined || a.notInSource?.citation !== undefined, {
    error: 'give the citation in brackets, verbatim, or, where the plan gives none, say why in notInSource.citation',
    path: ['citation'],
  });

/** An objective of a theme, answering recommendations, monitoring visits or an internal need. */
export const objective = z.object({
  /** Reference number: "1.1". */
  ref: ref(2, '1.1').describe('Reference number: "1.1"'),
  /** Its bullets. */
  aims: z.array(aim).min(1).describe('Its bullets'),
  /** Its actions. */
  actions: z.array(action).min(1).describe('Its actions'),
});

/** A theme ("pillar") of a plan version. */
export const theme = z.object({
  /** Reference number: "1". */
  ref: ref(1, '1').describe('Reference number: "1"'),
  /** Title: "Leadership Management and Governance". */
  title: z.string().min(1).describe('Title'),
  /** Its objectives. */
  objectives: z.array(objective).min(1).describe('Its objectives'),
});

/** The table of a plan version: themes → objectives → actions. */
export const planOutline = z.object({
  /** Its themes. */
  themes: z.array(theme).min(1).describe('Its themes'),
  /** Corrections to the published version's actions (its table). */
  corrections,
});

/**
 * A version's table. Its corrections are optional here, since an importer or a scaffold builds a
 * table without any (the check reads an absent list as none).
 */
export type PlanOutline = Omit<z.infer<typeof planOutline>, 'corrections'> & {
  corrections?: z.infer<typeof planOutline>['corrections'];
};
export type Theme = z.infer<typeof theme>;
export type Objective = z.infer<typeof objective>;
export type Aim = z.infer<typeof aim>;
export type Action = z.infer<typeof action>;

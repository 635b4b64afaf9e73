import { z } from 'astro/zod';
import { authority } from './authority.ts';
import { isoDate, partialDate, slug } from './common.ts';
import { indicator } from './indicator.ts';
import { inspection } from './inspection.ts';
import { monitoringVisit } from './monitoring-visit.ts';
import { notice } from './notice.ts';
import { peerReview } from './peer-review.ts';
import { plan } from './plan.ts';
import { dotValues } from './plan-outline.ts';
import { planVersion } from './plan-version.ts';
import { statement } from './statement.ts';
import { notYetRated } from '../lib/base/vocabulary.ts';

/** Fields that place a published record: the authority and the document's id within it. */
/** The fields every document's record adds to its file's data: its council and its id. */
export const placed = {
  authority: slug.describe('Id of the authority'),
  id: slug.describe('Id of the document within the authority'),
};

/** A reference to one action of one plan version. */
export const actionKey = z.object({
  plan: slug.describe('Id of the plan'),
  version: slug.describe('Id of the plan version'),
  ref: z.string().describe('Reference number of the action'),
});

/** One action of one plan version, flattened for reuse. */
export const actionRecord = z.object({
  authority: slug.describe('Id of the authority'),
  plan: slug.describe('Id of the plan'),
  version: slug.describe('Id of the plan version: "v1"'),
  versionPublished: partialDate.describe(
    "The plan version's own date, as it gives it (its cover date, not necessarily when it was published)",
  ),
  ref: z.string().describe('Reference number: "1.1.1"'),
  theme: z.string().describe('Reference of its theme: "1"'),
  themeTitle: z.string().describe('Title of its theme'),
  objective: z.string().describe('Reference of its objective: "1.1"'),
  desiredOutcome: z.array(z.string()).describe('Desired outcome for children, one string per paragraph'),
  actions: z.array(z.string()).describe('The actions, one string per paragraph'),
  lead: z.string().nullable().describe("Lead, in the plan's words; null where the source names none"),
  leadRoles: z.array(slug).describe('Ids of the roles the lead names as accountable'),
  partners: z
    .array(z.object({ role: slug, words: z.string() }))
    .describe(
      'Roles the lead names in another part than lead ("in conjunction with", "to deliver"), with the plan\'s words',
    ),
  timescale: z.string().nullable().describe("Timescale, in the plan's words; null where the source gives none"),
  due: isoDate.nullable().describe('Due date read from the timescale; null for "Immediate" or undated'),
  immediate: z.boolean().describe('True when the timescale is "Immediate"'),
  overdue: z.boolean().describe('True when due before its asOf date and not rated complete'),
  asOf: z
    .string()
    .describe(
      "The date its version is judged as of (YYYY, YYYY-MM or YYYY-MM-DD, as precise as the plan gives it): in the plan's latest version, that version's date or the date the site configuration sets for the council; in an earlier version, that version's own date",
    ),
  impact: z.array(z.string()).describe('What difference it will make to children'),
  measure: z.array(z.string()).describe('How the difference will be measured'),
  evidence: z.array(z.string()).describe('Evidence of progress'),
  rag: z.string().nullable().describe("Rating id from the version's scale; null when not yet rated"),
  ragLabel: z.string().describe(`The rating's word, or "${notYetRated}"`),
  dot: z.enum(dotValues).nullable().describe('Direction of travel, or null'),
  inspection: slug
    .nullable()
    .describe('Id of the inspection whose recommendations and paragraphs it cites; null where the sources name none'),
  recommendations: z
    .array(z.string())
    .describe(
      'Ids of the recommendations, as the report names them ("8", "b", "2.1"), that its objective answers: the plan maps recommendations to objectives, not to single actions',
    ),
  paragraphs: z.array(z.number().int()).describe('Numbers of the report paragraphs it cites'),
  monitoringVisits: z.array(slug).describe('Ids of the monitoring visits it cites'),
  url: z.string().describe('Path of its page on this site'),
});

/** One recommendation, with the objectives that answer it and their actions, in every plan version. */
export const recommendationRecord = z.object({
  authority: slug.describe('Id of the authority'),
  inspection: slug.describe('Id of the inspection'),
  id: z.string().describe('Its id as the report names it: "8", "b", "2.1"'),
  text: z.string().describe('The recommendation, as quoted'),
  repeated: z.boolean().describe('Repeated from an earlier report'),
  repeatedFrom: slug.nullable().describe('Id of the earlier inspection, or null'),
  objectives: z.array(z.object({ plan: slug, version: slug, ref: z.string() })).describe('Objectives that answer it'),
  actions: z
    .array(actionKey)
    .describe(
      "Actions of the objectives that answer it, in every plan version: the plan maps recommendations to objectives, and does not say which of an objective's actions answers it",
    ),
  unaddressed: z.boolean().describe('True when no objective with actions in the latest plan version answers it'),
  url: z.string().describe('Path of its page on this site'),
});

/** One numbered paragraph and the actions that cite it. */
export const paragraphRecord = z.object({
  authority: slug.describe('Id of the authority'),
  inspection: slug.describe('Id of the inspection'),
  number: z.number().int().describe('Its number in the report'),
  text: z.string().nullable().describe('Its text, or null where the sources do not give it'),
  citedBy: z.array(actionKey).describe('Actions that cite it'),
  url: z.string().describe('Path of its page on this site'),
});

/** One published figure of an indicator. */
export const figureRecord = z.object({
  authority: slug.describe('Id of the authority'),
  indicator: slug.describe('Id of the indicator'),
  indicatorTitle: z.string().describe('The indicator, as named'),
  unit: z.string().nullable().describe("The indicator's unit, or null where it has none"),
  period: z
    .string()
    .nullable()
    .describe('The period the figure describes, at the precision the source gives, or null where it gives none'),
  periodInferred: z.string().nullable().describe('How the period was inferred, or null where it is read in the source'),
  value: z
    .number()
    .nullable()
    .describe("The figure, in the indicator's unit, or null where the source gives it only in words"),
  valueText: z.string().nullable().describe("The source's words for an approximate figure, or null"),
  basis: z.string().nullable().describe('In-month, cumulative, as-at or rolling; null where the source does not say'),
  source: z.string().describe('Where the figure was published'),
  url: z.string().describe("Path of the indicator's page on this site"),
});

/** One finding of a monitoring visit, with what its letter says it concerns. */
export const findingRecord = z.object({
  authority: slug.describe('Id of the authority'),
  visit: slug.describe('Id of the monitoring visit'),
  inspection: slug.describe('Id of the inspection the visit follows'),
  visited: z
    .string()
    .nullable()
    .describe('When the visit took place, at the precision the sources give, or null where no source dates it'),
  letter: z.string().nullable().describe("Date of the inspector's letter, or null where no source gives it"),
  number: z.number().int().describe("Its place among the visit's findings, from 1"),
  finding: z.string().describe("The finding, in the sources' words"),
  recommendations: z
    .array(z.string())
    .describe('Ids of the recommendations its letter says it concerns; empty where the letter names none'),
  areas: z.array(z.string()).describe("The report's areas its letter says it concerns; empty where it names none"),
  tiedBy: z.string().nullable().describe("The letter's words that make the link, or null where it makes none"),
  url: z.string().describe("Path of the visit's page on this site"),
});

/** Per recommendation, the council's view (its plan's own ratings) beside the inspectors' (the latest tied finding). */
export const recommendationViewsRecord = z.object({
  authority: slug.describe('Id of the authority'),
  inspection: slug.describe('Id of the inspection'),
  recommendation: z.string().describe('Its id as the report names it'),
  council: z
    .array(
      z.object({
        plan: slug,
        version: slug.describe("Id of the plan's latest version"),
        versionPublished: z.string().describe('When that version was published, at the precision it gives'),
        actions: z.number().int().describe('Actions of the objectives citing the recommendation in that version'),
        ratings: z
          .array(z.object({ rating: z.string(), count: z.number().int() }))
          .describe(
            "The plan's own ratings of those actions (self-assessed), by the plan's label; empty where it has no rating column",
          ),
      }),
    )
    .describe("What the council's plan says: one entry per plan answering the inspection"),
  inspectors: z
    .object({
      visit: slug,
      visited: z.string().nullable().describe('When the visit took place, at the precision the sources give, or null'),
      letter: z.string().nullable().describe("The letter's date, or null"),
      certain: z.boolean().describe("False where the visits' dates do not say which came last"),
      finding: z.string().describe('The finding, quoted'),
      tiedBy: z.string().describe("The letter's words that tie it to the recommendation"),
    })
    .nullable()
    .describe(
      'What inspectors said most recently: the latest finding a visit letter ties to it, or null where none is published',
    ),
  url: z.string().describe("Path of the recommendation's page on this site"),
});

/** The published datasets and the schema of one record of each. */
export const openDataRecords = {
  authorities: authority.safeExtend({ id: slug.describe('Id of the authority') }),
  inspections: inspection.safeExtend(placed),
  recommendations: recommendationRecord,
  paragraphs: paragraphRecord,
  'monitoring-visits': monitoringVisit.safeExtend(placed),
  notices: notice.safeExtend(placed),
  indicators: indicator.safeExtend(placed),
  plans: plan.safeExtend(placed),
  'plan-versions': planVersion.safeExtend({ ...placed, plan: slug.describe('Id of the plan') }),
  actions: actionRecord,
  'peer-reviews': peerReview.safeExtend(placed),
  statements: statement.safeExtend({ ...placed, body: z.string().describe("The statement's text, as Markdown") }),
  figures: figureRecord,
  findings: findingRecord,
  'recommendation-views': recommendationViewsRecord,
} as const;

/** The datasets also published as CSV (/data/<name>.csv): flat records, lists joined by "; ". */
export const csvDatasets = ['figures', 'findings', 'recommendation-views'] as const;

export type DatasetName = keyof typeof openDataRecords;
export type ActionRecord = z.infer<typeof actionRecord>;
export type RecommendationRecord = z.infer<typeof recommendationRecord>;
export type ParagraphRecord = z.infer<typeof paragraphRecord>;
export type FigureRecord = z.infer<typeof figureRecord>;
export type FindingRecord = z.infer<typeof findingRecord>;
export type RecommendationViewsRecord = z.infer<typeof recommendationViewsRecord>;

import { z } from 'astro/zod';
import { partialDate, slug, source, transcriptionNotes } from './common.ts';

/** Judgement words used by Ofsted frameworks, old and new. */
export const judgementValues = ['outstanding', 'good', 'requires-improvement', 'adequate', 'inadequate'] as const;

/** One judgement of one area: "Leadership, management and governance: inadequate". */
export const judgement = z.object({
  /** The area judged, in the report's words. */
  area: z.string().min(1).describe('The area judged'),
  /** The judgement. */
  judgement: z
    .enum(judgementValues, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a judgement: use one of ${judgementValues.map((j) => `"${j}"`).join(', ')}`,
    })
    .describe('The judgement'),
  /** Which document states this judgement, when it is not the report itself. */
  statedIn: z.string().min(1).optional().describe('The document that states the judgement'),
});

/**
 * A recommendation's identifier as the source names it, lower-case: "8", "b", "2.1".
 * It is the last part of the recommendation's web address.
 */
export const recommendationId = z.string().regex(/^[0-9a-z]+(\.[0-9a-z]+)*$/, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a recommendation id: write it as the report does, in lower case, e.g. "8", "b" or "2.1" (letters and digits, parts joined by dots)`,
});

/** A recommendation of an inspection report (or "area for improvement", "priority action"). */
export const recommendation = z.object({
  /** Its identifier as the report gives it: "8", "b", "2.1". */
  id: recommendationId.describe('Its number or letter in the report, in lower case: "8", "b", "2.1"'),
  /** The recommendation's words, as the source quotes them. */
  text: z.string().min(1).describe('The recommendation, as quoted'),
  /** True when the report repeats it from an earlier report. */
  repeated: z.boolean().default(false).describe('Repeated from an earlier report'),
  /** Id of the earlier inspection it was repeated from, within the same authority. */
  repeatedFrom: slug.optional().describe('The earlier inspection it repeats'),
  /** Notes on how the source was read. */
  notes: transcriptionNotes,
});

/** A numbered paragraph of an inspection report. */
export const paragraph = z.object({
  /** Its number in the report. */
  number: z.number().int().positive().describe('Its number in the report'),
  /** The paragraph's text, where it is known; null where the sources do not give it. */
  text: z.string().min(1).nullable().default(null).describe("The paragraph's text, or null where not known"),
});

/** An inspectorate's report on an authority's children's services. */
export const inspection = z
  .object({
    /** Title of the inspection. */
    title: z.string().min(1).describe('Title of the inspection'),
    /** The inspectorate(s): "Ofsted", "Ofsted and CQC". */
    inspectorate: z.string().min(1).describe('The inspectorate or inspectorates'),
    /** First day of fieldwork (or the month, when only that is known). */
    fieldworkStart: partialDate.optional().describe('First day of fieldwork'),
    /** Last day of fieldwork. */
    fieldworkEnd: partialDate.optional().describe('Last day of fieldwork'),
    /** Date the report was published. */
    published: partialDate.optional().describe('Date the report was published'),
    /**
     * What `published` is: "publication" (the default) where a source gives the date the report
     * was published, "report-date" where a source gives only the report's own date ("In February
     * 2013 the last Ofsted report ..."); the site then says "Report dated", never "Published".
     */
    publishedIs: z
      .enum(['publication', 'report-date'])
      .default('publication')
      .describe(
        'What the date in published is: "publication" (a source says when the report was published) or "report-date" (a source gives only the report\'s own date; the site says "Report dated")',
      ),
    /** What the team was, as the sources describe it: "a team of seven inspectors". */
    inspectors: z.string().min(1).optional().describe('The inspection team, as described'),
    /** Short summary of what the sources say about the inspection. */
    summary: z.array(z.string().min(1)).default([]).describe('Summary as the sources give it'),
    /** Judgements per area. */
    judgements: z.array(judgement).default([]).describe('Judgements per area'),
    /** The report's own word for its recommendations, when it is not "recommendation". */
    recommendationTerm: z
      .object({
        /** "area for improvement". */
        singular: z.string().min(1).describe('The word for one, in lower case: "area for improvement"'),
        /** "areas for improvement". */
        plural: z.string().min(1).describe('The word for several, in lower case: "areas for improvement"'),
      })
      .optional()
      .describe(
        'The report\'s own word for its recommendations ("areas for improvement", "priority actions"); absent means "recommendation(s)"',
      ),
    /** The report's recommendations that the sources give (all of them, or some). */
    recommendations: z.array(recommendation).default([]).describe('The recommendations the sources give'),
    /** How many recommendations the report contains, when known; may exceed those listed when the sources give only some. */
    recommendationCount: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('How many recommendations the report has in all (may be more than the sources give)'),
    /** The report's numbered paragraphs that other documents cite. */
    paragraphs: z.array(paragraph).default([]).describe('Numbered paragraphs'),
    /** Facts the source does not give, each with a note: { "dates": "The minutes give no date for the inspection." }. */
    notInSource: z
      .partialRecord(z.enum(['dates', 'judgements', 'recommendations']), z.string().min(1))
      .default({})
      .describe(
        'What the source does not give (dates, judgements, recommendations), each with a note; the site says "Not in the source"',
      ),
    /** Where the content came from. */
    sources: z.array(source).min(1).describe('Where this was transcribed from'),
    /** Notes on how the sources were read. */
    notes: transcriptionNotes,
  })
  .refine((i) => i.fieldworkStart !== undefined || i.published !== undefined || i.notInSource.dates !== undefined, {
    error:
      'give at least one of fieldworkStart or published, so the inspection can be dated, or, where the source gives no date, say why in notInSource.dates',
  });

export type Inspection = z.infer<typeof inspection>;
export type Recommendation = z.infer<typeof recommendation>;
export type Paragraph = z.infer<typeof paragraph>;
export type Judgement = z.infer<typeof judgement>;

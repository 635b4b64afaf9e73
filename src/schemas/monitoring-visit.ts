import { z } from 'astro/zod';
import {
  absentDateMessage,
  dateNotes,
  explainedWhenAbsent,
  inferences,
  partialDate,
  slug,
  source,
  transcriptionNotes,
} from './common.ts';

/** An inspector's later visit that follows an inspection, and its letter. */
export const monitoringVisit = z
  .object({
    /** Title: "Monitoring visit, April 2019". */
    title: z.string().min(1).describe('Title of the visit'),
    /** Id of the inspection it follows, within the same authority. */
    inspection: slug.describe('The inspection it follows'),
    /** When the visit took place: a day, the days of a visit over several ("2019-10-15/2019-10-17"), or the month where the day is not known; absent where no source dates it. */
    visited: partialDate
      .optional()
      .describe(
        'When the visit took place: a day, a range of days for a visit over several ("2019-10-15/2019-10-17"), a month or a year; leave it out where no source dates it, and say why in dateNotes.visited.notInSource',
      ),
    /** Notes on its dates: the source's words, an inference, or why a date is not in the source. */
    dateNotes: dateNotes(['visited', 'letter']),
    /** The source's own words that `visited` is read from: "Monitoring visit January/April". */
    visitedReadFrom: z
      .string()
      .min(1)
      .optional()
      .describe('The source\'s words the visit\'s date is read from, e.g. "Monitoring visit January/April"'),
    /** Date of the inspector's letter, only where a source gives it as the letter's date. */
    letter: partialDate
      .optional()
      .describe("Date of the inspector's letter, where a source says it is the letter's date"),
    /** Other dates a source gives for the visit, each with the source's exact words. */
    sourceDates: z
      .array(
        z.object({
          date: partialDate.describe('The date, at the precision the source gives'),
          words: z.string().min(1).describe("The source's exact words that give the date"),
        }),
      )
      .default([])
      .describe('Dates a source gives for the visit, with its exact words, where it does not say what the date is of'),
    /** Findings, as the sources report them. */
    findings: z.array(z.string().min(1)).default([]).describe('Findings as the sources report them'),
    /**
     * What a finding speaks to, only where the letter itself makes the link ("Recommendation 3 …",
     * "Of the areas for improvement, planning for children …"): the finding, by its exact words as in
     * `findings`, and the recommendations of the inspection it follows (by their ids) or the report's
     * areas (by the report's words) it concerns. Nothing is tied by inference: a finding not named here
     * stays with the visit.
     */
    ties: z
      .array(
        z.object({
          finding: z.string().min(1).describe('The finding, word for word as it appears in findings'),
          recommendations: z
            .array(z.string().min(1))
            .default([])
            .describe(
              'Ids of the recommendations of the inspection it follows that the letter says the finding concerns',
            ),
          areas: z
            .array(z.string().min(1))
            .default([])
            .describe("The report's areas the letter says the finding concerns, in the report's words"),
          words: z.string().min(1).describe("The letter's exact words that make the link"),
        }),
      )
      .default([])
      .describe('What findings speak to, where the letter itself names it'),
    /** The words the plan uses when citing this visit, so citations can be recognised. */
    citedAs: z.array(z.string().min(1)).default([]).describe('How other documents cite the visit'),
    /** Where the content came from. */
    sources: z.array(source).min(1).describe('Where this was transcribed from'),
    /** What the site infers rather than reads (which date is which visit's); each is shown as an inference. */
    inferences,
    /** Notes on how the sources were read. */
    notes: transcriptionNotes,
  })
  .refine(explainedWhenAbsent('visited'), { error: absentDateMessage('visited'), path: ['visited'] });

export type MonitoringVisit = z.infer<typeof monitoringVisit>;

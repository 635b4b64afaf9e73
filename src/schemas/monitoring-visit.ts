import { z } from 'astro/zod';
import { partialDate, slug, source, transcriptionNotes } from './common.ts';

/** An inspector's later visit that follows an inspection, and its letter. */
export const monitoringVisit = z.object({
  /** Title: "Monitoring visit, April 2019". */
  title: z.string().min(1).describe('Title of the visit'),
  /** Id of the inspection it follows, within the same authority. */
  inspection: slug.describe('The inspection it follows'),
  /** When the visit took place (the month where the day is not known). */
  visited: partialDate.describe('When the visit took place'),
  /** Date of the letter that reports it, when known. */
  letter: partialDate.optional().describe('Date of the inspector\'s letter'),
  /** Findings, as the sources report them. */
  findings: z.array(z.string().min(1)).default([]).describe('Findings as the sources report them'),
  /** The words the plan uses when citing this visit, so citations can be recognised. */
  citedAs: z.array(z.string().min(1)).default([]).describe('How other documents cite the visit'),
  /** Where the content came from. */
  sources: z.array(source).min(1).describe('Where this was transcribed from'),
  /** Notes on how the sources were read. */
  notes: transcriptionNotes,
});

export type MonitoringVisit = z.infer<typeof monitoringVisit>;

import { z } from 'astro/zod';
import { partialDate, slug, source, transcriptionNotes } from './common.ts';

/** How a target figure is counted. */
export const targetBasisValues = ['in-month', 'cumulative'] as const;

/** A measurable target: a value of an indicator to reach by a date, on a basis. */
export const target = z.object({
  /** The figure to reach, in the indicator's unit. */
  value: z.number().describe('The figure to reach, in the indicator\'s unit'),
  /** The date (usually a month) the target applies to; absent when the notice gives none. */
  due: partialDate.optional().describe('When the target applies'),
  /** The notice's words for the date: "for March 2011", "by October 2011". */
  dueText: z.string().min(1).optional().describe('The notice\'s words for the date'),
  /** In-month figure or cumulative over a period. */
  basis: z
    .enum(targetBasisValues, {
      error: (issue) => `${JSON.stringify(issue.input)} is not a target basis: use "in-month" or "cumulative"`,
    })
    .optional()
    .describe('In-month figure or cumulative over a period'),
  /** The notice's words for the basis: "cumulative figure for the first half of 2011-2012 reporting year". */
  basisText: z.string().min(1).optional().describe('The notice\'s words for the basis'),
});

/** A starting figure a target is measured from. */
export const baseline = z.object({
  /** The figure, in the indicator's unit. */
  value: z.number().describe('The baseline figure'),
  /** The period it describes: "2009-10". */
  period: z.string().min(1).describe('The period the baseline describes'),
});

/** A measure the notice requires, with the targets that make it measurable. */
export const measure = z.object({
  /** The measure, in the notice's words. */
  text: z.string().min(1).describe('The measure, in the notice\'s words'),
  /** Id of the indicator its targets are expressed in, within the same authority. */
  indicator: slug.optional().describe('The indicator its targets are expressed in'),
  /** The baseline the notice gives, if any. */
  baseline: baseline.optional().describe('The baseline the notice gives'),
  /** Targets for this measure. */
  targets: z.array(target).default([]).describe('Targets for this measure'),
});

/** A review of progress the notice schedules. */
export const review = z.object({
  /** The notice's words. */
  text: z.string().min(1).describe('The notice\'s words for the review'),
  /** When the review takes place, where the notice says. */
  date: partialDate.optional().describe('When the review takes place'),
  /** The performance period the review looks at, where the notice says. */
  dataPeriod: partialDate.optional().describe('The performance period it assesses'),
});

/** The Department for Education's improvement notice to an authority. */
export const notice = z
  .object({
    /** Title: "Improvement Notice". */
    title: z.string().min(1).describe('Title'),
    /** Who issued it. */
    issuedBy: z.string().min(1).optional().describe('Who issued the notice'),
    /** When it was issued (the year, where the notice is undated). */
    issued: partialDate.describe('When it was issued'),
    /** The addressee as written on the notice. */
    addressee: z.string().min(1).describe('The addressee'),
    /** The service whose poor performance it addresses. */
    area: z.string().min(1).describe('The service whose performance it addresses'),
    /** Id of the inspection it rests on, within the same authority. */
    inspection: slug.describe('The inspection it rests on'),
    /** The notice's own words for its evidence. */
    basis: z.string().min(1).describe('The evidence, in the notice\'s words'),
    /** General measures ("The Council must take action to: …"). */
    generalMeasures: z.array(z.string().min(1)).default([]).describe('General measures'),
    /** Measures with particular regard to outcomes, with their targets. */
    measures: z.array(measure).min(1).describe('Measures and their targets'),
    /** Expectations about the improvement programme and board. */
    expectations: z.array(z.string().min(1)).default([]).describe('Expectations about the programme and board'),
    /** Scheduled reviews of progress. */
    reviews: z.array(review).default([]).describe('Scheduled reviews'),
    /** Who assesses progress, in the notice's words. */
    assessedBy: z.string().min(1).optional().describe('Who assesses progress'),
    /** The statutory consequence of failing to comply. */
    consequence: z.string().min(1).describe('The consequence of failing to comply'),
    /** Where the content came from. */
    sources: z.array(source).min(1).describe('Where this was transcribed from'),
    /** Notes on how the sources were read. */
    notes: transcriptionNotes,
  });

export type Notice = z.infer<typeof notice>;
export type Measure = z.infer<typeof measure>;
export type Target = z.infer<typeof target>;

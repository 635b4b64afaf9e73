import { z } from 'astro/zod';
import { corrections, partialDate, slug, source, transcriptionNotes } from './common.ts';

/** One rating in a plan's scale: "Amber — actions are proceeding, but …". */
export const rating = z.object({
  /** Value used in actions' `rag` field: "amber". */
  id: slug.describe("Value used in actions' rag field"),
  /** The word shown beside the colour: "Amber". */
  label: z.string().min(1).describe('The word shown with the colour'),
  /** The plan's definition; absent where the source does not give it (the site says "Not in the source"). */
  definition: z
    .string()
    .min(1)
    .optional()
    .describe("The plan's definition of the rating; leave it out where the source does not give it"),
  /** The colour it is shown in (always with its word): red, amber, green or blue. */
  colour: z.enum(['red', 'amber', 'green', 'blue']).describe('The colour shown with the word'),
  /** True when the rating means the action is complete (BRAG's Blue). */
  complete: z.boolean().default(false).describe('Whether the rating means complete'),
});

/** The rating scale a plan version defines: RAG, BRAG, … */
export const ratingScale = z.object({
  /** Its name: "RAG". */
  name: z.string().min(1).describe("The scale's name"),
  /** The plan's words introducing the scale. */
  introduction: z.string().min(1).optional().describe("The plan's words introducing the scale"),
  /** The ratings, best first: the order says whether a change of rating is better or worse. */
  ratings: z.array(rating).min(1).describe('The ratings, best first'),
});

/** A stage of the improvement journey: "Stage 1 — Laying the foundations, by December 2019". */
export const stage = z.object({
  /** Its number. */
  number: z.number().int().positive().describe('Its number'),
  /** Its title. */
  title: z.string().min(1).describe('Its title'),
  /** The plan's words for when: "By December 2019", "Between April 2020 and March 2021". */
  when: z.string().min(1).describe("The plan's words for when"),
  /** When it starts, where the plan says. */
  starts: partialDate.optional().describe('When it starts'),
  /** When it is due to be reached. */
  due: partialDate.describe('When it is due'),
  /** Its milestones, in the plan's words. */
  milestones: z.array(z.string().min(1)).min(1).describe('Its milestones'),
});

/** Figures a plan states about itself in prose, checked against the data. */
export const claims = z.object({
  /** "The … report contains 16 detailed recommendations". */
  recommendations: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('How many recommendations the plan says the report has'),
  /** "resulting in six repeated recommendations". */
  repeatedRecommendations: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('How many repeated recommendations the plan says there are'),
  /** "4 themes" (or "pillars"). */
  themes: z.number().int().nonnegative().optional().describe('How many themes the plan says it has'),
});

/** A published version of an improvement plan: its metadata and, as MDX body, its introduction. */
export const planVersion = z.object({
  /** The version's name as published: "Version 1". */
  label: z.string().min(1).describe("The version's name"),
  /**
   * The version's own date, as the version gives it ("VERSION 1 - OCTOBER 2019"). The site says
   * "dated", since a plan's date is seldom the day it was published.
   */
  published: partialDate.describe('The version\'s own date, as it gives it (its cover date); the site says "dated"'),
  /** Stages of the improvement journey. */
  stages: z.array(stage).default([]).describe('Stages of the improvement journey'),
  /** The rating scale the version uses; absent when the plan has no rating column. */
  ratingScale: ratingScale
    .optional()
    .describe("The rating scale; leave it out when the plan has no rating column (every action's rag is then null)"),
  /** Figures the version states about itself, checked against the data. */
  claims: claims.default({}).describe('Figures the plan states in its prose'),
  /**
   * "transcribed" from a published plan document, or "original": a version the council keeps here
   * (started with npm run new or a sheet import), whose words are its own, not a copy of its sources.
   */
  origin: z
    .enum(['transcribed', 'original'])
    .default('transcribed')
    .describe(
      '"transcribed" when copied from a published plan document, "original" when the council updates the plan here (a new version started from the last)',
    ),
  /** Where the content came from. */
  sources: z.array(source).min(1).describe('Where this was transcribed from'),
  /** Notes on how the sources were read. */
  notes: transcriptionNotes,
  /** Corrections to the published version's details and introduction. */
  corrections,
});

export type PlanVersion = z.infer<typeof planVersion>;
export type Rating = z.infer<typeof rating>;
export type RatingScale = z.infer<typeof ratingScale>;
export type Stage = z.infer<typeof stage>;

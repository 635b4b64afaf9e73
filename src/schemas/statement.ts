import { z } from 'astro/zod';
import {
  absentDateMessage,
  dateNotes,
  dateTime,
  explainedWhenAbsent,
  inferences,
  notTemplate,
  partialDate,
  source,
  transcriptionNotes,
} from './common.ts';
/**
 * A reference to a document of the statement's authority, as `type/slug`: the type is the folder of
 * its kind ("inspections"). Which types a statement can be about is the kinds table's (its `ref`
 * column, src/lib/graph/kinds.ts), checked with the other references by `npm run check`.
 */
export const documentRefPattern = /^[a-z]+(?:-[a-z]+)*\/[a-z0-9]+(?:[a-z0-9.-]*[a-z0-9])?$/;

/** A typed link to another document of the same authority: "inspections/ofsted-2015". */
export const documentRef = z.string().regex(documentRefPattern, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a document reference: write "<type>/<id>", e.g. "inspections/ofsted-2015", where type is the folder of its kind of document`,
});

/** The example text `npm run new` writes for an author to replace; the check refuses it unedited. */
export const templateText = {
  summary: 'One or two sentences for listings, the feed and link previews.',
  keyAction: 'A key action.',
  question: 'A question people are asking?',
  answer: 'The answer, one paragraph per item.',
  body: 'Write the statement here, one paragraph per block of text.',
} as const;

/** A key action, with any sub-items. */
export const keyAction = z.object({
  /** The key action's words. */
  text: notTemplate(z.string().min(1), templateText.keyAction, 'a key action taken').describe('The key action'),
  /** Sub-items listed under it. */
  items: z.array(z.string().min(1)).default([]).describe('Sub-items'),
});

/** A question and its answer. */
export const question = z.object({
  /** The question. */
  question: notTemplate(z.string().min(1), templateText.question, 'a question people are asking').describe(
    'The question',
  ),
  /** The answer, one string per paragraph. */
  answer: z
    .array(notTemplate(z.string().min(1), templateText.answer, 'the answer'))
    .min(1)
    .describe('The answer, one string per paragraph'),
});

/** What the comms team publishes: press release or joint statement; the MDX body is its text. */
export const statement = z
  .object({
    /** Headline. */
    title: z.string().min(1).describe('Headline'),
    /** The press office's reference: "PR5220". */
    reference: z.string().min(1).optional().describe('Press office reference'),
    /** Date of publication, as precisely as the sources say; absent where the statement is undated. */
    date: partialDate
      .optional()
      .describe(
        'Date of publication: the day it is published (today for your own statement; if it is embargoed, the day it goes live), or for a copy of a published document as precisely as the source says (a day, a month or a year); leave it out only where the source is undated, and say why in dateNotes.date.notInSource',
      ),
    /** Notes on its date: the source's words, an inference, or why it is not in the source. */
    dateNotes: dateNotes(['date']),
    /** Kind of statement. */
    kind: z
      .enum(['joint-statement', 'press-release', 'statement'], {
        error: (issue) =>
          `${JSON.stringify(issue.input)} is not a kind of statement: use "joint-statement", "press-release" or "statement"`,
      })
      .describe('Kind of statement'),
    /** One or two sentences for listings, feeds and link previews. */
    summary: notTemplate(
      z.string().min(1),
      templateText.summary,
      'one or two sentences saying what the statement says',
    ).describe('One or two sentences for listings and previews'),
    /** The organisations that sign it. */
    signatories: z.array(z.string().min(1)).min(1).describe('Signatory organisations'),
    /** The documents it speaks about. */
    about: z.array(documentRef).default([]).describe('Documents it speaks about'),
    /** Key actions taken. */
    keyActions: z.array(keyAction).default([]).describe('Key actions taken'),
    /** Questions and answers. */
    questions: z.array(question).default([]).describe('Questions and answers'),
    /** "transcribed" from a published document, or "original": written for this site by its publisher. */
    origin: z
      .enum(['transcribed', 'original'], {
        error: (issue) =>
          `${JSON.stringify(issue.input)} is not an origin: use "transcribed" (copied from a published document) or "original" (written for this site)`,
      })
      .default('transcribed')
      .describe('"transcribed" when copied from a published document, "original" when written for this site'),
    /** Where the content came from. */
    sources: z.array(source).min(1).describe('Where this was transcribed from'),
    /** What the site infers rather than reads in the sources; each is shown as an inference. */
    inferences,
    /** Notes on how the sources were read. */
    notes: transcriptionNotes,
    /** True while the statement is being written: it is checked but never built into the site. */
    draft: z.boolean().default(false).describe('Draft: checked, but not published until this is unticked'),
    /** Embargo: builds made before this moment leave the statement out. */
    publishAt: dateTime
      .optional()
      .describe('Embargo: not published before this date and time (UK time, YYYY-MM-DD HH:MM)'),
  })
  .refine(explainedWhenAbsent('date'), { error: absentDateMessage('date'), path: ['date'] });

export type Statement = z.infer<typeof statement>;
export type KeyAction = z.infer<typeof keyAction>;

import { z } from 'astro/zod';
import {
  absentDateMessage,
  dateNotes,
  editorPatterns,
  explainedWhenAbsent,
  inferences,
  partialDate,
  slug,
  source,
  transcriptionNotes,
} from './common.ts';
import { isPeriod, periodFormats } from '../lib/base/periods.ts';

/** How a target figure is counted; absent means the source does not say (never defaulted). */
export const targetBasisValues = ['in-month', 'cumulative', 'as-at', 'rolling'] as const;

/** The basis of a target or figure: in-month, cumulative over a named period, as-at snapshot, rolling. */
export const basis = z
  .enum(targetBasisValues, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a basis: use "in-month", "cumulative", "as-at" or "rolling", or leave it out where the source does not say`,
  })
  .optional()
  .describe(
    'in-month, cumulative (over the period basisText names), as-at (a snapshot on a date) or rolling; leave it out where the source does not say',
  );

/** A period a target or figure is for: a date, month, year, quarter, financial or academic year. */
// The editor checks the shape of a period as it is typed; the check also checks the years follow.
editorPatterns.set(
  isPeriod,
  /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|\d{4}-Q[1-4]|(FY|AY) ?\d{4}\/\d{2})$/,
);
export const period = z.string().refine(isPeriod, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a period: write ${periodFormats}`,
});

/** A measurable target: a value of an indicator to reach by a date, on a basis. */
export const target = z.object({
  /** The figure to reach, in the indicator's unit; absent when the source gives only words ("fewer than half"). */
  value: z
    .number()
    .optional()
    .describe(
      "The figure to reach, in the indicator's unit (the number used for drawing); leave it out where the source gives only words",
    ),
  /** The source's words for the value when it is approximate: "almost 30%", "fewer than half". */
  valueText: z
    .string()
    .min(1)
    .optional()
    .describe('The source\'s words for an approximate value: "almost 30%", "fewer than half"'),
  /** The period the target applies to; absent when the source gives none. */
  due: period
    .optional()
    .describe(
      'When the target applies: a date, month, year, quarter ("2016-Q3"), financial year ("FY2013/14") or academic year ("AY2013/14")',
    ),
  /** The notice's words for the date: "for March 2011", "by October 2011". */
  dueText: z.string().min(1).optional().describe("The notice's words for the date"),
  /** In-month figure, cumulative over a period, as-at snapshot, rolling; absent: not stated. */
  basis,
  /** The notice's words for the basis: "cumulative figure for the first half of 2011-2012 reporting year". */
  basisText: z.string().min(1).optional().describe("The notice's words for the basis"),
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
  /** The heading the notice groups it under, in its words: "Leadership and governance". */
  heading: z
    .string()
    .min(1)
    .optional()
    .describe(
      'The heading the notice groups this measure under, in its words; measures with the same heading in a row are shown together',
    ),
  /** The measure, in the notice's words. */
  text: z.string().min(1).describe("The measure, in the notice's words"),
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
  text: z.string().min(1).describe("The notice's words for the review"),
  /** When the review takes place, where the notice says. */
  date: partialDate.optional().describe('When the review takes place'),
  /** The performance period the review looks at, where the notice says. */
  dataPeriod: partialDate.optional().describe('The performance period it assesses'),
});

/** Kinds of intervention document: a DfE improvement notice, or a statutory direction. */
export const noticeKindValues = ['improvement-notice', 'direction'] as const;

/** What happened to a notice or direction after it was issued. */
export const lifeEventValues = ['reviewed', 'lifted', 'replaced', 'revoked'] as const;

/** Another document a notice rests on: an inspection published here, or a document described. */
export const restsOn = z.object({
  /** What it is: "Ofsted focused visit report", "Children's services scorecard", "Diagnostic assessment". */
  title: z.string().min(1).describe('The document, as the notice names it: "Diagnostic assessment by the DfE adviser"'),
  /** What kind of evidence it is. */
  kind: z
    .enum(
      ['inspection', 'focused-visit', 'jtai', 'monitoring-visit', 'scorecard', 'diagnostic', 'peer-review', 'other'],
      {
        error: (issue) =>
          `${JSON.stringify(issue.input)} is not a kind of evidence: use "inspection", "focused-visit", "jtai", "monitoring-visit", "scorecard", "diagnostic", "peer-review" or "other"`,
      },
    )
    .describe(
      'What kind of document: inspection, focused-visit, jtai, monitoring-visit, scorecard, diagnostic, peer-review or other',
    ),
  /** Its date, where the notice (or the document) gives it. */
  date: partialDate.optional().describe('Its date, where the sources give it'),
  /** Id of the inspection, when it is one published on this site. */
  inspection: slug.optional().describe('Id of the inspection, when it is published on this site'),
  /** Where it can be read, when it is public. */
  source: source.optional().describe('Where the document itself can be read'),
});

/** A fact in a notice's life after it was issued: reviewed, lifted, replaced by a direction. */
export const lifeEvent = z.object({
  /** What happened. */
  event: z
    .enum(lifeEventValues, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not an event in a notice's life: use "reviewed", "lifted", "replaced" or "revoked"`,
    })
    .describe('What happened: reviewed, lifted, replaced (by a later notice or direction) or revoked'),
  /** When, as precisely as the source says. */
  date: partialDate.describe('When it happened, as precisely as the source says'),
  /** The source's words: "We lifted the improvement notice on 7 July 2017." */
  text: z.string().min(1).describe("The source's words for what happened"),
  /** Id of the notice or direction that replaced it, when it is published here. */
  replacedBy: slug.optional().describe('Id of the notice or direction that replaced it (event "replaced")'),
  /** Where the fact is published. */
  source: source.describe('Where the fact is published'),
});

/** Who a direction appoints: a commissioner, or a trust to run the service. */
export const appointment = z.object({
  /** A commissioner or a trust. */
  role: z
    .enum(['commissioner', 'trust'], {
      error: (issue) => `${JSON.stringify(issue.input)} is not an appointment: use "commissioner" or "trust"`,
    })
    .describe('commissioner or trust'),
  /** The name as the source gives it. */
  name: z.string().min(1).optional().describe('The name, as the source gives it'),
  /** The source's words. */
  text: z.string().min(1).optional().describe("The source's words for the appointment"),
});

/** Fields of a notice that a partial source may not give. */
export const noticeOmittableFields = [
  'issuedBy',
  'addressee',
  'area',
  'basis',
  'measures',
  'reviews',
  'consequence',
  'statutory',
] as const;

/** The Department for Education's improvement notice to an authority, or a statutory direction. */
export const notice = z
  .object({
    /** An improvement notice (the default) or a statutory direction. */
    kind: z
      .enum(noticeKindValues, {
        error: (issue) =>
          `${JSON.stringify(issue.input)} is not a kind of notice: use "improvement-notice" or "direction"`,
      })
      .default('improvement-notice')
      .describe('improvement-notice (the default) or direction'),
    /** True for a statutory notice or direction, false for a non-statutory notice; absent when the source does not say. */
    statutory: z
      .boolean()
      .optional()
      .describe(
        'true when statutory, false when the source says non-statutory; leave it out when the source does not say',
      ),
    /** Id of the earlier notice this one follows ("a further improvement notice"), within the same authority. */
    follows: slug.optional().describe('Id of the earlier notice it follows, e.g. "improvement-notice-2012"'),
    /** Which part of the document the sources give, when not all of it: "page 1 of 4". */
    part: z
      .string()
      .min(1)
      .optional()
      .describe('Which part of the document the sources give, when not all: "page 1 of 4"'),
    /** Fields the source does not give, each with a note saying why: { "consequence": "Only page 1 of 4 is in the sources." }. */
    notInSource: z
      .partialRecord(z.enum(noticeOmittableFields), z.string().min(1))
      .default({})
      .describe(
        'Fields the source does not give, each with a note; the site says "Not in the source" and shows the note',
      ),
    /** The document's own lead-in words, where it has them. */
    leadIns: z
      .object({
        /** Before the basis: "on the basis of evidence contained in:". */
        basis: z
          .string()
          .min(1)
          .optional()
          .describe('The words before the evidence, e.g. "on the basis of evidence contained in:"'),
        /** Before the general measures: "The Council must take action to:". */
        generalMeasures: z
          .string()
          .min(1)
          .optional()
          .describe('The words before the general measures, e.g. "The Council must take action to:"'),
        /** Before the measures: "… with particular regard to:". */
        measures: z
          .string()
          .min(1)
          .optional()
          .describe('The words before the measures, e.g. "… with particular regard to:"'),
        /** Before the consequence: "Failure to comply … may lead to:". */
        consequence: z.string().min(1).optional().describe('The words before the consequence'),
      })
      .default({})
      .describe("The document's own lead-in words; where absent, none is printed"),
    /** What happened to it after it was issued, oldest first. */
    life: z
      .array(lifeEvent)
      .default([])
      .describe('What happened after it was issued: reviewed, lifted, replaced, with dates and sources'),
    /** For a direction: who it appoints. */
    appoints: z.array(appointment).default([]).describe('For a direction: the commissioner or trust it appoints'),
    /** Other documents it rests on besides (or instead of) the inspection. */
    restsOn: z
      .array(restsOn)
      .default([])
      .describe('Documents it rests on besides the inspection: scorecards, diagnostics, focused visits, peer reviews'),
    /** Title: "Improvement Notice". */
    title: z.string().min(1).describe('Title'),
    /** Who issued it. */
    issuedBy: z.string().min(1).optional().describe('Who issued the notice'),
    /** When it was issued, as precisely as the sources say; absent where they do not (dateNotes.issued says why). */
    issued: partialDate
      .optional()
      .describe(
        'When it was issued, as precisely as the sources say; leave it out where they give no date, and say why in dateNotes.issued.notInSource',
      ),
    /** Notes on its dates: the source's words, an inference, or why the issue date is not in the source. */
    dateNotes: dateNotes(['issued']),
    /** The addressee as written on the notice. */
    addressee: z.string().min(1).optional().describe('The addressee'),
    /** The service whose poor performance it addresses. */
    area: z.string().min(1).optional().describe('The service whose performance it addresses'),
    /** Id of the inspection it rests on, within the same authority. */
    inspection: slug.optional().describe('The inspection it rests on (give it, or restsOn, or both)'),
    /** The notice's own words for its evidence. */
    basis: z.string().min(1).optional().describe("The evidence, in the notice's words"),
    /** General measures ("The Council must take action to: …"). */
    generalMeasures: z.array(z.string().min(1)).default([]).describe('General measures'),
    /** Measures with particular regard to outcomes, with their targets. */
    measures: z
      .array(measure)
      .default([])
      .describe('Measures and their targets (at least one, unless notInSource.measures says why none)'),
    /** Expectations about the improvement programme and board. */
    expectations: z.array(z.string().min(1)).default([]).describe('Expectations about the programme and board'),
    /** Scheduled reviews of progress. */
    reviews: z.array(review).default([]).describe('Scheduled reviews'),
    /** Who assesses progress, in the notice's words. */
    assessedBy: z.string().min(1).optional().describe('Who assesses progress'),
    /** The statutory consequence of failing to comply. */
    consequence: z
      .string()
      .min(1)
      .optional()
      .describe('The consequence of failing to comply (or notInSource.consequence)'),
    /** Where the content came from. */
    sources: z.array(source).min(1).describe('Where this was transcribed from'),
    /** What the site infers rather than reads in the sources; each is shown as an inference. */
    inferences,
    /** Notes on how the sources were read. */
    notes: transcriptionNotes,
  })
  .refine(explainedWhenAbsent('issued'), { error: absentDateMessage('issued'), path: ['issued'] });

export type Notice = z.infer<typeof notice>;
export type LifeEvent = z.infer<typeof lifeEvent>;
export type RestsOn = z.infer<typeof restsOn>;
export type Measure = z.infer<typeof measure>;
export type Target = z.infer<typeof target>;

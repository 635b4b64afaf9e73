import { z } from 'astro/zod';
import { slug, source } from './common.ts';
import { restsOn } from './notice.ts';

/** A council's improvement plan: the document that is revised version after version. */
export const plan = z.object({
  /** The plan's title: "Torbay Children's Services Improvement Plan". */
  title: z.string().min(1).describe("The plan's title"),
  /** Id of the inspection whose recommendations and paragraphs its actions cite. */
  inspection: slug.describe('The inspection whose recommendations and paragraphs it cites'),
  /** Other documents the plan answers besides the inspection: a scorecard, a diagnostic, a focused visit, a notice's review. */
  restsOn: z
    .array(restsOn)
    .default([])
    .describe(
      'Documents the plan also answers besides the inspection: scorecards, diagnostics, focused visits, peer reviews',
    ),
  /** Who owns the plan, in the plan's words. */
  owner: z.string().min(1).optional().describe('Who owns the plan'),
  /** Where the content came from. */
  sources: z.array(source).min(1).describe('Where this was transcribed from'),
});

export type Plan = z.infer<typeof plan>;

import { z } from 'astro/zod';

/** Who says what an abbreviation means. */
export const meaningSources = ['documents', 'site', 'unknown'] as const;

/** One abbreviation and what it stands for. */
export const term = z
  .object({
    /** The abbreviation as the documents write it: "LADO". */
    term: z.string().min(1).describe('The abbreviation as the documents write it'),
    /** What it stands for: "Local authority designated officer"; absent when no one says. */
    expansion: z
      .string()
      .min(1)
      .optional()
      .describe('What it stands for; leave it out when neither the documents nor common usage say'),
    /** A sentence explaining it for a reader who has never met it. */
    definition: z.string().min(1).optional().describe('A plain explanation'),
    /**
     * "documents" when the source documents spell it out; "site" when this site gives its usual
     * meaning from general knowledge; "unknown" when the documents do not spell it out and the
     * site does not guess.
     */
    meaningFrom: z
      .enum(meaningSources)
      .default('site')
      .describe(
        'Who gives its meaning: "documents" (the source documents spell it out), "site" (this site, from general knowledge) or "unknown" (no one: leave out the expansion)',
      ),
  })
  .refine((t) => (t.meaningFrom === 'unknown') === (t.expansion === undefined), {
    error: 'give an expansion unless meaningFrom is "unknown", and none when it is',
  });

/** The glossary: abbreviations spelled out, shown on the site and used by search both ways. */
export const glossary = z.object({
  /** The terms, in any order; the site sorts them. */
  terms: z.array(term).min(1).describe('The terms'),
});

export type Glossary = z.infer<typeof glossary>;
export type Term = z.infer<typeof term>;

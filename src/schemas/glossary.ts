import { z } from 'astro/zod';

/** One abbreviation and what it stands for. */
export const term = z.object({
  /** The abbreviation as the documents write it: "LADO". */
  term: z.string().min(1).describe('The abbreviation as the documents write it'),
  /** What it stands for: "Local authority designated officer". */
  expansion: z.string().min(1).describe('What it stands for'),
  /** A sentence explaining it for a reader who has never met it. */
  definition: z.string().min(1).optional().describe('A plain explanation'),
});

/** The glossary: abbreviations spelled out, shown on the site and used by search both ways. */
export const glossary = z.object({
  /** The terms, in any order; the site sorts them. */
  terms: z.array(term).min(1).describe('The terms'),
});

export type Glossary = z.infer<typeof glossary>;
export type Term = z.infer<typeof term>;

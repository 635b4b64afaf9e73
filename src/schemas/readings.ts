import { z } from 'astro/zod';

/**
 * One reading: a transcribed field that is not word for word in its source, and how it was read.
 * The verbatim check accepts such a field only with a reading, so each is a decision a reviewer sees.
 */
export const reading = z.object({
  /** Content file, relative to the content folder; "*" stands for any one name: "inspections/torbay/*.json". */
  file: z
    .string()
    .min(1)
    .describe(
      'The content file, relative to the content folder ("*" for any name): "inspections/torbay/ofsted-2018.json"',
    ),
  /** Field path as the check names it; "*" for any index or key: "judgements[*].area", "body ¶*". */
  path: z.string().min(1).describe('The field, as the check names it ("*" for any index or key): "judgements[*].area"'),
  /** What the site wrote, and from which words of the source. */
  note: z.string().min(1).describe('How it was read: what the site wrote, and from which words of the source'),
});

/** An authority's readings file: sources/<authority>/readings.json. */
export const readings = z.object({ readings: z.array(reading).max(500) });

export type Reading = z.infer<typeof reading>;

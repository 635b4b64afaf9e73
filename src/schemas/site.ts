// The site's settings: who publishes this copy of the tracker and how it looks. They are content, not
// code: one JSON file at the top of the content folder (src/content/site.json), checked by
// `npm run check` like every other file and editable in the editor. `npm run start-council` writes it.
import { z } from 'astro/zod';
import { isoDate, slug } from './common.ts';

/** The file's path, relative to the content folder. */
export const siteSettingsFile = 'site.json';

/** The relative luminance of a #rrggbb colour (WCAG 2.2, "relative luminance"). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The contrast ratio of white text on a #rrggbb background. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

const colour = z
  .string()
  .regex(/^#[0-9a-f]{6}$/i, { error: 'must be a colour written #rrggbb, for example "#1d4f91"' })
  .refine((value) => contrastWithWhite(value) >= 4.5, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is too light for the header's white text (contrast ${contrastWithWhite(String(issue.input)).toFixed(1)}:1, at least 4.5:1 is needed): choose a darker shade`,
  })
  .describe("The publisher's brand colour for the header, #rrggbb, dark enough for white text (4.5:1)");

/** The site's settings, as written in site.json. Every field has a default, so a missing file is a generic site. */
export const siteSettings = z
  .object({
    name: z.string().trim().min(1).default('Improvement Tracker').describe("The site's name, in the header and titles"),
    tagline: z
      .string()
      .trim()
      .min(1)
      .default('What councils under intervention were told to fix, and what they are doing about it')
      .describe('One line under the name: what the site is'),
    publisher: z
      .object({
        name: z.string().trim().min(1).describe('Who publishes the site'),
        logo: z
          .string()
          .regex(/^\/[A-Za-z0-9._/-]+\.(svg|png)$/, {
            error: 'must be the path of an SVG or PNG file under public/, starting with "/", for example "/logo.svg"',
          })
          .describe("The publisher's logo: the path of an SVG or PNG under public/, e.g. /logo.svg"),
        colour,
      })
      .default({ name: 'Improvement Tracker', logo: '/logo.svg', colour: '#1d4f91' }),
    contact: z
      .object({
        email: z
          .email({ error: 'must be an email address' })
          .optional()
          .describe('An email address readers can write to'),
        url: z.url({ error: 'must be a web address starting https://' }).optional().describe('A contact page'),
      })
      .optional()
      .describe('How readers reach the publisher'),
    licence: z
      .object({
        name: z.string().trim().min(1).describe("The licence's name"),
        url: z.url({ error: 'must be a web address starting https://' }).describe("The licence's address"),
      })
      .default({
        name: 'Open Government Licence v3.0',
        url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      })
      .describe('The licence the content and open data are published under'),
    /**
     * As-of dates by council id ({ torbay: "2020-02-01" }), for a council whose plans should be judged
     * as of a date other than each plan's latest version's date. A council not listed keeps its own
     * time; nothing one council publishes moves another's, and statements never move it.
     */
    asOf: z
      .record(slug, isoDate)
      .default({})
      .describe(
        "As-of dates by council id, for a council whose plans are judged as of a date other than its latest version's",
      ),
    /**
     * How long an action may be timed "Immediate" before its status line flags it, in calendar months
     * (a whole number from 1 to 120; default 3). An "Immediate" action is counted from the plan version
     * that introduced it (its published date) to its plan's as-of date, at the precision those dates
     * are given; an action rated with a rating meaning complete is never flagged.
     */
    immediateFlagMonths: z
      .number({ error: 'immediateFlagMonths must be a whole number of months, for example 3' })
      .int({ error: 'immediateFlagMonths must be a whole number of months, for example 3' })
      .min(1, { error: 'immediateFlagMonths must be at least 1 month' })
      .max(120, { error: 'immediateFlagMonths must be at most 120 months (10 years)' })
      .default(3)
      .describe('Months an action may be timed "Immediate" before its status line flags it'),
    /**
     * Whether the content's git repository can be read by anyone. On a public one, everything saved
     * there is public at once, so `npm run check` refuses drafts and embargoed statements (their text
     * would be readable before their time). Leave it out only where nobody publishes from git.
     */
    repository: z
      .enum(['public', 'private'], { error: 'must be "public" or "private"' })
      .optional()
      .describe(
        'Whether the git repository holding the content can be read by anyone ("public") or only by the council ("private")',
      ),
    /** When the accessibility statement was prepared and last reviewed (fixed dates keep builds identical). */
    accessibilityStatement: z
      .object({ prepared: isoDate, reviewed: isoDate })
      .default({ prepared: '2026-11-23', reviewed: '2026-11-23' })
      .describe('When the accessibility statement was prepared and last reviewed'),
  })
  .describe("The site's settings");

/** The site's settings, as validated (defaults filled in). */
export type SiteSettings = z.infer<typeof siteSettings>;

import { z } from 'astro/zod';
import { isoDate, slug } from './schemas/common.ts';
import { settings } from './lib/settings.ts';

/** The site's configuration: everything a council changes to publish its own tracker. */
export const siteConfigSchema = z.object({
  /** The site's name, shown in the header and titles. */
  name: z.string().min(1),
  /** One line under the name: what the site is. */
  tagline: z.string().min(1),
  /** The address the site is published at, for canonical links, feeds and the sitemap. */
  url: z.url(),
  /** Who publishes the site. */
  publisher: z.object({
    /** The publisher's name. */
    name: z.string().min(1),
    /** Path (under public/) of the publisher's logo, an SVG or PNG. */
    logo: z.string().startsWith('/'),
    /** The publisher's brand colour for the header; must give 4.5:1 contrast with white text. */
    colour: z.string().regex(/^#[0-9a-f]{6}$/i),
  }),
  /** How readers reach the publisher; absent when none is configured. */
  contact: z.object({ email: z.email().optional(), url: z.url().optional() }).optional(),
  /** The licence the content and open data are published under. */
  licence: z.object({ name: z.string().min(1), url: z.url() }),
  /**
   * As-of dates by council id ({ torbay: "2020-02-01" }), for a council whose plans should be judged
   * as of a date other than each plan's latest version's date. A council not listed keeps its own
   * time; nothing one council publishes moves another's, and statements never move it.
   */
  asOf: z.record(slug, isoDate).default({}),
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
    .default(3),
  /** True for a build of generated benchmark data: every page then says it is synthetic. */
  synthetic: z.boolean(),
  /** When the accessibility statement was prepared and last reviewed (fixed dates keep builds identical). */
  accessibilityStatement: z.object({ prepared: isoDate, reviewed: isoDate }),
});

/** The site's configuration, as validated. */
export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** The site's configuration. Edit the values here; the build checks them. */
export const siteConfig: SiteConfig = siteConfigSchema.parse({
  name: 'Improvement Tracker',
  tagline: 'What councils under intervention were told to fix, and what they are doing about it',
  url: settings().siteAddress,
  publisher: {
    name: 'Improvement Tracker',
    logo: '/logo.svg',
    colour: '#1d4f91',
  },
  contact: undefined,
  licence: {
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
  asOf: {},
  immediateFlagMonths: 3,
  synthetic: settings().synthetic,
  accessibilityStatement: { prepared: '2026-11-23', reviewed: '2026-11-23' },
});

import { z } from 'astro/zod';
import { siteSettings } from './schemas/site.ts';
import { loadSiteSettings } from './lib/content/site-settings.ts';
import { settings } from './lib/settings.ts';

/**
 * The site's configuration: the settings a council writes in its content (src/content/site.json,
 * checked by src/schemas/site.ts), with what only the build knows: the address it is published at
 * and whether it is the benchmark's synthetic site.
 */
export const siteConfigSchema = siteSettings.extend({
  /** The address the site is published at, for canonical links, feeds and the sitemap. */
  url: z.url(),
  /** True for a build of generated benchmark data: every page then says it is synthetic. */
  synthetic: z.boolean(),
});

/** The site's configuration, as validated. */
export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** The site's configuration: the content folder's site.json (or the defaults), the address and the build's kind. */
export const siteConfig: SiteConfig = siteConfigSchema.parse({
  ...loadSiteSettings(settings().contentDir),
  url: settings().siteAddress,
  synthetic: settings().synthetic,
});

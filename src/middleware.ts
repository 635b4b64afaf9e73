// Build-time finishing of every HTML page: what templates cannot know page by page.
import { defineMiddleware } from 'astro:middleware';
import { getGraph } from './data.ts';
import { markAbbreviations } from './lib/publishing/abbreviations.ts';
import { spaceBlocks } from './lib/publishing/block-spacing.ts';
import { addEndnotes } from './lib/publishing/endnotes.ts';
import { finishMain } from './lib/publishing/page-html.ts';
import { siteConfig } from './site.config.ts';

/**
 * On each page's <main>, read once and written into as rendered (src/lib/publishing/page-html.ts):
 * a line break between blocks that touch, so no text extractor joins their words
 * (src/lib/publishing/block-spacing.ts); every link's address numbered for print
 * (src/lib/publishing/endnotes.ts); the first use of each glossary abbreviation as <abbr>, linked to
 * the glossary (src/lib/publishing/abbreviations.ts). Tables that stack on a phone label their cells
 * in their templates.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const pageUrl = new URL(context.url.pathname, siteConfig.url).href;
  const { glossary } = await getGraph();
  const html = finishMain(await response.text(), [
    spaceBlocks,
    addEndnotes(pageUrl),
    markAbbreviations(glossary, context.url.pathname),
  ]);
  return new Response(html, { status: response.status, headers: response.headers });
});

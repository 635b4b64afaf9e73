// Build-time finishing of every HTML page: what templates cannot know page by page.
import { defineMiddleware } from 'astro:middleware';
import { transformMain } from './lib/page-html.ts';
import { withEndnotes } from './lib/endnotes.ts';
import { siteConfig } from './site.config.ts';

/** Numbers each link's address for print (see src/lib/print.ts). */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const pageUrl = new URL(context.url.pathname, siteConfig.url).href;
  const html = transformMain(await response.text(), (main) => withEndnotes(main, pageUrl));
  return new Response(html, { status: response.status, headers: response.headers });
});

// Build-time finishing of every HTML page: what templates cannot know page by page.
import { defineMiddleware } from 'astro:middleware';
import { getGraph } from './data.ts';
import { markAbbreviations } from './lib/publishing/abbreviations.ts';
import { spaceBlocks } from './lib/publishing/block-spacing.ts';
import { addEndnotes } from './lib/publishing/endnotes.ts';
import { finishMain } from './lib/publishing/page-html.ts';
import { siteConfig } from './site.config.ts';
import { settings } from './lib/settings.ts';

/** The editor's own addresses: its interface and its API never wait on the public content. */
export const isEditorRoute = (path: string) => /^\/(keystatic|api\/keystatic|api\/editor)(\/|$)/.test(path);

/** A page a person previews (not a script, a style sheet or a figure). */
const isPagePath = (path: string) => !/\.[a-z0-9]+$/i.test(path) || /\.html?$/i.test(path);

/**
 * On each page's <main>, read once and written into as rendered (src/lib/publishing/page-html.ts):
 * a line break between blocks that touch, so no text extractor joins their words
 * (src/lib/publishing/block-spacing.ts); every link's address numbered for print
 * (src/lib/publishing/endnotes.ts); the first use of each glossary abbreviation as <abbr>, linked to
 * the glossary (src/lib/publishing/abbreviations.ts). Tables that stack on a phone label their cells
 * in their templates.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const editing = settings().editing;
  // Under `npm run edit`, the editor's own routes never build the content graph, so no problem in
  // the content can lock the officer out of the form that fixes it; and a preview of content with
  // problems is a plain page listing them, each linked to its form (never an HTTP 500).
  if (editing && isEditorRoute(context.url.pathname)) return next();
  if (editing && context.request.method === 'GET' && isPagePath(context.url.pathname)) {
    const preview = await import('./editor/preview-problems.ts');
    const { contentDir, dataDir } = settings();
    const roots = { content: contentDir.replace(/^\.\//, ''), data: dataDir.replace(/^\.\//, '') };
    const problems = preview.problemsOnDisk(roots);
    if (problems.length > 0)
      return new Response(preview.problemPage(preview.problemItems(problems, roots)), {
        status: 409,
        headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
      });
  }
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

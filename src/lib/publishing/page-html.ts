import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/**
 * Applies a transform to the content of a built page's `<main>` element only, leaving the rest of
 * the page byte for byte as rendered. A page without one main element is returned unchanged.
 */
export function transformMain(page: string, transform: (main: string) => string): string {
  const open = /<main\b[^>]*>/.exec(page);
  const close = page.lastIndexOf('</main>');
  if (!open || close < open.index || page.indexOf('<main', open.index + 1) !== -1) return page;
  const start = open.index + open[0].length;
  return page.slice(0, start) + transform(page.slice(start, close)) + page.slice(close);
}

/** What the build finishes on every page's main content, in order. */
export type TreeTransform = (tree: Root) => void;

/** Parses a page's main content once, applies each transform in turn, and writes it back. */
export function finishMain(page: string, transforms: readonly TreeTransform[]): string {
  return transformMain(page, (main) => {
    const tree = fromHtml(main, { fragment: true });
    for (const transform of transforms) transform(tree);
    return toHtml(tree);
  });
}

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

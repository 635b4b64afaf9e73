import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { parseWellFormed } from '../../src/lib/publishing/fast-html.ts';
import { builtPages } from './browser.ts';

// The build reads every page's <main> with the fast reader (src/lib/publishing/fast-html.ts) and falls
// back to parse5 for markup it does not know. Here, on every page of the built site: the fast reader
// reads it (a template that makes it give up would slow every build without changing a byte), and
// its tree is parse5's.
describe('the fast reader on the built site', () => {
  const pages = builtPages()
    .filter((p) => p.endsWith('/') || p.endsWith('.html'))
    .map((p) => [p, readFileSync(join('dist', p.endsWith('/') ? `${p}index.html` : p), 'utf8')] as const)
    .map(([p, html]) => [p, /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1]] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);

  it('reads the main content of every page itself, into the tree parse5 builds', () => {
    expect(pages.length).toBeGreaterThan(100);
    const bare = (tree: unknown) =>
      JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value));
    const refused = pages.filter(([, main]) => parseWellFormed(main) === undefined).map(([p]) => p);
    expect(refused).toEqual([]);
    const different = pages
      .filter(([, main]) => bare(parseWellFormed(main)) !== bare(fromHtml(main, { fragment: true })))
      .map(([p]) => p);
    expect(different).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { finishMain, transformMain } from '../../../src/lib/publishing/page-html.ts';

const page =
  '<!doctype html><html><head><title>A&amp;B</title></head><body><header>H</header><main id="m"><p>One</p></main><footer>F</footer></body></html>';

describe("finishing only a page's <main>", () => {
  it('changes the main content and leaves the rest byte for byte', () => {
    const out = transformMain(page, (main) => main.toUpperCase());
    expect(out).toBe(page.replace('<p>One</p>', '<P>ONE</P>'));
  });

  it('returns a page with no main, or two, unchanged', () => {
    const none = '<html><body><p>x</p></body></html>';
    expect(transformMain(none, () => 'changed')).toBe(none);
    const two = '<main>a</main><main>b</main>';
    expect(transformMain(two, () => 'changed')).toBe(two);
  });

  it('parses the main content once and applies each transform in order', () => {
    const order: string[] = [];
    const out = finishMain(page, [
      (tree) => {
        order.push('first');
        tree.children.push({ type: 'text', value: '!' });
      },
      (tree) => {
        order.push(`second saw ${tree.children.length}`);
      },
    ]);
    expect(order).toEqual(['first', 'second saw 2']);
    expect(out).toContain('<main id="m"><p>One</p>!</main><footer>F</footer>');
    expect(out.startsWith('<!doctype html><html><head><title>A&amp;B</title>')).toBe(true);
  });
});

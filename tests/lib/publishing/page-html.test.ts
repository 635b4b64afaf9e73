import { describe, expect, it } from 'vitest';
import { finishHtml, finishMain, transformMain, type FinishingRule } from '../../../src/lib/publishing/page-html.ts';

const page =
  '<!doctype html><html><head><title>A&amp;B</title></head><body><header>H</header><main id="m"><p>One</p></main><footer>F</footer></body></html>';

describe("finishing only a page's <main>", () => {
  it('changes the main content and leaves the rest byte for byte', () => {
    const out = transformMain(page, (main) => main.toUpperCase());
    expect(out).toBe(page.replace('<p>One</p>', '<P>ONE</P>'));
    expect(transformMain('<p>a</p><main id="m">b</main><p>c</p>', (m) => m.toUpperCase())).toBe(
      '<p>a</p><main id="m">B</main><p>c</p>',
    );
  });

  it('returns a page with no main, or two, unchanged', () => {
    const none = '<html><body><p>x</p></body></html>';
    expect(transformMain(none, () => 'changed')).toBe(none);
    const two = '<main>a</main><main>b</main>';
    expect(transformMain(two, () => 'changed')).toBe(two);
  });
});

describe('reading once and writing into the page as rendered', () => {
  /** Records what it meets, and marks each element's start and end and each text's characters. */
  const recorder =
    (seen: string[]): FinishingRule =>
    (insert) => ({
      open(tag) {
        seen.push(`<${tag.name} ${JSON.stringify(tag.attributes)}>`);
        insert(tag.start, '{');
      },
      close(tag, end) {
        seen.push(`</${tag.name}>`);
        insert(end, '}');
      },
      text(text) {
        seen.push(JSON.stringify(text.value));
        insert(text.offsetOf(0), '(');
        insert(text.offsetOf(text.value.length), ')');
      },
      end(length) {
        insert(length, '.');
      },
    });

  it('reports elements, decoded attributes and decoded text where they were written', () => {
    const seen: string[] = [];
    const out = finishHtml('<p class="a&amp;b">R&amp;R<br>x</p>', [recorder(seen)]);
    expect(seen).toEqual(['<p {"class":"a&b"}>', '"R&R"', '<br {}>', '</br>', '"x"', '</p>']);
    expect(out).toBe('{<p class="a&amp;b">(R&amp;R){<br>}(x)</p>}.');
  });

  it('maps characters of decoded text to their place in the page', () => {
    let offsets: number[] = [];
    const rule: FinishingRule = () => ({ text: (t) => void (offsets = [0, 1, 2, 3].map((i) => t.offsetOf(i))) });
    finishHtml('<b>R&amp;R</b>', [rule]);
    expect(offsets).toEqual([3, 4, 9, 10]);
    // A reference that reads as two characters (one emoji) is indivisible: within it is its end.
    finishHtml('<b>&#x1F600;x</b>', [rule]);
    expect(offsets).toEqual([3, 12, 12, 13]);
  });

  it('applies every finishing in one reading, in the order given at the same place', () => {
    const first: FinishingRule = (insert) => ({ end: (n) => insert(n, '1') });
    const second: FinishingRule = (insert) => ({ end: (n) => insert(n, '2') });
    expect(finishMain(page, [first, second])).toBe(page.replace('<p>One</p>', '<p>One</p>12'));
    expect(finishMain(page, [])).toBe(page);
    const backwards: FinishingRule = (insert) => ({ end: (n) => [n, 0].forEach((at) => insert(at, `@${at}`)) });
    expect(finishHtml('<p>x</p>', [backwards])).toBe('@0<p>x</p>@8');
  });
});

import { describe, expect, it } from 'vitest';
import { withEndnotes } from '../src/lib/publishing/endnotes.ts';
import { transformMain } from '../src/lib/publishing/page-html.ts';
import { cssString, printMarginCss, styleHash } from '../src/lib/publishing/print.ts';

describe('printMarginCss', () => {
  it('repeats the address, as-at date, source and page number on every sheet', () => {
    const css = printMarginCss({
      address: 'https://x.example/torbay/',
      asAt: 'As at 31 October 2019',
      source: 'Source: v1',
    });
    expect(css).toContain('@top-left{content:"https://x.example/torbay/"');
    expect(css).toContain('@top-right{content:"As at 31 October 2019"');
    expect(css).toContain('@bottom-left{content:"Source: v1"');
    expect(css).toContain('"Page " counter(page) " of " counter(pages)');
    expect(printMarginCss({ address: 'https://x.example/' })).not.toContain('top-right');
  });

  it('keeps content text inside its string', () => {
    expect(cssString('a "quoted" \\ }\nb')).toBe('"a \\"quoted\\" \\\\ } b"');
  });

  it('hashes the style for the Content-Security-Policy', () => {
    expect(styleHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('withEndnotes', () => {
  const page = 'https://x.example/torbay/plans/p/';
  it('numbers each printed link by its absolute address, once per address, and lists them', () => {
    const html = withEndnotes('<p><a href="/a/">A</a>, <a href="../b/">B</a> and <a href="/a/">A again</a></p>', page);
    expect(html).toBe(
      '<p><a href="/a/">A</a><span class="app-print-only" data-pagefind-ignore="">[1]</span>, ' +
        '<a href="../b/">B</a><span class="app-print-only" data-pagefind-ignore="">[2]</span> and ' +
        '<a href="/a/">A again</a><span class="app-print-only" data-pagefind-ignore="">[1]</span></p>' +
        '<section class="app-print-only app-endnotes" data-pagefind-ignore=""><h2>Web addresses</h2>' +
        '<ol><li>https://x.example/a/</li><li>https://x.example/torbay/plans/b/</li></ol></section>',
    );
  });

  it('leaves links within the page, and parts print leaves out, unnumbered', () => {
    const html =
      '<a href="#x">x</a><div class="app-filters"><a href="/f/">f</a></div><div hidden><a href="/h/">h</a></div>';
    expect(withEndnotes(html, page)).toBe(html);
  });
});

describe('transformMain', () => {
  it('changes only what is inside main', () => {
    expect(transformMain('<p>a</p><main id="m">b</main><p>c</p>', (m) => m.toUpperCase())).toBe(
      '<p>a</p><main id="m">B</main><p>c</p>',
    );
    expect(transformMain('<p>no main</p>', () => 'x')).toBe('<p>no main</p>');
  });
});

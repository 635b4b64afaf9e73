import { describe, expect, it } from 'vitest';
import { withEndnotes } from '../../../src/lib/publishing/endnotes.ts';

const page = 'https://tracker.example.gov.uk/torbay/';
const note = (n: number) => `<span class="app-print-only" data-pagefind-ignore="">[${n}]</span>`;

describe("printed links' addresses as numbered endnotes", () => {
  it('numbers each address once, absolute, and lists them at the end for print only', () => {
    const out = withEndnotes(
      '<p><a href="plans/">Plan</a> and <a href="/torbay/plans/">again</a> and <a href="https://www.gov.uk/x">GOV.UK</a></p>',
      page,
    );
    expect(out).toBe(
      `<p><a href="plans/">Plan</a>${note(1)} and <a href="/torbay/plans/">again</a>${note(1)} and <a href="https://www.gov.uk/x">GOV.UK</a>${note(2)}</p>` +
        '<section class="app-print-only app-endnotes" data-pagefind-ignore=""><h2>Web addresses</h2><ol><li>https://tracker.example.gov.uk/torbay/plans/</li><li>https://www.gov.uk/x</li></ol></section>',
    );
  });

  it('reads addresses as the browser does, and writes them escaped', () => {
    const out = withEndnotes('<a href="?page=2&amp;sort=a"><b>x</b></a>', page);
    expect(out).toBe(
      `<a href="?page=2&amp;sort=a"><b>x</b></a>${note(1)}` +
        '<section class="app-print-only app-endnotes" data-pagefind-ignore=""><h2>Web addresses</h2><ol><li>https://tracker.example.gov.uk/torbay/?page=2&amp;sort=a</li></ol></section>',
    );
  });

  it('gives no number to links within the page or in parts print leaves out', () => {
    const html =
      '<p><a href="#top">Top</a></p><nav class="app-pagination"><a href="?page=2">Next</a></nav><div hidden><a href="/x/">x</a></div><a class="app-skip-link" href="/y/">y</a>' +
      '<div class="app-filters"><a href="/f/">f</a></div><a hidden href="/h/">h</a><a>no address</a>';
    expect(withEndnotes(html, page)).toBe(html);
  });

  it('numbers the links after a part left out, and not the links inside a numbered one', () => {
    const out = withEndnotes('<div hidden><p><a href="/x/">x</a></p></div><p><a href="/y/">y</a></p>', page);
    expect(out).toContain(`<a href="/x/">x</a></p></div><p><a href="/y/">y</a>${note(1)}</p>`);
    expect(out).toContain('<ol><li>https://tracker.example.gov.uk/y/</li></ol>');
  });
});

import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { addEndnotes, withEndnotes } from '../../../src/lib/publishing/endnotes.ts';

const page = 'https://tracker.example.gov.uk/torbay/';

describe("printed links' addresses as numbered endnotes", () => {
  it('numbers each address once, absolute, and lists them at the end for print only', () => {
    const out = withEndnotes(
      '<p><a href="plans/">Plan</a> and <a href="/torbay/plans/">again</a> and <a href="https://www.gov.uk/x">GOV.UK</a></p>',
      page,
    );
    expect(out).toBe(
      '<p><a href="plans/">Plan</a><span class="app-print-only" data-pagefind-ignore="">[1]</span> and <a href="/torbay/plans/">again</a><span class="app-print-only" data-pagefind-ignore="">[1]</span> and <a href="https://www.gov.uk/x">GOV.UK</a><span class="app-print-only" data-pagefind-ignore="">[2]</span></p>' +
        '<section class="app-print-only app-endnotes" data-pagefind-ignore=""><h2>Web addresses</h2><ol><li>https://tracker.example.gov.uk/torbay/plans/</li><li>https://www.gov.uk/x</li></ol></section>',
    );
  });

  it('gives no number to links within the page or in parts print leaves out', () => {
    const html =
      '<p><a href="#top">Top</a></p><nav class="app-pagination"><a href="?page=2">Next</a></nav><div hidden><a href="/x/">x</a></div><a class="app-skip-link" href="/y/">y</a>';
    expect(withEndnotes(html, page)).toBe(html);
    expect(addEndnotes(fromHtml(html, { fragment: true }), page)).toBe(false);
  });
});

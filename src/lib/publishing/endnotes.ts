// Every printed link's address as a numbered endnote, added to each page at build time.
import { classesOf, escapeHtml, finishHtml, isHidden, type FinishingRule, type Tag } from './page-html.ts';

/** Parts of a page that print leaves out, so their links get no endnote. */
const NOT_PRINTED = [
  'app-filters',
  'app-filters__status',
  'app-follow',
  'app-pagination',
  'app-chart__canvas',
  'app-skip-link',
];
const notPrinted = (tag: Tag) => isHidden(tag) || classesOf(tag).some((c) => NOT_PRINTED.includes(c));

const PRINT_ONLY = 'class="app-print-only" data-pagefind-ignore=""';

/**
 * Numbers every printed link of a fragment of HTML (a page's main content) with the absolute
 * address it leads to: "[3]" after the link, shown only in print, and a list of the addresses at
 * the end. Links to the same address share a number; links within the page ("#…") get none, nor do
 * links in parts print leaves out (hidden, or with a class of NOT_PRINTED).
 */
export const addEndnotes =
  (pageUrl: string): FinishingRule =>
  (insert) => {
    const numbers = new Map<string, number>();
    /** How deep within a part left out, or within a numbered link, the reader is. */
    let skipping = 0;
    let link: { tag: Tag; number: number } | undefined;
    return {
      open(tag) {
        if (skipping > 0 || notPrinted(tag)) return void skipping++;
        const href = tag.name === 'a' ? tag.attributes.href : undefined;
        if (href === undefined || href.startsWith('#')) return;
        const address = new URL(href, pageUrl).href;
        if (!numbers.has(address)) numbers.set(address, numbers.size + 1);
        link = { tag, number: numbers.get(address)! };
        skipping = 1;
      },
      close(tag, end) {
        if (skipping === 0) return;
        skipping--;
        if (link?.tag === tag) {
          insert(end, `<span ${PRINT_ONLY}>[${link.number}]</span>`);
          link = undefined;
        }
      },
      end(length) {
        if (numbers.size === 0) return;
        const items = [...numbers.keys()].map((address) => `<li>${escapeHtml(address)}</li>`).join('');
        insert(
          length,
          `<section class="app-print-only app-endnotes" data-pagefind-ignore=""><h2>Web addresses</h2><ol>${items}</ol></section>`,
        );
      },
    };
  };

/** A fragment of HTML with its endnotes added (unchanged when it has no link to number). */
export function withEndnotes(html: string, pageUrl: string): string {
  return finishHtml(html, [addEndnotes(pageUrl)]);
}

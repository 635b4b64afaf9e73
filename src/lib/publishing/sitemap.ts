// Sitemap dates: each page names the date it is as at in its head (<meta name="dcterms.modified">,
// written by the page frame), and the sitemap gives it as that page's <lastmod>, at the precision the
// sources give it ("2019-10" stays a month: the sitemap protocol takes W3C dates of any precision).
// A page with no date (the register, the glossary) has no <lastmod>: none is known.

/** The meta tag that carries a page's date. */
export const MODIFIED_META = 'dcterms.modified';

const partialDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The date a page's head names, or undefined. */
export function modifiedOf(head: string): string | undefined {
  for (const tag of head.match(/<meta\b[^>]*>/g) ?? []) {
    if (!new RegExp(`\\bname="${MODIFIED_META.replace('.', '\\.')}"`).test(tag)) continue;
    const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
    return content && partialDate.test(content) ? content : undefined;
  }
  return undefined;
}

/** A sitemap with a <lastmod> after each <loc> whose page has a date; every other byte as it was. */
export function withLastmod(xml: string, lastmodOf: (loc: string) => string | undefined): string {
  return xml.replace(/<url><loc>([^<]*)<\/loc>(?!<lastmod>)/g, (whole, loc: string) => {
    const date = lastmodOf(loc.replace(/&amp;/g, '&'));
    return date ? `${whole}<lastmod>${date}</lastmod>` : whole;
  });
}

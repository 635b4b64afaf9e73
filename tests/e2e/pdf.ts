import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';

/** A page printed to A4 as a browser prints it: its PDF, page count and each sheet's text. */
export interface Printed {
  pdf: Buffer;
  pages: number;
  text: string[];
  /** The page's canonical (absolute) address. */
  canonical: string;
}

/** Prints a page of the built site to an A4 PDF with Chromium and reads its text back. */
export async function printPage(browser: Browser, url: string): Promise<Printed> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text } = await extractText(document, { mergePages: false });
    return { pdf, pages: totalPages, text: text as string[], canonical: canonical ?? '' };
  } finally {
    await page.close();
  }
}

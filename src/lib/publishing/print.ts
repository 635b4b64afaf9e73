// What every printed sheet of a page carries: its address, "as at" date, source and page number.
import { createHash } from 'node:crypto';

/** What runs along the top and bottom of every printed sheet of a page. */
export interface PrintMargins {
  /** The page's absolute web address. */
  address: string;
  /** "As at 31 October 2019", where the page has an as-at date. */
  asAt?: string;
  /** "Source: …", where the page is drawn from one document. */
  source?: string;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * An `@page` rule whose margin boxes repeat the address, as-at date, source and page number on
 * every printed sheet (Chromium 131 and later, and other engines with CSS paged media).
 */
export function printMarginCss(margins: PrintMargins): string {
  const font = 'font:8pt system-ui,sans-serif;color:#333';
  const box = (name: string, content: string, width: string) => `@${name}{content:${content};${font};width:${width}}`;
  return [
    '@media print{@page{',
    box('top-left', cssString(margins.address), '75%'),
    margins.asAt ? box('top-right', cssString(margins.asAt), '25%') : '',
    margins.source ? box('bottom-left', cssString(margins.source), '80%') : '',
    box('bottom-right', '"Page " counter(page) " of " counter(pages)', '20%'),
    '}}',
  ].join('');
}

/** The CSP hash of an inline style element's text, for `Astro.csp.insertStyleHash`. */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css).digest('base64')}`;
}

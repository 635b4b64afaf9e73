import { describe, expect, it } from 'vitest';
import { cssString, printMarginCss, styleHash } from '../../../src/lib/publishing/print.ts';

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

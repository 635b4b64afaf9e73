import { describe, expect, it } from 'vitest';
import { modifiedOf, withLastmod } from '../../../src/lib/publishing/sitemap.ts';

describe('sitemap dates', () => {
  it("reads the date a page's head names, only when it is a date", () => {
    expect(modifiedOf('<meta charset="utf-8"><meta name="dcterms.modified" content="2019-10">')).toBe('2019-10');
    expect(modifiedOf('<meta name="dcterms.modified" content="2019-10-31">')).toBe('2019-10-31');
    expect(modifiedOf('<meta name="dcterms.modified" content="October 2019">')).toBeUndefined();
    expect(modifiedOf('<meta name="description" content="2019">')).toBeUndefined();
  });

  it('gives a page its date at the precision known, and none where none is known', () => {
    const xml =
      '<urlset><url><loc>https://t.example/</loc></url><url><loc>https://t.example/torbay/</loc></url></urlset>';
    const dates: Record<string, string> = { 'https://t.example/torbay/': '2019-10' };
    expect(withLastmod(xml, (loc) => dates[loc])).toBe(
      '<urlset><url><loc>https://t.example/</loc></url><url><loc>https://t.example/torbay/</loc><lastmod>2019-10</lastmod></url></urlset>',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  councilIndexOf,
  councilIndexPath,
  councilSlugOf,
  indexesFor,
  isCouncilIndexFile,
  siteIndexGlobs,
} from '../../../src/lib/search/search-split.ts';

const councils = [
  { name: 'Torbay Council', index: councilIndexPath('torbay') },
  { name: 'Worcestershire County Council', index: councilIndexPath('worcestershire') },
];

describe('the split search index', () => {
  it('keeps inspection paragraph pages in their council’s index only; every other page is in both', () => {
    expect(councilIndexOf('/torbay/inspections/ofsted-2018/paragraphs/24/')).toBe('torbay');
    expect(councilIndexOf('/torbay/inspections/ofsted-2018/recommendations/8/')).toBeUndefined();
    expect(councilIndexOf('/torbay/inspections/ofsted-2018/')).toBeUndefined();
    expect(councilIndexOf('/torbay/plans/improvement-plan/actions/1.1.4/')).toBeUndefined();
    expect(councilIndexOf('/')).toBeUndefined();
    expect(councilIndexPath('torbay')).toBe('/torbay/pagefind/');
    expect(councilSlugOf('/torbay/pagefind/')).toBe('torbay');
    expect(councilSlugOf('/pagefind/')).toBeUndefined();
  });

  it('searches the site-wide index across councils, adding the councils’ paragraphs when asked for', () => {
    const site = { site: true, councils: [], paragraphsOnly: true };
    expect(indexesFor(councils, {}, undefined)).toEqual(site);
    expect(indexesFor(councils, {}, 'recommendation 8')).toEqual(site);
    expect(indexesFor(councils, { type: { any: ['Action'] } }, 'paragraph 24')).toEqual(site);
    expect(indexesFor(councils, {}, 'paragraph 24')).toEqual({ site: true, councils, paragraphsOnly: true });
    expect(indexesFor(councils, { type: { any: ['Action', 'Paragraph'] } }, undefined)).toEqual({
      site: true,
      councils,
      paragraphsOnly: true,
    });
    // Paragraphs alone are in the council indexes only.
    expect(indexesFor(councils, { type: { any: ['Paragraph'] } }, undefined)).toEqual({
      site: false,
      councils,
      paragraphsOnly: true,
    });
  });

  it('searches only the named councils’ own indexes when a search names councils, whatever it asks for', () => {
    const torbay = { site: false, councils: [councils[0]], paragraphsOnly: false };
    expect(indexesFor(councils, { authority: { any: ['Torbay Council'] } }, undefined)).toEqual(torbay);
    expect(indexesFor(councils, { authority: { any: ['Torbay Council'] } }, 'paragraph 24')).toEqual(torbay);
    expect(
      indexesFor(councils, { type: { any: ['Action'] }, authority: { any: ['Torbay Council'] } }, undefined),
    ).toEqual(torbay);
    expect(
      indexesFor(councils, { authority: { any: ['Torbay Council', 'Worcestershire County Council'] } }, undefined),
    ).toEqual({ site: false, councils, paragraphsOnly: false });
    // A council without an index of its own (none published) falls back to the site-wide index and its filter.
    expect(indexesFor(councils, { authority: { any: ['Nowhere Council'] } }, undefined)).toEqual({
      site: true,
      councils: [],
      paragraphsOnly: true,
    });
  });

  it('publishes a council index’s data files and what it needs to be searched on its own', () => {
    for (const kept of [
      'pagefind-entry.json',
      'pagefind.en_1a2b3c.pf_meta',
      'index/en_1a2b.pf_index',
      'fragment/en_1a2b.pf_fragment',
      'filter/en_1a2b.pf_filter',
      'wasm.en.pagefind',
    ]) {
      expect(isCouncilIndexFile(kept)).toBe(true);
    }
    for (const dropped of [
      'pagefind.js',
      'pagefind-worker.js',
      'wasm.unknown.pagefind',
      'pagefind-ui.css',
      'pagefind-component-ui.js',
    ]) {
      expect(isCouncilIndexFile(dropped)).toBe(false);
    }
  });

  it('reads the site for the site-wide index one top-level folder at a time, never its own index', () => {
    expect(siteIndexGlobs(['worcestershire', 'pagefind', '_astro', 'torbay', 'search'])).toEqual([
      '*.{html}',
      '_astro/**/*.{html}',
      'search/**/*.{html}',
      'torbay/**/*.{html}',
      'worcestershire/**/*.{html}',
    ]);
  });
});

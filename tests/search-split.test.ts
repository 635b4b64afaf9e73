import { describe, expect, it } from 'vitest';
import {
  councilIndexesFor,
  councilIndexOf,
  councilIndexPath,
  isMergedIndexFile,
} from '../src/lib/search/search-split.ts';

const councils = [
  { name: 'Torbay Council', index: councilIndexPath('torbay') },
  { name: 'Worcestershire County Council', index: councilIndexPath('worcestershire') },
];

describe('the split search index', () => {
  it('puts inspection paragraph pages in their council’s index and every other page in the site-wide one', () => {
    expect(councilIndexOf('/torbay/inspections/ofsted-2018/paragraphs/24/')).toBe('torbay');
    expect(councilIndexOf('/torbay/inspections/ofsted-2018/recommendations/8/')).toBeUndefined();
    expect(councilIndexOf('/torbay/inspections/ofsted-2018/')).toBeUndefined();
    expect(councilIndexOf('/torbay/plans/improvement-plan/actions/1.1.4/')).toBeUndefined();
    expect(councilIndexOf('/')).toBeUndefined();
    expect(councilIndexPath('torbay')).toBe('/torbay/pagefind/');
  });

  it('searches a council’s paragraphs when the search names the council, asks for paragraphs or quotes a paragraph number', () => {
    expect(councilIndexesFor(councils, {}, undefined)).toEqual([]);
    expect(councilIndexesFor(councils, {}, 'recommendation 8')).toEqual([]);
    expect(councilIndexesFor(councils, {}, 'paragraph 24')).toEqual(councils);
    expect(councilIndexesFor(councils, { type: { any: ['Paragraph'] } }, undefined)).toEqual(councils);
    expect(councilIndexesFor(councils, { authority: { any: ['Torbay Council'] } }, undefined)).toEqual([councils[0]]);
    expect(councilIndexesFor(councils, { authority: { any: ['Torbay Council'] } }, 'paragraph 24')).toEqual([
      councils[0],
    ]);
    // A type filter without paragraphs needs no paragraph index, whichever council it names.
    expect(
      councilIndexesFor(councils, { type: { any: ['Action'] }, authority: { any: ['Torbay Council'] } }, undefined),
    ).toEqual([]);
    expect(councilIndexesFor(councils, { type: { any: ['Action', 'Paragraph'] } }, undefined)).toEqual(councils);
  });

  it('publishes only the data files of a council index', () => {
    for (const kept of [
      'pagefind-entry.json',
      'pagefind.en_1a2b3c.pf_meta',
      'index/en_1a2b.pf_index',
      'fragment/en_1a2b.pf_fragment',
      'filter/en_1a2b.pf_filter',
    ]) {
      expect(isMergedIndexFile(kept)).toBe(true);
    }
    for (const dropped of [
      'pagefind.js',
      'pagefind-worker.js',
      'wasm.en.pagefind',
      'pagefind-ui.css',
      'pagefind-component-ui.js',
    ]) {
      expect(isMergedIndexFile(dropped)).toBe(false);
    }
  });
});

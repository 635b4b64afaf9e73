import { describe, expect, it } from 'vitest';
import { searchFilters } from '../../../src/lib/search/search-meta.ts';
import { searchFilterOptions } from '../../../src/lib/search/search-options.ts';
import { bundledGraph, otherGraph, threeGraph } from '../fixtures.ts';

describe('every value each search filter can take', () => {
  it('comes from the content, sorted naturally, with "Page" always a type', () => {
    const options = searchFilterOptions(threeGraph());
    expect(Object.keys(options)).toEqual([...searchFilters]);
    expect(options.version).toEqual(['Version 1', 'Version 2', 'Version 3']);
    expect(options.rating).toEqual(['Amber', 'Green', 'Not yet rated', 'Red']);
    expect(options.type).toContain('Page');
    expect(options.theme).toEqual(['1. Practice']);
  });

  it("offers each council's own values and nothing invented", () => {
    const options = searchFilterOptions(otherGraph());
    const names = otherGraph().authorities.map((a) => a.data.name);
    expect([...options.authority].sort()).toEqual([...names].sort());
    expect(options.rating.every((r) => r !== '')).toBe(true);
  });
});

describe('every filter value the bundled content has', () => {
  it('offers every filter value the content has', () => {
    const options = searchFilterOptions(bundledGraph());
    expect(options.repeated).toEqual(['Not repeated', 'Repeated']);
    expect(options.authority).toEqual(['Torbay Council', 'Worcestershire County Council']);
    expect(options.type).toContain('Recommendation');
  });
});

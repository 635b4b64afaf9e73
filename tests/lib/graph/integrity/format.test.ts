import { describe, expect, it } from 'vitest';
import { duplicates, idList, list, ranges } from '../../../../src/lib/graph/integrity/format.ts';

describe('how integrity messages list things', () => {
  it('lists values as a reader expects', () => {
    expect(list([])).toBe('none');
    expect(list(['a'])).toBe('"a"');
    expect(list(['a', 'b', 'c'])).toBe('"a", "b" and "c"');
    expect(list([1, 2], 'or')).toBe('1 or 2');
  });

  it('writes runs of numbers as ranges', () => {
    expect(ranges([3, 1, 2, 5, 7, 8, 9, 9])).toBe('1–3, 5, 7–9');
    expect(ranges([18, 19])).toBe('18, 19');
    expect(ranges([])).toBe('none');
  });

  it('lists recommendation ids: numbers as ranges, anything else as given', () => {
    expect(idList(['1', '2', '3', '4'])).toBe('1–4');
    expect(idList(['a', 'b', 'a'])).toBe('a, b');
    expect(idList(['1.1', '2.1'])).toBe('1.1, 2.1');
    expect(idList([])).toBe('none');
  });

  it('finds each repeated value once', () => {
    expect(duplicates([1, 2, 1, 3, 1, 2])).toEqual([1, 2]);
    expect(duplicates(['a'])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { listWords, plural } from '../../../src/lib/base/text.ts';

describe('text helpers', () => {
  it('counts a noun in words', () => {
    expect(plural(1, 'action')).toBe('1 action');
    expect(plural(36, 'action')).toBe('36 actions');
    expect(plural(0, 'action')).toBe('0 actions');
    expect(plural(2, 'area for improvement', 'areas for improvement')).toBe('2 areas for improvement');
  });

  it('joins a list as a reader writes it', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b'])).toBe('a and b');
    expect(listWords(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });
});

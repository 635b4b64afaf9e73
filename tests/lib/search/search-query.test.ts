import { describe, expect, it } from 'vitest';
import {
  expandQuery,
  mergeResults,
  parseReference,
  parseScopedReference,
} from '../../../src/lib/search/search-query.ts';

describe('exact references and query expansion', () => {
  it('reads references however they are typed, and nothing else', () => {
    expect(parseReference('  REC   No. 8 ')).toBe('recommendation 8');
    expect(parseReference('AFI 3')).toBe('recommendation 3');
    expect(parseReference('paras 7')).toBe('paragraph 7');
    expect(parseReference('para 007')).toBe('paragraph 7');
    expect(parseReference('action 1.10.2')).toBe('action 1.10.2');
    expect(parseReference('recommendation 8 and 9')).toBeUndefined();
    expect(parseReference('')).toBeUndefined();
  });

  it('scopes a reference only to a council the site has, and only one', () => {
    const councils = ['North Shire Council', 'South Shire Council'];
    expect(parseScopedReference('north shire rec 2', councils)).toEqual({
      ref: 'recommendation 2',
      council: 'North Shire Council',
    });
    expect(parseScopedReference('shire rec 2', councils)).toBeUndefined();
    expect(parseScopedReference('rec 2', councils)).toEqual({ ref: 'recommendation 2' });
    expect(parseScopedReference('county council rec 2', councils)).toBeUndefined();
  });

  it('finds a reference anywhere in a question, scoped to the council it names', () => {
    const councils = ['North Shire Council', 'South Shire Council'];
    expect(parseScopedReference('who is responsible for recommendation 8', councils)).toEqual({
      ref: 'recommendation 8',
    });
    expect(parseScopedReference('what happened to rec 8?', councils)).toEqual({ ref: 'recommendation 8' });
    expect(parseScopedReference('recommendation 8 progress', councils)).toEqual({ ref: 'recommendation 8' });
    expect(parseScopedReference("what did North Shire's council do about para 24", councils)).toEqual({
      ref: 'paragraph 24',
      council: 'North Shire Council',
    });
    expect(parseScopedReference('who leads action 1.2.1 in south shire', councils)).toEqual({
      ref: 'action 1.2.1',
      council: 'South Shire Council',
    });
    expect(parseScopedReference('progress on area for improvement b', councils)).toEqual({ ref: 'recommendation b' });
  });

  it('pins nothing when the words around a reference qualify it, or name two', () => {
    const councils = ['North Shire Council', 'South Shire Council'];
    expect(parseScopedReference('Leicester recommendation 5', councils)).toBeUndefined();
    expect(parseScopedReference('supervision recommendation 8', councils)).toBeUndefined();
    expect(parseScopedReference('what happened to shire rec 2', councils)).toBeUndefined();
    expect(parseScopedReference('recommendation 8 and recommendation 9', councils)).toBeUndefined();
    expect(parseScopedReference('recommendations on supervision', councils)).toBeUndefined();
    expect(parseScopedReference('what is an area for improvement', councils)).toBeUndefined();
  });

  it('expands a term only where the glossary spells it out', () => {
    const glossary = [
      { term: 'IRO', expansion: 'Independent reviewing officer', meaningFrom: 'documents' as const },
      { term: 'MASH', meaningFrom: 'unknown' as const },
    ];
    expect(expandQuery(' IROs caseloads ', glossary)).toEqual([
      'IROs caseloads',
      ' Independent reviewing officer caseloads ',
    ]);
    expect(expandQuery('MASH', glossary)).toEqual(['MASH']);
    expect(expandQuery('', glossary)).toEqual([]);
  });

  it('keeps exact results first even when another query scores them higher', () => {
    const r = (id: string, score: number) => ({ id, score, data: null });
    expect(mergeResults([r('x', 0)], [[r('x', 9), r('y', 1)]]).map((m) => m.id)).toEqual(['x', 'y']);
    expect(mergeResults([], [])).toEqual([]);
  });
});

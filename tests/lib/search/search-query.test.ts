import { describe, expect, it } from 'vitest';
import {
  expandQuery,
  mergeResults,
  parseReference,
  parseScopedReference,
} from '../../../src/lib/search/search-query.ts';
import { bundledGraph } from '../fixtures.ts';

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

const graph = bundledGraph();

describe('parseReference reads the exact references councillors type', () => {
  it.each([
    ['recommendation 8', 'recommendation 8'],
    ['Rec 8', 'recommendation 8'],
    ['rec. 08', 'recommendation 8'],
    ['action 1.1.4', 'action 1.1.4'],
    ['1.1.4', 'action 1.1.4'],
    ['para 24', 'paragraph 24'],
    ['Paragraph 24', 'paragraph 24'],
    ['supervision', undefined],
    ['1.1', undefined],
    ['recommendation eight', undefined],
    ['area b', 'recommendation b'],
    ['Area for improvement B', 'recommendation b'],
    ['areas for priority action 2', 'recommendation 2'],
    ['priority action 1', 'recommendation 1'],
    ['recommendation 2.1', 'recommendation 2.1'],
    ['area', undefined],
  ])('%s → %s', (query, ref) => {
    expect(parseReference(query)).toBe(ref);
  });
});

describe('parseScopedReference scopes a reference to the council a query names', () => {
  const councils = ['Torbay Council', 'Worcestershire County Council'];
  it.each([
    ['Worcestershire recommendation 5', { ref: 'recommendation 5', council: 'Worcestershire County Council' }],
    ['torbay rec 8', { ref: 'recommendation 8', council: 'Torbay Council' }],
    ["Worcestershire County Council's area b", { ref: 'recommendation b', council: 'Worcestershire County Council' }],
    ['recommendation 5', { ref: 'recommendation 5' }],
    ['Leicester recommendation 5', undefined],
    ['supervision in torbay', undefined],
  ])('%s', (query, expected) => {
    expect(parseScopedReference(query, councils)).toEqual(expected);
  });
});

describe('expandQuery uses the glossary both ways', () => {
  it('spells out an abbreviation, and abbreviates a spelled-out form', () => {
    expect(expandQuery('LADO', graph.glossary)).toEqual(['LADO', 'Local authority designated officer']);
    expect(expandQuery('return home interviews', graph.glossary)).toEqual(['return home interviews', 'RHI']);
    expect(expandQuery('supervision', graph.glossary)).toEqual(['supervision']);
  });
});

describe('mergeResults', () => {
  it('puts exact references first and keeps each page once, at its best score', () => {
    const r = (id: string, score: number) => ({ id, score, data: id });
    const merged = mergeResults([r('rec8', 0)], [[r('a', 1), r('rec8', 5), r('b', 3)], [r('a', 4)]]);
    expect(merged.map((m) => [m.id, m.score])).toEqual([
      ['rec8', 0],
      ['a', 4],
      ['b', 3],
    ]);
  });
});

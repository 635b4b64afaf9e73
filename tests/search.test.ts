import { describe, expect, it } from 'vitest';
import { searchMetaOf } from '../src/lib/search/search-meta.ts';
import { searchFilterOptions } from '../src/lib/search/search-options.ts';
import { expandQuery, mergeResults, parseReference, parseScopedReference } from '../src/lib/search/search-query.ts';
import { bundledGraph } from './helpers.ts';

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

describe('search metadata', () => {
  it('gives an action its type, title, trail, reference and filters', () => {
    const action = graph.plans.get('torbay/improvement-plan')!.latest.actionByRef.get('1.2.1')!;
    const meta = searchMetaOf(action);
    expect(meta.type).toBe('Action');
    expect(meta.title).toMatch(/^Action 1\.2\.1 — Supervision needs to be timely/);
    expect(meta.breadcrumb).toBe("Torbay Council › Torbay Children's Services Improvement Plan › Objective 1.2");
    expect(meta.ref).toBe('action 1.2.1');
    expect(meta.filters).toMatchObject({
      version: ['Version 1'],
      rating: ['Not yet rated'],
      lead: ['Service managers', 'Team managers', 'Assistant team managers'],
    });
  });

  it('offers every filter value the content has', () => {
    const options = searchFilterOptions(graph);
    expect(options.repeated).toEqual(['Not repeated', 'Repeated']);
    expect(options.authority).toEqual(['Torbay Council', 'Worcestershire County Council']);
    expect(options.type).toContain('Recommendation');
  });
});

import { describe, expect, it } from 'vitest';
import { markdownTable, median, pageTypeOf } from '../src/lib/bench-report.ts';
import { buildGraph } from '../src/lib/graph.ts';
import { parseContent } from '../src/lib/parse-content.ts';
import { pagesPerAuthority, shapeFor, syntheticCorpus } from '../src/lib/synthetic.ts';

describe('the benchmark corpus', () => {
  const shape = shapeFor(1000);
  const files = syntheticCorpus(shape, ['Children will benefit from timely supervision.', 'Managers audit every case file each month.']);

  it('maps a page count to a number of authorities', () => {
    expect(pagesPerAuthority({ versions: 4, actions: 40, statements: 5 })).toBe(182);
    expect(shape.authorities).toBe(5);
    expect(shapeFor(10_000).authorities).toBe(55);
  });

  it('is valid content, every authority and source marked synthetic', () => {
    const { content, problems } = parseContent(files);
    expect(problems).toEqual([]);
    const graph = buildGraph(content);
    expect(graph.authorities.every((a) => a.data.name.includes('(synthetic test data)'))).toBe(true);
    expect([...graph.inspections.values()].every((i) => i.data.sources[0]!.title.startsWith('Synthetic'))).toBe(true);
    expect([...graph.planVersions.values()].reduce((n, v) => n + v.actions.length, 0)).toBe(5 * 4 * 40);
  });

  it('is the same corpus every time', () => {
    expect(syntheticCorpus(shape, ['a b c d e.'])).toEqual(syntheticCorpus(shape, ['a b c d e.']));
  });
});

describe('the benchmark report', () => {
  it('classifies pages and reports medians', () => {
    expect(pageTypeOf('/torbay/plans/improvement-plan/actions/1.1.1/')).toBe('action');
    expect(pageTypeOf('/torbay/plans/improvement-plan/v2/changes/')).toBe('changes');
    expect(pageTypeOf('/torbay/inspections/ofsted-2018/paragraphs/24/')).toBe('paragraph');
    expect(pageTypeOf('/torbay/')).toBe('authority');
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(3);
  });

  it("writes a table with each run's per-page cost against the first", () => {
    const run = (pages: number, seconds: number) => ({
      targetPages: pages, authorities: 1, pages, astro: { seconds, pagesPerSecond: pages / seconds, peakMemoryMB: 500 },
      searchIndex: { seconds: 0, pagesPerSecond: 0, pages, peakMemoryMB: 50 }, distMB: 1,
      html: { action: { pages: 1, medianBytes: 10_000, medianGzip: 4096, largestBytes: 10_000, largestGzip: 4096 } }, firstQueryBytes: 102_400,
    });
    const table = markdownTable([run(1000, 10), run(10_000, 120)], 'test machine', '2026-11-23');
    expect(table).toContain('| 1000 | 10.0 s | 100 |');
    expect(table).toContain('| 1.20× |');
    expect(table).toContain('| 4.0 KB | 4.0 KB | 100.0 KB |');
  });
});

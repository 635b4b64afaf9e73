import { describe, expect, it } from 'vitest';
import {
  markdownTable,
  median,
  pageTypeOf,
  perPageRatio,
  timing,
  type BenchRun,
} from '../src/lib/bench/bench-report.ts';
import { floorProject, starlightProject, starlightVersion } from '../src/lib/bench/bench-peers.ts';
import { buildGraph } from '../src/lib/graph/graph.ts';
import { parseContent } from '../src/lib/content/parse-content.ts';
import { pagesPerAuthority, shapeFor, syntheticCorpus } from '../src/lib/bench/synthetic.ts';

describe('the benchmark corpus', () => {
  const shape = shapeFor(1000);
  const files = syntheticCorpus(shape, [
    'Children will benefit from timely supervision.',
    'Managers audit every case file each month.',
  ]);

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

  it('writes our cost, the floors and Starlight side by side, per page, with medians of the rounds', () => {
    const run = (pages: number, ours: number[], floor: number[], starlight?: number[]): BenchRun => ({
      targetPages: pages,
      authorities: 1,
      pages,
      ours: timing(ours, pages),
      floor: timing(floor, pages - 1),
      starlight: starlight ? timing(starlight, pages + 1) : undefined,
      searchIndexWriteSeconds: 0.4,
      peakMemoryMB: { build: 500, pagefind: 120 },
      distMB: 1,
      html: { action: { pages: 1, medianBytes: 10_000, medianGzip: 4096, largestBytes: 10_000, largestGzip: 4096 } },
      firstQueryBytes: { allCouncils: 102_400, oneCouncil: 51_200 },
    });
    const table = markdownTable(
      [run(1000, [12, 10, 30], [6, 5, 9]), run(10_000, [100, 90, 95], [60, 50, 55], [400, 380, 390])],
      'test machine',
      '2026-11-23',
    );
    expect(table).toContain('3 rounds, medians');
    // Medians: ours 12 s over 1,000 pages; no same-output floor or Starlight; the trivial floor 6 s over 999 pages.
    expect(table).toContain('| 1000 | 12.0 s | 12.0 ms | – | – | – | – | – | – | 6.0 s (999) | 6.0 ms | 2.00× |');
    // 95 s over 10,000 pages against Starlight's 390 s over 10,001.
    expect(table).toContain(`| 390.0 s (10001) | 39.0 ms | ${(95 / 10_000 / (390 / 10_001)).toFixed(2)}× |`);
    expect(table).toContain('| 500 / 120 MB |');
    expect(table).toContain('| 100.0 KB / 50.0 KB |');
    expect(table).toContain('ours 12.0, 10.0, 30.0; trivial floor 6.0, 5.0, 9.0');
  });

  it('takes the median of an even number of rounds as the mean of the middle two', () => {
    expect(timing([4, 1, 3, 2], 10).median).toBe(2.5);
    expect(perPageRatio(timing([10], 1000), timing([5], 1000))).toBe(2);
  });
});

describe("the benchmark's peers", () => {
  it("builds Astro's floor at our addresses: one trivial page each, and a Pagefind index", () => {
    const files = floorProject(['/', '/torbay/', '/torbay/plans/improvement-plan/actions/1.1.1/'], ['A sentence.']);
    const pages = JSON.parse(files.find((f) => f.path === 'src/pages.json')!.text) as { path?: string }[];
    expect(pages.map((p) => p.path)).toEqual([undefined, 'torbay', 'torbay/plans/improvement-plan/actions/1.1.1']);
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['astro.config.mjs', 'src/pages/[...path].astro', 'floor-index.mjs']),
    );
  });

  it('builds a Starlight site of a doc page per page given, pinned to our Astro, with a one-link sidebar', () => {
    const files = starlightProject(
      ['A \\<b\\> sentence.', 'Two', 'Three'].map((markdown) => ({ title: 'T', markdown })),
      '7.3.5',
    );
    expect(files.filter((f) => f.path.startsWith('src/content/docs/')).map((f) => f.path)).toEqual([
      'src/content/docs/index.md',
      'src/content/docs/pages/page-00001.md',
      'src/content/docs/pages/page-00002.md',
    ]);
    const pkg = JSON.parse(files.find((f) => f.path === 'package.json')!.text) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies).toEqual({ '@astrojs/starlight': starlightVersion, astro: '7.3.5' });
    expect(files.find((f) => f.path === 'astro.config.mjs')!.text).toContain("sidebar: [{ label: 'Home', link: '/' }]");
    expect(files.find((f) => f.path === 'src/content/docs/index.md')!.text).toContain('A \\<b\\> sentence.');
  });
});

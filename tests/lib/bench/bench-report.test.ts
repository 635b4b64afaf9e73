import { describe, expect, it } from 'vitest';
import {
  markdownTable,
  median,
  officerLine,
  pageTypeOf,
  pageTypes,
  perPage,
  roundRatios,
  timing,
  type BenchRun,
} from '../../../src/lib/bench/bench-report.ts';

describe('benchmark figures', () => {
  it('classifies every page type by its address, and anything else as "other"', () => {
    expect(pageTypeOf('/torbay/plans/improvement-plan/')).toBe('plan version');
    expect(pageTypeOf('/torbay/plans/improvement-plan/v3/')).toBe('plan version');
    expect(pageTypeOf('/torbay/plans/improvement-plan/deadlines/')).toBe('leads and deadlines');
    expect(pageTypeOf('/torbay/inspections/ofsted-2018/recommendations/8/')).toBe('recommendation');
    expect(pageTypeOf('/torbay/inspections/ofsted-2018/monitoring-visits/april-2019/')).toBe('monitoring visit');
    expect(pageTypeOf('/torbay/inspections/ofsted-2018/')).toBe('inspection');
    expect(pageTypeOf('/torbay/statements/s1/')).toBe('statement');
    expect(pageTypeOf('/search/')).toBe('search');
    expect(pageTypeOf('/torbay/notices/n/')).toBe('other');
    expect(new Set(pageTypes.map(([name]) => name)).size).toBe(pageTypes.length);
  });

  it('takes medians without changing the rounds, and 0 for none', () => {
    expect(median([])).toBe(0);
    expect(median([7])).toBe(7);
    expect(median([1, 2])).toBe(2); // rounded: medians of bytes are whole bytes
    const rounds = [3, 1, 2];
    const t = timing(rounds, 0);
    expect(t).toEqual({ seconds: [3, 1, 2], median: 2, pages: 0 });
    expect(rounds).toEqual([3, 1, 2]);
    expect(timing([], 5).median).toBe(0);
    expect(perPage(t)).toBe(2);
    expect(perPage(timing([10], 4))).toBe(2.5);
  });
});

describe('roundRatios', () => {
  it('compares the builds of each round, not the medians of different rounds', () => {
    // A busy second round slows everything: each round's own ratio stays 2×, the ratio of medians does not.
    const ours = timing([10, 40, 12], 100);
    const floor = timing([5, 20, 6], 100);
    expect(roundRatios(ours, floor)).toEqual({ each: [2, 2, 2], median: 2 });
    const starlight = timing([20, 10, 24], 100);
    expect(roundRatios(ours, starlight).each).toEqual([0.5, 4, 0.5]);
    expect(roundRatios(ours, starlight).median).toBe(0.5);
  });

  it('divides per page', () => {
    expect(roundRatios(timing([10], 100), timing([10], 200)).median).toBe(2);
  });
});

describe('markdownTable', () => {
  it('prints each round’s ratios and the load average as each round began', () => {
    const run: BenchRun = {
      targetPages: 1000,
      authorities: 5,
      pages: 100,
      ours: timing([10, 40, 12], 100),
      floor: timing([5, 20, 6], 100),
      sameFloor: timing([8, 20, 10], 100),
      starlight: timing([20, 10, 24], 100),
      searchIndexWriteSeconds: 1,
      peakMemoryMB: { build: 700, pagefind: 160 },
      distMB: 20,
      html: {},
      firstQueryBytes: { allCouncils: 1024, oneCouncil: 2048 },
      loadAverages: [3.04, 12.5, 4],
    };
    expect(markdownTable([run], 'a machine', '2026-11-24')).toContain(
      'Round by round, 100 pages: ours ÷ same-output floor 1.25×, 2.00×, 1.20× (median 1.25×); ours ÷ Starlight (same text) 0.50×, 4.00×, 0.50× (median 0.50×); ours ÷ trivial floor 2.00×, 2.00×, 2.00× (median 2.00×); load average as each round began 3.0, 12.5, 4.0.',
    );
    // The table's ratio columns are the medians of the rounds' own ratios.
    expect(markdownTable([run], 'a machine', '2026-11-24')).toMatch(/\| 1\.25× \|.*\| 0\.50× \|.*\| 2\.00× \|/);
  });

  it('prints each measured word’s first query, and a run of ours alone without peers', () => {
    const run: BenchRun = {
      targetPages: 50000,
      authorities: 275,
      pages: 51156,
      ours: timing([300], 51156),
      searchIndexWriteSeconds: null,
      peakMemoryMB: { build: 1959, pagefind: 2900 },
      distMB: 1300,
      html: {},
      firstQueryBytes: { allCouncils: 1024, oneCouncil: 2048 },
      firstQueryWords: [
        { word: 'supervision', allCouncils: 1024, oneCouncil: 2048 },
        { word: 'timely', allCouncils: 153_600, oneCouncil: null },
      ],
    };
    const table = markdownTable([run], 'a machine', '2026-12-07');
    expect(table).toContain(
      'First search query, 51156 pages (gzip, across councils / one council): "supervision" 1.0 KB / 2.0 KB; "timely" 150.0 KB / –.',
    );
    expect(table).not.toContain('trivial floor 3');
    expect(table).not.toContain('Round by round, 51156 pages');
  });

  it("prints the officer's two waits as medians with each run and the load average", () => {
    expect(officerLine({ checkAndBuild: [20, 18, 30], saveToPreview: [1.2, 0.8, 1], loadAverage: 0.6 })).toBe(
      "The officer's waits on the bundled content (load average 0.6 as they began): save in the editor to the preview showing it, median 1.0 s (runs 1.2, 0.8, 1.0); `npm run check` plus a production build, median 20.0 s (runs 20.0, 18.0, 30.0).\n",
    );
  });
});

import { describe, expect, it } from 'vitest';
import { markdownTable, roundRatios, timing, type BenchRun } from '../../../src/lib/bench/bench-report.ts';

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
      starlight: timing([20, 10, 24], 100),
      searchIndexWriteSeconds: 1,
      peakMemoryMB: { build: 700, pagefind: 160 },
      distMB: 20,
      html: {},
      firstQueryBytes: { allCouncils: 1024, oneCouncil: 2048 },
      loadAverages: [3.04, 12.5, 4],
    };
    expect(markdownTable([run], 'a machine', '2026-11-24')).toContain(
      'Round by round, 100 pages: ours ÷ floor 2.00×, 2.00×, 2.00× (median 2.00×); ours ÷ Starlight 0.50×, 4.00×, 0.50× (median 0.50×); load average as each round began 3.0, 12.5, 4.0.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { elapsed, immediateSince, immediateTime, stillImmediate } from '../../../src/lib/derivations/immediate.ts';
import { judgedAt } from '../../../src/lib/derivations/as-at.ts';
import { threeGraph } from '../fixtures.ts';

describe('time at the precision of the dates', () => {
  it('counts calendar months, or years where a date gives only the year', () => {
    expect(elapsed('2019-10', '2020-04')).toEqual({ unit: 'month', amount: 6, flagMonths: 6 });
    expect(elapsed('2019-10', '2019-10-31')).toEqual({ unit: 'month', amount: 0, flagMonths: 0 });
    // "2019" to March 2021: at least one whole year, so 12 months counted against the threshold, not 26.
    expect(elapsed('2019', '2021-03')).toEqual({ unit: 'year', amount: 2, flagMonths: 12 });
    expect(elapsed('2020-04', '2019-10')).toBeUndefined();
    expect(elapsed('2019-10', '')).toBeUndefined();
  });
});

describe('an action timed "Immediate"', () => {
  const graph = threeGraph();
  const plan = [...graph.plans.values()].find((p) => p.versions.length >= 3)!;
  const immediate = plan.versions.flatMap((v) => v.actions).filter((a) => a.due.kind === 'immediate');

  it("is counted from the earliest version that has timed it so without a break, to its own version's date", () => {
    expect(immediate.length).toBeGreaterThan(0);
    for (const action of immediate) {
      const since = immediateSince(action)!;
      expect(plan.versions.indexOf(since)).toBeLessThanOrEqual(plan.versions.indexOf(action.version));
      const time = immediateTime(action, 3)!;
      expect(time.since).toBe(since);
      expect(time.to).toEqual(judgedAt(action.version));
      expect(time.elapsed).toEqual(elapsed(since.data.published, judgedAt(action.version).date));
    }
  });

  it('is flagged from the threshold on, unless its plan rates it complete', () => {
    for (const action of immediate) {
      const months = immediateTime(action, 1)!.elapsed?.flagMonths ?? 0;
      expect(immediateTime(action, months + 1)!.flagged).toBe(false);
      expect(immediateTime(action, Math.max(1, months))!.flagged).toBe(months >= 1 && stillImmediate(action));
    }
  });

  it('is not counted for any other timescale', () => {
    const dated = plan.latest.actions.find((a) => a.due.kind === 'date')!;
    expect(immediateSince(dated)).toBeUndefined();
    expect(immediateTime(dated, 3)).toBeUndefined();
    expect(stillImmediate(dated)).toBe(false);
  });
});

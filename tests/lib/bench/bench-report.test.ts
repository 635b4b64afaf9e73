import { describe, expect, it } from 'vitest';
import { median, pageTypeOf, pageTypes, perPage, timing } from '../../../src/lib/bench/bench-report.ts';

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

import { describe, expect, it } from 'vitest';
import { comparePeriods, formatPeriod, isPeriod, periodBounds, samePeriod } from '../../../src/lib/base/periods.ts';
import { basisLabel, judgeTarget, valueLabel } from '../../../src/lib/derivations/targets.ts';
import { formatValue, unitLabel, valueSuffix } from '../../../src/lib/derivations/units.ts';
import { indicatorSeries } from '../../../src/lib/derivations/chart-data.ts';
import { otherGraph } from '../../helpers.ts';

describe('periods as sources write them', () => {
  it.each([
    ['2016-09', 'September 2016', '2016-09-01', '2016-09-30'],
    ['2016-Q3', 'July to September 2016', '2016-07-01', '2016-09-30'],
    ['FY2013/14', '2013/14 (financial year)', '2013-04-01', '2014-03-31'],
    ['AY2023/24', '2023/24 (academic year)', '2023-09-01', '2024-08-31'],
  ])('%s', (period, words, start, end) => {
    expect(isPeriod(period)).toBe(true);
    expect(formatPeriod(period)).toBe(words);
    expect(periodBounds(period)).toEqual({ start, end });
  });
  it('refuses what it cannot read, and orders by the day a period ends', () => {
    expect(isPeriod('2013/14')).toBe(false);
    expect(isPeriod('FY2013/15')).toBe(false);
    expect(isPeriod('2016-Q5')).toBe(false);
    expect(['2014-03', 'FY2013/14', '2013-Q4'].sort(comparePeriods)).toEqual(['2013-Q4', 'FY2013/14', '2014-03']);
    expect(samePeriod('FY 2013/14', 'FY2013/14')).toBe(true);
  });
});

describe('units follow the indicator', () => {
  const rate = { unit: 'rate' as const, per: 10000, population: 'children aged under 18' };
  it('writes each unit in words and numbers', () => {
    expect(unitLabel(rate)).toBe('Rate per 10,000 children aged under 18');
    expect(formatValue(450, rate)).toBe('450 per 10,000 children aged under 18');
    expect(formatValue(12, { unit: 'days' })).toBe('12 days');
    expect(formatValue(30, { unit: 'percent' })).toBe('30%');
    expect(formatValue(1.5, { unit: 'ratio' })).toBe('1.5');
    expect(valueSuffix(rate)).toBe('');
    expect(valueLabel({ value: 25, valueText: 'fewer than 25 days' }, { unit: 'days' })).toBe(
      '25 days (“fewer than 25 days”)',
    );
    expect(valueLabel({ valueText: 'fewer than half' })).toBe('“fewer than half”');
    expect(basisLabel(undefined)).toBe('Not stated');
  });
});

describe('met, not met or not yet known, direction-aware', () => {
  const graph = otherGraph();
  const rate = graph.indicators.get('eastborough/children-in-need-rate')!;
  const reReferrals = graph.indicators.get('westshire/re-referrals')!;

  it("judges a plan's own rate target from a published figure for the same period and basis", () => {
    const [q3, march] = rate.targets;
    expect(q3!.setBy).toMatchObject({ kind: 'plan-version', words: expect.stringContaining('480 per 10,000') });
    expect(
      judgeTarget(q3!, q3!.setBy.kind === 'plan-version' ? q3!.setBy.version.plan.asOf : rate.authority.asOf),
    ).toMatchObject({
      status: 'met',
      figure: { value: 470, period: '2023-Q3' },
    });
    expect(judgeTarget(march!, { date: '2023-11', council: 'Eastborough' })).toEqual({
      status: 'not-yet-known',
      reason:
        "no figure for March 2024 is published here, and March 2024 may not have ended by November 2023 (Eastborough's as-of date)",
    });
    expect(judgeTarget(march!, { date: '2024-04', council: 'Eastborough' })).toEqual({
      status: 'not-said',
      reason: 'no figure for March 2024 is published here',
    });
  });

  it('reads lower as better, and higher as better', () => {
    const target = reReferrals.targets[0]!;
    const asOf = { date: '2017', council: 'Westshire' };
    expect(judgeTarget(target, asOf).status).toBe('met');
    const higher = { ...reReferrals, data: { ...reReferrals.data, direction: 'higher-is-better' as const } };
    expect(judgeTarget({ ...target, indicator: higher }, asOf).status).toBe('not-met');
  });

  it('never defaults a basis: a target without one is drawn as "basis not stated"', () => {
    expect(indicatorSeries(reReferrals).series.map((s) => s.label)).toEqual([
      'Baseline',
      'Target (basis not stated)',
      'Published figure (in-month)',
      'Published figure (basis not stated)',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  formatPeriod,
  isPeriod,
  periodBounds,
  periodFormats,
  samePeriod,
} from '../../../src/lib/base/periods.ts';

describe('periods as the sources write them', () => {
  it('reads dates, quarters, financial and academic years, and refuses the rest', () => {
    for (const ok of ['2016-09-30', '2016-09', '2016', '2016-Q3', 'FY2013/14', 'FY 2013/14', 'AY2019/20', 'FY1999/00'])
      expect(isPeriod(ok), ok).toBe(true);
    for (const bad of ['2016-Q5', 'FY2013/15', 'AY2013', '2016-13', 'Q3 2016', 'fy2013/14'])
      expect(isPeriod(bad), bad).toBe(false);
  });

  it('gives the days each period covers', () => {
    expect(periodBounds('2016-Q3')).toEqual({ start: '2016-07-01', end: '2016-09-30' });
    expect(periodBounds('2016-Q1')).toEqual({ start: '2016-01-01', end: '2016-03-31' });
    expect(periodBounds('FY2013/14')).toEqual({ start: '2013-04-01', end: '2014-03-31' });
    expect(periodBounds('AY2013/14')).toEqual({ start: '2013-09-01', end: '2014-08-31' });
    expect(periodBounds('2016-02')).toEqual({ start: '2016-02-01', end: '2016-02-29' });
  });

  it('writes each period as a reader would', () => {
    expect(formatPeriod('2016-09')).toBe('September 2016');
    expect(formatPeriod('2016-Q3')).toBe('July to September 2016');
    expect(formatPeriod('FY2013/14')).toBe('2013/14 (financial year)');
    expect(formatPeriod('AY 2013/14')).toBe('2013/14 (academic year)');
  });

  it('orders by end then start, and knows one period however written', () => {
    expect(['2017', '2016-Q4', 'FY2016/17', '2016-12-31'].sort(comparePeriods)).toEqual([
      '2016-Q4',
      '2016-12-31',
      'FY2016/17',
      '2017',
    ]);
    expect(samePeriod('FY 2013/14', 'FY2013/14')).toBe(true);
    expect(samePeriod('2016-Q3', '2016-09')).toBe(false);
    expect(periodFormats).toContain('"FY2013/14"');
  });
});

import { describe, expect, it } from 'vitest';
import {
  compareDates,
  endOf,
  formatDate,
  fullMonthNumber,
  isPartialDateText,
  monthNumber,
  monthsBetween,
  startOf,
} from '../../../src/lib/base/dates.ts';

describe('partial dates keep the precision their source gives', () => {
  it('formats a day, a month and a year as a reader writes them, never inventing a day', () => {
    expect(formatDate('2019-10-31')).toBe('31 October 2019');
    expect(formatDate('2019-10-01')).toBe('1 October 2019');
    expect(formatDate('2019-10')).toBe('October 2019');
    expect(formatDate('2019')).toBe('2019');
  });

  it('gives the first and last day a partial date can mean, leap years included', () => {
    expect(startOf('2019-10')).toBe('2019-10-01');
    expect(startOf('2019')).toBe('2019-01-01');
    expect(startOf('2019-10-31')).toBe('2019-10-31');
    expect(endOf('2019-10')).toBe('2019-10-31');
    expect(endOf('2020-02')).toBe('2020-02-29');
    expect(endOf('2019-02')).toBe('2019-02-28');
    expect(endOf('2019')).toBe('2019-12-31');
    expect(endOf('2019-06-15')).toBe('2019-06-15');
  });

  it('orders by the first day each can mean, then coarser first', () => {
    expect(['2019-10-31', '2019', '2019-10', '2018-12-31'].sort(compareDates)).toEqual([
      '2018-12-31',
      '2019',
      '2019-10',
      '2019-10-31',
    ]);
    expect(compareDates('2019-10', '2019-10-01')).toBeLessThan(0);
    expect(compareDates('2019-10-01', '2019-10-01')).toBe(0);
  });

  it('counts whole months between the days two dates end', () => {
    expect(monthsBetween('2020-03-31', '2020-05-31')).toBe(2);
    expect(monthsBetween('2020-05', '2020-03')).toBe(-2);
    expect(monthsBetween('2019-12-31', '2020-01-31')).toBe(1);
  });

  it('reads month names and their abbreviations, and nothing else', () => {
    expect(monthNumber('October')).toBe(10);
    expect(monthNumber('oct')).toBe(10);
    expect(monthNumber('Sept')).toBe(9);
    expect(monthNumber('Ja')).toBeUndefined();
    expect(monthNumber('Smarch')).toBeUndefined();
  });

  it('reads a full month name in any case, as the importers need, and no abbreviation', () => {
    expect(fullMonthNumber('april')).toBe(4);
    expect(fullMonthNumber('DECEMBER')).toBe(12);
    expect(fullMonthNumber('January')).toBe(1);
    expect(fullMonthNumber('Oct')).toBeUndefined();
  });

  it('accepts only real dates as YYYY, YYYY-MM or YYYY-MM-DD', () => {
    for (const ok of ['2019', '2019-10', '2019-10-31', '2020-02-29']) expect(isPartialDateText(ok), ok).toBe(true);
    for (const bad of [
      '2019-13',
      '2019-00',
      '2019-02-29',
      '2019-04-31',
      '19-10',
      '2019/10',
      '2019-1',
      ' 2019',
      'Oct 2019',
    ])
      expect(isPartialDateText(bad), bad).toBe(false);
  });
});

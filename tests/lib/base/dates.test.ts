import { describe, expect, it } from 'vitest';
import {
  compareDates,
  endOf,
  formatDate,
  fullMonthNumber,
  isPartialDateText,
  compareKnown,
  certainlyBefore,
  dateBounds,
  earliestCandidates,
  isDateText,
  latestCandidates,
  monthNumber,
  onOrIn,
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

  it('orders for display by the last day each can mean, then the first', () => {
    expect(['2019-10-31', '2019', '2019-10', '2018-12-31'].sort(compareDates)).toEqual([
      '2018-12-31',
      '2019-10',
      '2019-10-31',
      '2019',
    ]);
    // A notice dated only "2011" is not put before the "January 2011" report it rests on.
    expect(['2011', '2011-01'].sort(compareDates)).toEqual(['2011-01', '2011']);
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

describe('the one date model: days, months, years, ranges, financial and academic years', () => {
  it('reads and writes ranges at the precision the source gives', () => {
    expect(isDateText('2019-10-15/2019-10-17')).toBe(true);
    expect(formatDate('2019-10-15/2019-10-17')).toBe('15–17 October 2019');
    expect(formatDate('2019-10-30/2019-11-01')).toBe('30 October to 1 November 2019');
    expect(formatDate('2019-12-30/2020-01-02')).toBe('30 December 2019 to 2 January 2020');
    expect(formatDate('2019-12/2020-01')).toBe('December 2019 to January 2020');
    expect(formatDate('2019-10/2019-12')).toBe('October to December 2019');
    expect(dateBounds('2019-10-15/2019-10-17')).toEqual({ start: '2019-10-15', end: '2019-10-17' });
    expect(dateBounds('2019-12/2020-01')).toEqual({ start: '2019-12-01', end: '2020-01-31' });
    expect(onOrIn('2019-10-15/2019-10-17')).toBe('in');
    expect(onOrIn('2019-10-15')).toBe('on');
  });

  it('refuses ranges that run backwards, repeat a date or hold an impossible day', () => {
    expect(isDateText('2019-10-17/2019-10-15')).toBe(false);
    expect(isDateText('2019-10-15/2019-10-15')).toBe(false);
    expect(isDateText('2019-02-30/2019-03-01')).toBe(false);
    expect(isDateText('2019-10-15/')).toBe(false);
    expect(isDateText('2019-10-15/2019-10-16/2019-10-17')).toBe(false);
  });

  it('reads financial and academic years as their months, and refuses years that do not follow', () => {
    expect(isDateText('FY2013/14')).toBe(true);
    expect(isDateText('AY2013/14')).toBe(true);
    expect(isDateText('FY2013/15')).toBe(false);
    expect(dateBounds('FY2013/14')).toEqual({ start: '2013-04-01', end: '2014-03-31' });
    expect(dateBounds('AY2013/14')).toEqual({ start: '2013-09-01', end: '2014-08-31' });
    expect(formatDate('FY2013/14')).toBe('2013/14 (financial year)');
  });

  it('knows an order only where the intervals do not overlap: "2011" is neither before nor after "January 2011"', () => {
    expect(compareKnown('2011', '2011-01')).toBeUndefined();
    expect(compareKnown('2011-01', '2011')).toBeUndefined();
    expect(compareKnown('2019-10', '2019-10')).toBeUndefined();
    expect(compareKnown('2010', '2011-01')).toBe(-1);
    expect(compareKnown('2011-02', '2011-01-31')).toBe(1);
    expect(compareKnown('2019-10-05', '2019-10-05')).toBe(0);
    expect(compareKnown('FY2013/14', '2014-03')).toBeUndefined();
    expect(compareKnown('FY2013/14', '2014-04')).toBe(-1);
    expect(compareKnown('2019-10-15/2019-10-17', '2019-10-16')).toBeUndefined();
    expect(certainlyBefore('2011', '2011-01')).toBe(false);
    expect(certainlyBefore('2010-12-31', '2011')).toBe(true);
  });

  it('names every item that may be the latest or the earliest, and leaves undated items to the caller', () => {
    const docs = [
      { id: 'report', date: '2011-01' },
      { id: 'notice', date: '2011' },
      { id: 'old', date: '2009' },
      { id: 'undated', date: undefined },
    ];
    expect(latestCandidates(docs, (d) => d.date).map((d) => d.id)).toEqual(['report', 'notice']);
    expect(earliestCandidates(docs, (d) => d.date).map((d) => d.id)).toEqual(['old']);
    expect(latestCandidates(docs.slice(1, 3), (d) => d.date).map((d) => d.id)).toEqual(['notice']);
  });
});

import { describe, expect, it } from 'vitest';
import { compareDates, endOf, formatDate, monthsBetween } from '../../../src/lib/base/dates.ts';
import { parseTimescale, timescaleDate } from '../../../src/lib/base/timescale.ts';
import { isPartialDate } from '../../../src/schemas/common.ts';

describe('parseTimescale keeps the words and derives the date', () => {
  it.each([
    ['Immediate', { kind: 'immediate' }],
    ['31st December 2019', { kind: 'date', date: '2019-12-31' }],
    ['31 st March 2020', { kind: 'date', date: '2020-03-31' }],
    ['End January 2020 for review outcome and implementation plan', { kind: 'date', date: '2020-01-31' }],
    ['An agreed audit programme to be in place by 1st November 2019', { kind: 'date', date: '2019-11-01' }],
    ['By April 2021', { kind: 'date', date: '2021-04-30' }],
    ['Ongoing', { kind: 'none' }],
    ['End Oct 03', { kind: 'date', date: '2003-10-31' }],
    ['31 Dec 2019', { kind: 'date', date: '2019-12-31' }],
    ["Sept '04", { kind: 'date', date: '2004-09-30' }],
    ['Q3 2020', { kind: 'none' }],
  ])('%s', (words, due) => {
    expect(parseTimescale(words)).toEqual(due);
  });
});

describe('partial dates', () => {
  it('accepts days, months and years that exist, and nothing else', () => {
    expect(['2019', '2019-10', '2019-10-31', '2020-02-29'].every(isPartialDate)).toBe(true);
    expect(['2019-13', '2019-02-29', '2019-10-32', '31/10/2019', 'October 2019', ''].some(isPartialDate)).toBe(false);
  });

  it('formats, orders and measures them', () => {
    expect(formatDate('2016-01-05')).toBe('5 January 2016');
    expect(formatDate('2019-10')).toBe('October 2019');
    expect(endOf('2020-02')).toBe('2020-02-29');
    expect(['2019-10-05', '2019', '2019-10'].sort(compareDates)).toEqual(['2019-10-05', '2019-10', '2019']);
    expect(monthsBetween('2019-12-31', '2020-02-29')).toBe(2);
  });
});

describe('the check lists timescales it cannot read', () => {
  it('names the file, the action and the words', async () => {
    const { unreadableTimescales } = await import('../../../src/lib/base/timescale.ts');
    const outline = {
      file: 'plan.json',
      data: {
        themes: [
          {
            objectives: [
              {
                actions: [
                  { ref: '1.1.1', timescale: 'Ongoing' },
                  { ref: '1.1.2', timescale: 'End Oct 03' },
                  { ref: '1.1.3', timescale: 'Immediate' },
                ],
              },
            ],
          },
        ],
      },
    };
    expect(unreadableTimescales([outline])).toEqual([{ file: 'plan.json', ref: '1.1.1', words: 'Ongoing' }]);
  });

  it('reads every date in a timescale that holds several, never silently the first', () => {
    expect(parseTimescale('31 October 2019 and 31 March 2020')).toEqual({
      kind: 'date',
      date: '2020-03-31',
      dates: ['2019-10-31', '2020-03-31'],
    });
    expect(parseTimescale('Interim report December 2019; final by 1st June 2020')).toEqual({
      kind: 'date',
      date: '2020-06-01',
      dates: ['2019-12-31', '2020-06-01'],
    });
    expect(parseTimescale('by 1st November 2019')).toEqual({ kind: 'date', date: '2019-11-01' });
  });
});

describe('timescaleDate gives the date the words give, at their precision (ISO 8601)', () => {
  it.each([
    ['31st December 2019', '2019-12-31'],
    ['31 st March 2020', '2020-03-31'],
    ['End January 2020 for review outcome and implementation plan', '2020-01'],
    ["Sept '04", '2004-09'],
    ['An agreed audit programme to be in place by 1st November 2019', '2019-11-01'],
    ['Immediate', undefined],
    ['Ongoing', undefined],
  ])('%s', (words, date) => {
    expect(timescaleDate(words)).toBe(date);
  });
});

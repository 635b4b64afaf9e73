import { describe, expect, it } from 'vitest';
import { axisLabel, formatValue, unitLabel, valueSuffix } from '../../../src/lib/derivations/units.ts';

const rate = { unit: 'rate' as const, per: 10000, population: 'children aged under 18' };

describe('units in words', () => {
  it('names each unit', () => {
    expect(unitLabel({ unit: 'percent' })).toBe('Percentage');
    expect(unitLabel({ unit: 'count' })).toBe('Count');
    expect(unitLabel(rate)).toBe('Rate per 10,000 children aged under 18');
    expect(unitLabel({ unit: 'days' })).toBe('Days');
    expect(unitLabel({ unit: 'ratio' })).toBe('Ratio');
  });

  it('writes values with their unit, thousands separated, one day singular', () => {
    expect(formatValue(30, { unit: 'percent' })).toBe('30%');
    expect(formatValue(1, { unit: 'days' })).toBe('1 day');
    expect(formatValue(12, { unit: 'days' })).toBe('12 days');
    expect(formatValue(1234, { unit: 'count' })).toBe('1,234');
    expect(formatValue(450, rate)).toBe('450 per 10,000 children aged under 18');
    expect(formatValue(1.5, { unit: 'ratio' })).toBe('1.5');
  });

  it('keeps suffixes and axis titles short', () => {
    expect(valueSuffix({ unit: 'percent' })).toBe('%');
    expect(valueSuffix({ unit: 'days' })).toBe(' days');
    expect(valueSuffix(rate)).toBe('');
    expect(axisLabel(rate)).toBe('Rate per 10,000');
    expect(axisLabel({ unit: 'percent' })).toBe('Percentage');
  });
});

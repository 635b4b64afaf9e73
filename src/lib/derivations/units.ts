import type { Indicator } from '../../schemas/indicator.ts';
import { unitWords } from '../base/vocabulary.ts';

/** What the site needs of an indicator to write its numbers. */
type Unit = Pick<Indicator, 'unit' | 'per' | 'population'>;

const thousands = (n: number) => n.toLocaleString('en-GB');

/** The unit in words: "Percentage", "Count", "Rate per 10,000 children aged under 18", "Days", "Ratio". */
export function unitLabel(unit: Unit): string {
  switch (unit.unit) {
    case 'rate':
      return `${unitWords.rate} per ${thousands(unit.per ?? 0)} ${unit.population ?? ''}`.trim();
    default:
      return unitWords[unit.unit];
  }
}

/** The suffix written after a number in tables and on the chart's axis: "%", " days", or nothing. */
export function valueSuffix(unit: Unit): string {
  return unit.unit === 'percent' ? '%' : unit.unit === 'days' ? ' days' : '';
}

/** A value as a sentence writes it: "30%", "12 days", "450 per 10,000 children aged under 18", "1.5". */
export function formatValue(value: number, unit: Unit): string {
  if (unit.unit === 'rate')
    return `${thousands(value)} per ${thousands(unit.per ?? 0)} ${unit.population ?? ''}`.trim();
  if (unit.unit === 'days') return `${thousands(value)} ${value === 1 ? 'day' : 'days'}`;
  return `${thousands(value)}${valueSuffix(unit)}`;
}

/** The chart's vertical axis title, short enough for the axis: "Percentage", "Rate per 10,000" (the population is in the table and summary). */
export function axisLabel(unit: Unit): string {
  return unit.unit === 'rate' ? `${unitWords.rate} per ${thousands(unit.per ?? 0)}` : unitLabel(unit);
}

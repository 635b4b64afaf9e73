import { describe, expect, it } from 'vitest';
import {
  chartColours,
  directionsByTheme,
  indicatorSeries,
  ratingsByTheme,
} from '../../../src/lib/derivations/chart-data.ts';
import { threeGraph } from '../fixtures.ts';

const graph = threeGraph();
const v3 = graph.plans.get('fixture/plan')!.latest;

describe('the tables charts are drawn from', () => {
  it('counts ratings by theme, "Not yet rated" included, in the scale\'s colours', () => {
    expect(ratingsByTheme(v3)).toEqual({
      category: 'Theme',
      series: [
        { label: 'Green', colour: chartColours.green },
        { label: 'Amber', colour: chartColours.amber },
        { label: 'Red', colour: chartColours.red },
        { label: 'Not yet rated', colour: chartColours.unrated },
      ],
      rows: [{ label: '1. Practice', values: [1, 1, 1, 1] }],
    });
  });

  it('counts directions of travel by theme with "Not stated" its own column', () => {
    const table = directionsByTheme(v3);
    expect(table.series.map((s) => s.label)).toEqual(['Improving', 'No change', 'Declining', 'Not stated']);
    expect(table.rows).toEqual([{ label: '1. Practice', values: [0, 2, 0, 2] }]);
    const total = table.rows[0]!.values.reduce((a, b) => a! + b!, 0);
    expect(total).toBe(v3.actions.length);
  });

  it("draws an indicator's baseline, targets by basis and figures by period, only the columns used", () => {
    const table = indicatorSeries(graph.indicators.get('fixture/assessments')!);
    expect(table.series.map((s) => [s.label, s.style])).toEqual([
      ['Baseline', 'points'],
      ['Target (in-month)', 'points'],
      ['Target (cumulative)', 'points'],
      ['Published figure (in-month)', 'line'],
    ]);
    expect(table.rows).toEqual([
      { label: '2018-19 (baseline)', values: [50, null, null, null] },
      { label: 'September 2019', values: [null, null, null, 55] },
      { label: 'December 2019', values: [null, 70, null, 64] },
      { label: 'March 2020', values: [null, null, null, 72] },
      { label: 'June 2020', values: [null, null, 80, null] },
    ]);
  });
});

import { test } from 'vitest';
import { threeGraph, otherGraph } from './fixtures.ts';
import { timelineOf } from '../../src/lib/derivations/timeline.ts';
import { indicatorSeries, ratingsByTheme, directionsByTheme } from '../../src/lib/derivations/chart-data.ts';
test('x', () => {
  const g = threeGraph();
  for (const e of timelineOf(g.authorityBySlug.get('fixture')!))
    console.log(JSON.stringify({ ...e, node: e.node.kind }));
  for (const e of timelineOf(otherGraph().authorityBySlug.get('westshire')!))
    console.log(JSON.stringify({ ...e, node: e.node.kind }));
  console.log(JSON.stringify(indicatorSeries(g.indicators.get('fixture/assessments')!)));
  console.log(JSON.stringify(ratingsByTheme(g.plans.get('fixture/plan')!.latest)));
  console.log(JSON.stringify(directionsByTheme(g.plans.get('fixture/plan')!.latest)));
});

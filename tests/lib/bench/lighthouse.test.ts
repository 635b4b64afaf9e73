import { describe, expect, it } from 'vitest';
import {
  lighthouseTable,
  lighthouseTargets,
  medianRun,
  type LighthouseRun,
} from '../../../src/lib/bench/lighthouse.ts';

const run = (score: number, tbt: number): LighthouseRun => ({
  score,
  totalBlockingTime: tbt,
  largestContentfulPaint: 2000,
  firstContentfulPaint: 1000,
  cumulativeLayoutShift: 0,
  domSize: 500,
  benchmarkIndex: 900,
});

describe("the benchmark's Lighthouse run", () => {
  it('measures the largest page of each type, and none of the site pages that are no type', () => {
    const targets = lighthouseTargets([
      { path: '/', bytes: 10 },
      { path: '/data/', bytes: 900 },
      { path: '/accessibility/', bytes: 900 },
      { path: '/torbay/', bytes: 50 },
      { path: '/worcestershire/', bytes: 60 },
      { path: '/torbay/plans/plan/', bytes: 80 },
      { path: '/torbay/plans/plan/v1/', bytes: 70 },
      { path: '/torbay/plans/plan/actions/1.1.1/', bytes: 5 },
      { path: '/torbay/inspections/ofsted-2018/recommendations/8/', bytes: 7 },
      { path: '/search/', bytes: 3 },
    ]);
    expect(targets).toEqual([
      { type: 'home (register)', path: '/' },
      { type: 'search', path: '/search/' },
      { type: 'action', path: '/torbay/plans/plan/actions/1.1.1/' },
      { type: 'plan version', path: '/torbay/plans/plan/' },
      { type: 'recommendation', path: '/torbay/inspections/ofsted-2018/recommendations/8/' },
      { type: 'council overview', path: '/worcestershire/' },
    ]);
  });

  it('takes the median of each figure on its own, and marks a page that misses the target', () => {
    expect(medianRun([run(90, 300), run(97, 100), run(96, 150)])).toMatchObject({ score: 96, totalBlockingTime: 150 });
    const table = lighthouseTable(
      [
        { type: 'home', path: '/', runs: [run(100, 0)], median: run(100, 0), loadAverage: 0.4 },
        { type: 'plan version', path: '/p/', runs: [run(96, 250)], median: run(96, 250), loadAverage: 0.5 },
      ],
      '12.2.3',
    );
    expect(table).toContain('Lighthouse 12.2.3, mobile preset');
    expect(table).toMatch(/\| home \| `\/` \| 100 \| 0 ms .*\| yes \| 0\.4 \| 900 \| 100 \|/);
    expect(table).toMatch(/\| plan version \| `\/p\/` \| 96 \| 250 ms .*\| \*\*no\*\* \|/);
  });
});

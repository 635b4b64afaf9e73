import { describe, expect, it } from 'vitest';
import { asAtOf, authorityAsAt, planAsAt } from '../../../src/lib/derivations/as-at.ts';
import { bundledGraph, threeGraph } from '../fixtures.ts';

describe('the date a page is as at', () => {
  it("is a plan's own date, as precise as its source, for the plan, its versions and actions", () => {
    const graph = threeGraph();
    const plan = graph.plans.get('fixture/plan')!;
    expect(planAsAt(plan)).toBe('2020-04');
    expect(asAtOf(plan)).toBe('2020-04');
    expect(asAtOf(plan.versions[0]!)).toBe('2020-04');
    expect(asAtOf(plan.versions[0]!.actions[0]!)).toBe('2020-04');
  });

  it("follows the configured date of the plan's council", () => {
    const plan = threeGraph({ asOf: { fixture: '2020-06-15' } }).plans.get('fixture/plan')!;
    expect(asAtOf(plan.latest.actions[0]!)).toBe('2020-06-15');
  });

  it("is the council's own date for pages about the council, and undefined when nothing is dated", () => {
    const graph = bundledGraph();
    const worcestershire = graph.authorityBySlug.get('worcestershire')!;
    expect(authorityAsAt(worcestershire)).toBe('2011');
    expect(asAtOf(worcestershire)).toBe('2011');
    expect(asAtOf(worcestershire.notices[0]!)).toBe('2011');
    const undated = { ...worcestershire, asOf: { date: '', reason: 'none' as const, council: 'W' } };
    expect(asAtOf(undated)).toBeUndefined();
  });

  it("uses the plan's date for a recommendation answered by one plan", () => {
    const graph = bundledGraph();
    const report = graph.inspections.get('torbay/ofsted-2018')!;
    expect(report.plans).toHaveLength(1);
    expect(asAtOf(report.recommendations[0]!)).toBe(report.plans[0]!.asOf.date);
  });
});

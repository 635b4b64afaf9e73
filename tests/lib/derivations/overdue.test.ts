import { describe, expect, it } from 'vitest';
import { byDeadline, compareRefs, isOverdue, overdueActions } from '../../../src/lib/derivations/overdue.ts';
import { threeGraph } from '../fixtures.ts';

const v3 = threeGraph().plans.get('fixture/plan')!.latest;
const refs = (actions: { ref: string }[]) => actions.map((a) => a.ref);
const a = (ref: string) => v3.actionByRef.get(ref)!;
/** The latest version of the fixture plan with its council's as-of date configured. */
const at = (date: string) => threeGraph({ asOf: { fixture: date } }).plans.get('fixture/plan')!.latest;

describe("overdue, as of each version's judging date", () => {
  it("judges by the plan's latest version (April 2020): only 1.2.2, due 31 January 2020", () => {
    expect(v3.plan.asOf.date).toBe('2020-04');
    expect(refs(overdueActions(v3.actions))).toEqual(['1.2.2']);
  });

  it('judges an earlier version at its own date: Version 2 (January 2020) has 1.1.3 (December 2019) late, Version 1 (October 2019) none', () => {
    const [v1, v2] = v3.plan.versions;
    // At the plan's April 2020, 1.1.1 (31 March 2020) and 1.1.3 would be late in both.
    expect(refs(overdueActions(v2!.actions))).toEqual(['1.1.3']);
    expect(refs(overdueActions(v1!.actions))).toEqual([]);
  });

  it('never calls "Immediate" overdue, nor a date inside the as-of month', () => {
    expect(a('1.1.2').due.kind).toBe('immediate');
    expect(isOverdue(at('2099-01-01').actionByRef.get('1.1.2')!)).toBe(false);
    expect(isOverdue(at('2020-01').actionByRef.get('1.2.2')!)).toBe(false);
    expect(isOverdue(at('2020-02').actionByRef.get('1.2.2')!)).toBe(true);
  });

  it('never calls a complete action overdue', () => {
    const late = at('2030').actionByRef.get('1.2.2')!;
    expect(isOverdue(late)).toBe(true);
    expect(isOverdue({ ...late, rating: { ...late.rating!, complete: true } })).toBe(false);
  });

  it('orders deadlines: overdue, then dated, then Immediate; ties by reference', () => {
    expect(refs(byDeadline(v3.actions))).toEqual(['1.2.2', '1.1.1', '1.2.3', '1.1.2']);
    expect(refs(byDeadline(at('2020-07').actions))).toEqual(['1.2.2', '1.1.1', '1.2.3', '1.1.2']);
    expect(refs(byDeadline(at('2020-01').actions))).toEqual(['1.2.2', '1.1.1', '1.2.3', '1.1.2']);
    expect(
      byDeadline(at('2020-06-01').actions)
        .slice(0, 2)
        .map((x) => isOverdue(x)),
    ).toEqual([true, true]);
  });

  it('compares dotted references numerically', () => {
    expect(['1.2.10', '1.2.9', '1.10.1', '1.2.1'].sort(compareRefs)).toEqual(['1.2.1', '1.2.9', '1.2.10', '1.10.1']);
  });
});

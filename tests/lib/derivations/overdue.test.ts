import { describe, expect, it } from 'vitest';
import { byDeadline, compareRefs, isOverdue, overdueActions } from '../../../src/lib/derivations/overdue.ts';
import { threeGraph } from '../fixtures.ts';

const v3 = threeGraph().plans.get('fixture/plan')!.latest;
const refs = (actions: { ref: string }[]) => actions.map((a) => a.ref);
const a = (ref: string) => v3.actionByRef.get(ref)!;

describe("overdue, as of each plan's own date", () => {
  it("judges by the plan's latest version (April 2020): only 1.2.2, due 31 January 2020", () => {
    expect(v3.plan.asOf.date).toBe('2020-04');
    expect(refs(overdueActions(v3.actions))).toEqual(['1.2.2']);
  });

  it('never calls "Immediate" overdue, nor a date inside the as-of month', () => {
    expect(a('1.1.2').due.kind).toBe('immediate');
    expect(isOverdue(a('1.1.2'), '2099-01-01')).toBe(false);
    expect(isOverdue(a('1.2.2'), '2020-01')).toBe(false);
    expect(isOverdue(a('1.2.2'), '2020-02')).toBe(true);
  });

  it('never calls a complete action overdue', () => {
    const done = { ...a('1.2.2'), rating: { ...a('1.2.2').rating!, complete: true } };
    expect(isOverdue(done, '2030')).toBe(false);
  });

  it('orders deadlines: overdue, then dated, then Immediate; ties by reference', () => {
    expect(refs(byDeadline(v3.actions))).toEqual(['1.2.2', '1.1.1', '1.2.3', '1.1.2']);
    expect(refs(byDeadline(v3.actions, '2020-07'))).toEqual(['1.2.2', '1.1.1', '1.2.3', '1.1.2']);
    expect(refs(byDeadline(v3.actions, '2020-01'))).toEqual(['1.2.2', '1.1.1', '1.2.3', '1.1.2']);
    expect(
      byDeadline(v3.actions, '2020-06-01')
        .slice(0, 2)
        .map((x) => isOverdue(x, '2020-06-01')),
    ).toEqual([true, true]);
  });

  it('compares dotted references numerically', () => {
    expect(['1.2.10', '1.2.9', '1.10.1', '1.2.1'].sort(compareRefs)).toEqual(['1.2.1', '1.2.9', '1.2.10', '1.10.1']);
  });
});

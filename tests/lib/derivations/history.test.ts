import { describe, expect, it } from 'vitest';
import { actionRefs, latestAppearance, successor } from '../../../src/lib/derivations/history.ts';
import { threeGraph } from '../fixtures.ts';

const plan = threeGraph().plans.get('fixture/plan')!;
const [v1, v2, v3] = plan.versions;

describe("an action's history across plan versions", () => {
  it('lists every reference any version uses, numerically', () => {
    expect(actionRefs(plan)).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.2.1', '1.2.2', '1.2.3']);
  });

  it('finds the newest appearance of a reference, even one a later version dropped', () => {
    expect(latestAppearance(plan, '1.1.1')?.version).toBe(v3);
    expect(latestAppearance(plan, '1.1.3')?.version).toBe(v2);
    expect(latestAppearance(plan, '1.2.1')?.version).toBe(v2);
    expect(latestAppearance(plan, '9.9.9')).toBeUndefined();
  });

  it('follows a renumbering to the action that replaced it, and only that', () => {
    expect(successor(v2!.actionByRef.get('1.2.1')!)?.ref).toBe('1.2.2');
    expect(successor(v1!.actionByRef.get('1.2.1')!)).toBeUndefined();
    expect(successor(v2!.actionByRef.get('1.1.1')!)).toBeUndefined();
    expect(successor(v3!.actionByRef.get('1.2.2')!)).toBeUndefined();
  });
});

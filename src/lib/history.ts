import type { ActionNode, PlanNode, PlanVersionNode } from './graph.ts';
import { compareRefs } from './overdue.ts';

/** An action's state in one version of its plan; `action` is absent when that version lacks it. */
export interface ActionState {
  version: PlanVersionNode;
  action?: ActionNode;
}

/** Every action reference that appears in any version of a plan, in reference order. */
export function actionRefs(plan: PlanNode): string[] {
  const refs = new Set(plan.versions.flatMap((v) => v.actions.map((a) => a.ref)));
  return [...refs].sort(compareRefs);
}

/** An action's state in each version of its plan, oldest first. */
export function actionHistory(plan: PlanNode, ref: string): ActionState[] {
  return plan.versions.map((version) => ({ version, action: version.actionByRef.get(ref) }));
}

/** The newest version's appearance of an action reference (the page's main content). */
export function latestAppearance(plan: PlanNode, ref: string): ActionNode | undefined {
  for (let i = plan.versions.length - 1; i >= 0; i--) {
    const action = plan.versions[i]!.actionByRef.get(ref);
    if (action) return action;
  }
  return undefined;
}

import type { ActionNode, PlanNode } from '../graph/graph.ts';
import { compareRefs } from './overdue.ts';

/** Every action reference that appears in any version of a plan, in reference order. */
export function actionRefs(plan: PlanNode): string[] {
  const refs = new Set(plan.versions.flatMap((v) => v.actions.map((a) => a.ref)));
  return [...refs].sort(compareRefs);
}

/** The newest version's appearance of an action reference (the page's main content). */
export function latestAppearance(plan: PlanNode, ref: string): ActionNode | undefined {
  for (let i = plan.versions.length - 1; i >= 0; i--) {
    const action = plan.versions[i]!.actionByRef.get(ref);
    if (action) return action;
  }
  return undefined;
}

/** The action a later version renumbered this one as, if any. */
export function successor(action: ActionNode): ActionNode | undefined {
  const next = action.version.next;
  return next?.actions.find((a) => a.data.previousRef === action.ref);
}

import type { Role } from '../../schemas/authority.ts';
import type { ActionNode } from '../graph/graph.ts';
import { compareRefs } from './overdue.ts';

/** One lead role and the actions it leads. */
export interface LeadGroup {
  role: Role;
  actions: ActionNode[];
}

/** Groups actions by each role named in their lead, in the authority's order of roles. */
export function actionsByLead(actions: readonly ActionNode[], roles: readonly Role[]): LeadGroup[] {
  return roles
    .map((role) => ({
      role,
      actions: actions
        .filter((a) => a.leadRoles.some((r) => r.id === role.id))
        .sort((a, b) => compareRefs(a.ref, b.ref)),
    }))
    .filter((group) => group.actions.length > 0);
}

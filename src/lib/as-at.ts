// The one place pages ask for the date their counts and "overdue" are as at. Issue 11 gives each
// plan its own as-of date: swap the body of `planAsAt` for that function when it lands.
import type { AuthorityNode, Graph, LinkableNode, PlanNode } from './graph.ts';

/** The date a plan's actions are judged at (YYYY-MM-DD). */
export function planAsAt(plan: PlanNode, graph: Pick<Graph, 'asOf'>): string {
  void plan;
  return graph.asOf;
}

/** The date an authority's overview is as at: its plans' newest, or the site's. */
export function authorityAsAt(authority: AuthorityNode, graph: Pick<Graph, 'asOf'>): string {
  const dates = authority.plans.map((p) => planAsAt(p, graph)).sort();
  return dates.at(-1) ?? graph.asOf;
}

/** The plan a page is about, where it is about one. */
function planOf(node: LinkableNode): PlanNode | undefined {
  switch (node.kind) {
    case 'plan': return node;
    case 'planVersion': return node.plan;
    case 'action': return node.version.plan;
    case 'recommendation': return node.inspection.plans.length === 1 ? node.inspection.plans[0] : undefined;
    default: return undefined;
  }
}

/** The date a page about a node is as at: its plan's, else its authority's. */
export function asAtOf(node: LinkableNode, graph: Pick<Graph, 'asOf'>): string {
  const plan = planOf(node);
  if (plan) return planAsAt(plan, graph);
  const authority = authorityOf(node);
  return authority ? authorityAsAt(authority, graph) : graph.asOf;
}

function authorityOf(node: LinkableNode): AuthorityNode | undefined {
  switch (node.kind) {
    case 'authority': return node;
    case 'recommendation': case 'paragraph': return node.inspection.authority;
    case 'planVersion': return node.plan.authority;
    case 'action': return node.version.plan.authority;
    default: return node.authority;
  }
}

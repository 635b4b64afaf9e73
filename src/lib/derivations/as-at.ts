// The one place pages ask for the date their counts and "overdue" are as at: each plan's own
// as-of date (src/lib/graph/as-of.ts, issue 11), its council's for pages about the council.
import type { AuthorityNode, LinkableNode, PlanNode } from '../graph/graph.ts';
import { rowOf } from '../graph/kinds.ts';

/** The date a plan's actions are judged at, as precise as its source ("2019-10"). */
export function planAsAt(plan: PlanNode): string {
  return plan.asOf.date;
}

/** The date a council's overview is as at: its own as-of date ("" when nothing is dated). */
export function authorityAsAt(authority: AuthorityNode): string {
  return authority.asOf.date;
}

/**
 * The plan a page is about, where it is about one: its kind's `plan` column; a recommendation's page
 * is judged by its inspection's plan where only one plan answers the inspection.
 */
function planOf(node: LinkableNode): PlanNode | undefined {
  if (node.kind === 'recommendation') return node.inspection.plans.length === 1 ? node.inspection.plans[0] : undefined;
  return rowOf(node).plan?.(node);
}

function authorityOf(node: LinkableNode): AuthorityNode {
  return rowOf(node).authority(node);
}

/** The date a page about a node is as at: its plan's, else its council's; undefined when none. */
export function asAtOf(node: LinkableNode): string | undefined {
  const plan = planOf(node);
  return (plan ? planAsAt(plan) : authorityAsAt(authorityOf(node))) || undefined;
}

/**
 * What a page's as-at date is called in its printed header. A plan's pages are judged as at the
 * plan's date ("As at"); any other page shows the council's date only as how far the documents
 * published here go, so a printed 2011 notice never reads as standing "as at October 2019".
 */
export function asAtLabelOf(node: LinkableNode | undefined): string {
  return !node || planOf(node) ? 'As at' : 'Documents published here up to';
}

// The one place pages ask for the date their counts and "overdue" are as at: each plan version's
// judging date (judgedAt, from its plan's as-of date in src/lib/graph/as-of.ts, issue 11), its
// council's for pages about the council.
import { formatDate } from '../base/dates.ts';
import type { AsOf } from '../graph/as-of.ts';
import type { AuthorityNode, LinkableNode, PlanNode, PlanVersionNode } from '../graph/graph.ts';
import { rowOf } from '../graph/kinds.ts';

/**
 * The date the actions of a plan version are judged at: whether one is late ("overdue"), how long
 * an "Immediate" one has run, what inspectors had said by then. Every view and page asks this, so
 * one action never reads late on one page and on time on another.
 *
 * - The plan's latest version: the plan's as-of date (its own date at the source's precision, or
 *   the date the site configuration gives its council).
 * - An earlier version: its own date, at the precision it gives. Its ratings say where the plan
 *   stood then; a later version speaks for later dates, so judging the earlier version's ratings at
 *   a later date would claim that they still stood then, which no source says.
 */
export function judgedAt(version: PlanVersionNode): AsOf {
  const { plan } = version;
  if (plan.latest === version) return plan.asOf;
  return {
    date: version.data.published,
    reason: 'earlier-version',
    dated: version.data.label,
    latest: `${plan.latest.data.label} (${formatDate(plan.latest.data.published)})`,
    council: plan.asOf.council,
  };
}

/** The date a plan's pages are as at: its latest version's judging date, as precise as its source ("2019-10"). */
export function planAsAt(plan: PlanNode): string {
  return judgedAt(plan.latest).date;
}

/** The date a council's overview is as at: its own as-of date ("" when nothing is dated). */
export function authorityAsAt(authority: AuthorityNode): string {
  return authority.asOf.date;
}

/**
 * The plan version a page is judged by, where it is about one plan: its own (a version, an action's),
 * else its kind's `plan` column's latest; a recommendation's page is judged by its inspection's plan
 * where only one plan answers the inspection.
 */
function versionOf(node: LinkableNode): PlanVersionNode | undefined {
  if (node.kind === 'planVersion') return node;
  if (node.kind === 'action') return node.version;
  if (node.kind === 'recommendation')
    return node.inspection.plans.length === 1 ? node.inspection.plans[0]!.latest : undefined;
  return rowOf(node).plan?.(node)?.latest;
}

function authorityOf(node: LinkableNode): AuthorityNode {
  return rowOf(node).authority(node);
}

/** The date a page about a node is as at: its plan version's, else its council's; undefined when none. */
export function asAtOf(node: LinkableNode): string | undefined {
  const version = versionOf(node);
  return (version ? judgedAt(version).date : authorityAsAt(authorityOf(node))) || undefined;
}

/**
 * What a page's as-at date is called in its printed header. A plan's pages are judged as at the
 * plan's date ("As at"); any other page shows the council's date only as how far the documents
 * published here go, so a printed 2011 notice never reads as standing "as at October 2019".
 */
export function asAtLabelOf(node: LinkableNode | undefined): string {
  return !node || versionOf(node) ? 'As at' : 'Documents published here up to';
}

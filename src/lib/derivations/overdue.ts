import { isBefore, type AsOf } from '../graph/as-of.ts';
import type { ActionNode } from '../graph/graph.ts';

/**
 * An action is overdue when its timescale gives a date certainly before its plan's as-of date
 * (src/lib/graph/as-of.ts: the latest version's date at the source's precision, or the date the
 * configuration gives its council) and its rating does not mean complete. "Immediate" and
 * undated timescales are never overdue. Never the wall clock, never another plan's date.
 */
export function isOverdue(action: ActionNode, asOf: AsOf | string = action.version.plan.asOf): boolean {
  if (action.due.kind !== 'date') return false;
  if (action.rating?.complete) return false;
  return isBefore(action.due.date, asOf);
}

/** The actions of a list that are overdue, each as of its own plan's date unless one is given. */
export function overdueActions(actions: readonly ActionNode[], asOf?: AsOf | string): ActionNode[] {
  return actions.filter((a) => isOverdue(a, asOf));
}

/**
 * Orders actions for a deadlines list: overdue first (oldest due first), then dated ones by
 * due date, then "Immediate", then undated; ties by reference.
 */
export function byDeadline(actions: readonly ActionNode[], asOf?: AsOf | string): ActionNode[] {
  const rank = (a: ActionNode) =>
    isOverdue(a, asOf) ? 0 : a.due.kind === 'date' ? 1 : a.due.kind === 'immediate' ? 2 : 3;
  const date = (a: ActionNode) => (a.due.kind === 'date' ? a.due.date : '');
  return [...actions].sort((a, b) => rank(a) - rank(b) || date(a).localeCompare(date(b)) || compareRefs(a.ref, b.ref));
}

/** Compares dotted references numerically: 1.2.10 after 1.2.9. */
export function compareRefs(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

import type { ActionNode } from './graph.ts';

/**
 * An action is overdue when its timescale gives a date before the as-of date and its
 * rating does not mean complete. "Immediate" and undated timescales are never overdue.
 * The as-of date is explicit (site config or newest content date), never the wall clock.
 */
export function isOverdue(action: ActionNode, asOf: string): boolean {
  if (action.due.kind !== 'date') return false;
  if (action.rating?.complete) return false;
  return action.due.date < asOf;
}

/** The actions of a list that are overdue as of the date. */
export function overdueActions(actions: readonly ActionNode[], asOf: string): ActionNode[] {
  return actions.filter((a) => isOverdue(a, asOf));
}

/**
 * Orders actions for a deadlines list: overdue first (oldest due first), then dated ones by
 * due date, then "Immediate", then undated; ties by reference.
 */
export function byDeadline(actions: readonly ActionNode[], asOf: string): ActionNode[] {
  const rank = (a: ActionNode) => (isOverdue(a, asOf) ? 0 : a.due.kind === 'date' ? 1 : a.due.kind === 'immediate' ? 2 : 3);
  const date = (a: ActionNode) => (a.due.kind === 'date' ? a.due.date : '');
  return [...actions].sort(
    (a, b) => rank(a) - rank(b) || date(a).localeCompare(date(b)) || compareRefs(a.ref, b.ref),
  );
}

/** Compares dotted references numerically: 1.2.10 after 1.2.9. */
export function compareRefs(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

import { isBefore } from '../graph/as-of.ts';
import type { ActionNode } from '../graph/graph.ts';
import { judgedAt } from './as-at.ts';
import { ratedComplete } from './ratings.ts';

/**
 * An action is overdue when its timescale gives a date certainly before the date its version is
 * judged at ({@link judgedAt}: the plan's as-of date for its latest version, an earlier version's
 * own date for that version) and its rating does not mean complete. "Immediate" and undated
 * timescales are never overdue. Never the wall clock, never another plan's or version's date: no
 * caller can pass one, so every page says the same of the same action.
 */
export function isOverdue(action: ActionNode): boolean {
  if (action.due.kind !== 'date') return false;
  if (ratedComplete(action)) return false;
  return isBefore(action.due.date, judgedAt(action.version));
}

/** The actions of a list that are overdue, each as of its own version's judging date. */
export function overdueActions(actions: readonly ActionNode[]): ActionNode[] {
  return actions.filter(isOverdue);
}

/**
 * Orders actions for a deadlines list: overdue first (oldest due first), then dated ones by
 * due date, then "Immediate", then undated; ties by reference.
 */
export function byDeadline(actions: readonly ActionNode[]): ActionNode[] {
  const rank = (a: ActionNode) => (isOverdue(a) ? 0 : a.due.kind === 'date' ? 1 : a.due.kind === 'immediate' ? 2 : 3);
  const date = (a: ActionNode) => (a.due.kind === 'date' ? a.due.date : '');
  return [...actions].sort((a, b) => rank(a) - rank(b) || date(a).localeCompare(date(b)) || compareRefs(a.ref, b.ref));
}

/** Compares dotted references numerically: 1.2.10 after 1.2.9. */
export function compareRefs(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

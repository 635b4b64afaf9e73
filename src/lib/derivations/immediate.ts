// Actions timed "Immediate": since which version an action has been timed so without a break, and
// how long that is by the date its version is judged at (judgedAt, src/lib/derivations/as-at.ts).
// The status lines, the board pack and In short word what these say; the rules are here once.
import type { AsOf } from '../graph/nodes.ts';
import type { ActionNode, PlanVersionNode } from '../graph/graph.ts';
import { judgedAt } from './as-at.ts';
import { historyOf } from './changes.ts';
import { ratedComplete } from './ratings.ts';

/** A time between two dates, counted at the coarser precision of the two. */
export interface Elapsed {
  unit: 'month' | 'year';
  amount: number;
  /**
   * The calendar months counted against the threshold: the months counted, or where a date gives only
   * the year, the fewest whole years' months it can be ((years - 1) × 12), never more than the dates allow.
   */
  flagMonths: number;
}

/** The calendar months (or years, where either date gives only the year) from one date to another. */
export function elapsed(from: string, to: string): Elapsed | undefined {
  if (!from || !to) return undefined;
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  if (fm === undefined || tm === undefined) {
    const years = ty! - fy!;
    if (years < 0) return undefined;
    return { unit: 'year', amount: years, flagMonths: Math.max(0, (years - 1) * 12) };
  }
  const months = (ty! - fy!) * 12 + (tm! - fm!);
  if (months < 0) return undefined;
  return { unit: 'month', amount: months, flagMonths: months };
}

/** True for an action timed "Immediate" that its plan does not rate complete. */
export function stillImmediate(action: ActionNode): boolean {
  return action.due.kind === 'immediate' && !ratedComplete(action);
}

/** The earliest version from which the action has been timed "Immediate" without a break, if it is now. */
export function immediateSince(action: ActionNode): PlanVersionNode | undefined {
  if (action.due.kind !== 'immediate') return undefined;
  const history = historyOf(action);
  let since: PlanVersionNode | undefined;
  for (let i = history.findIndex((e) => e.action === action); i >= 0; i--) {
    const entry = history[i]!;
    if (!entry.action || entry.action.due.kind !== 'immediate') break;
    since = entry.version;
  }
  return since;
}

/** How an "Immediate" action's time is counted: from its introducing version to its version's judging date. */
export interface ImmediateTime {
  since: PlanVersionNode;
  /** The date it is counted to: the date its version is judged at, and why. */
  to: AsOf;
  elapsed?: Elapsed;
  /** True once that time reaches `flagMonths` calendar months and the plan does not rate it complete. */
  flagged: boolean;
}

/**
 * An "Immediate" action's time so far, flagged from `flagMonths` calendar months (the site
 * configuration's `immediateFlagMonths`); undefined for any other timescale.
 */
export function immediateTime(action: ActionNode, flagMonths: number): ImmediateTime | undefined {
  const since = immediateSince(action);
  if (!since) return undefined;
  const to = judgedAt(action.version);
  const time = elapsed(since.data.published, to.date);
  const flagged = !ratedComplete(action) && !!time && time.flagMonths >= flagMonths;
  return { since, to, ...(time ? { elapsed: time } : {}), flagged };
}

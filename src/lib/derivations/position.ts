import type { Judgement } from '../../schemas/inspection.ts';
import { isOnOrAfter, type AsOf } from '../graph/as-of.ts';
import { interventionOf, type Intervention } from './intervention.ts';
import type { ActionNode, AuthorityNode, InspectionNode, PlanVersionNode, StatementNode } from '../graph/graph.ts';
import { judgedAt } from './as-at.ts';
import { byDeadline, overdueActions } from './overdue.ts';
import { slippedSinceLastVersion, type TimescaleChange } from './changes.ts';
import { timelineOf, type TimelineEvent } from './timeline.ts';
import { certainlyBefore, latestCandidates } from '../base/dates.ts';
import { dateOf } from '../graph/kinds.ts';
import { ratedComplete } from './ratings.ts';

/** An inspection's date: its kind's one date (src/lib/graph/kinds.ts). */
export function inspectionDate(inspection: InspectionNode): string | undefined {
  return dateOf(inspection).date;
}

/** The one item whose date is certainly the latest, or undefined where the dates do not say. */
function latestKnown<T>(items: readonly T[], dateOf: (item: T) => string | undefined): T | undefined {
  const newest = latestCandidates(items, dateOf);
  return newest.length === 1 ? newest[0] : undefined;
}

/** The actions of one plan version due by one date that is still ahead. */
export interface ActionDeadline {
  date: string;
  actions: ActionNode[];
}

/** Upcoming action deadlines of plan versions: not rated complete, due on or after each plan's own date. */
export function actionDeadlinesOf(versions: readonly PlanVersionNode[]): ActionDeadline[] {
  const groups = new Map<string, ActionDeadline>();
  for (const version of versions)
    for (const action of byDeadline(version.actions)) {
      if (action.due.kind !== 'date' || ratedComplete(action)) continue;
      if (!isOnOrAfter(action.due.date, judgedAt(version))) continue;
      const key = `${version.key} ${action.due.date}`;
      const group = groups.get(key) ?? { date: action.due.date, actions: [] };
      group.actions.push(action);
      groups.set(key, group);
    }
  return [...groups.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Where an authority stands: what the register and the overview show first. */
export interface Position {
  /**
   * The newest inspection with a judgement, and its overall (or first) judgement: only where the
   * dates say which is newest (an undated judged inspection, or two whose dates overlap, leave it
   * unknown, and `judgementOrderUnknown` names them).
   */
  latestJudgement?: { inspection: InspectionNode; judgement: Judgement };
  /** Judged inspections that may each be the newest: the dates do not say which (two or more). */
  judgementOrderUnknown: InspectionNode[];
  /** Inspections with no judgement in the sources that may be newer than the latest judgement's. */
  newerUnjudged: InspectionNode[];
  /** The council's notices and directions: standing as of its date, and history (src/lib/derivations/intervention.ts). */
  intervention: Intervention;
  /** The latest version of each plan. */
  plans: PlanVersionNode[];
  /** Every action of those latest versions. */
  actions: ActionNode[];
  overdue: ActionNode[];
  /** Actions whose timescale moved later in each plan's latest version. */
  slipped: TimescaleChange[];
  latestStatement?: StatementNode;
  /**
   * Action deadlines still ahead, each as of its own plan's date, soonest first and grouped by
   * date: "what happens next" counts them as well as the dated events of the timeline.
   */
  actionDeadlines: ActionDeadline[];
  /** Deadlines on or after the council's as-of date, soonest first. */
  upcoming: TimelineEvent[];
  /** The council's as-of date, for what happens next; each plan's own is `plan.asOf`. */
  asOf: AsOf;
}

/**
 * Derives an authority's position: each plan's overdue actions as of that plan's own date, and
 * deadlines still ahead as of the council's own date. Nothing about another council moves it.
 */
export function positionOf(authority: AuthorityNode): Position {
  const asOf = authority.asOf;
  const judged = authority.inspections.filter((i) => i.data.judgements.length > 0);
  // An undated judged inspection may be the newest, so with one the newest is not known.
  const newest = latestCandidates(judged, inspectionDate);
  const undatedJudged = judged.filter((i) => inspectionDate(i) === undefined);
  const unknown = newest.length + undatedJudged.length > 1 ? [...newest, ...undatedJudged] : [];
  const inspection = unknown.length === 0 ? (newest[0] ?? undatedJudged[0]) : undefined;
  const when = inspection && inspectionDate(inspection);
  const newerUnjudged = inspection
    ? authority.inspections.filter(
        (i) =>
          i.data.judgements.length === 0 &&
          (inspectionDate(i) === undefined || when === undefined || !certainlyBefore(inspectionDate(i)!, when)),
      )
    : [];
  const judgement = inspection
    ? (inspection.data.judgements.find((j) => /overall/i.test(j.area)) ?? inspection.data.judgements[0]!)
    : undefined;
  const plans = authority.plans.map((p) => p.latest);
  const actions = plans.flatMap((v) => v.actions);
  return {
    latestJudgement: inspection && judgement ? { inspection, judgement } : undefined,
    judgementOrderUnknown: unknown,
    newerUnjudged,
    intervention: interventionOf(authority),
    plans,
    actions,
    overdue: overdueActions(actions),
    slipped: plans.flatMap(slippedSinceLastVersion),
    latestStatement: latestKnown(authority.statements, (s) => s.data.date),
    actionDeadlines: actionDeadlinesOf(plans),
    upcoming: timelineOf(authority).filter((e) => e.deadline && isOnOrAfter(e.date, asOf)),
    asOf,
  };
}

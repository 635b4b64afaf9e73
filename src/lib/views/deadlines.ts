/** The deadlines page: a plan's latest actions by deadline, overdue first. */
import { formatDate } from '../base/dates.ts';
import type { Graph, PlanNode } from '../graph/graph.ts';
import { plural } from '../derivations/labels.ts';
import { byDeadline, isOverdue } from '../derivations/overdue.ts';
import { actionRow, asOfFor, planCrumbs, type ActionRow, type Crumb } from './common.ts';

export interface DeadlineGroupView {
  heading: string;
  /** Words before the table. */
  intro?: string;
  /** A warning above the table. */
  warning?: string;
  caption: string;
  rows: ActionRow[];
  /** What to say when the group is empty. */
  empty?: string;
}

export interface DeadlinesView {
  title: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  lead: string;
  /** The groups shown: an empty group is shown only where it has words for being empty. */
  groups: DeadlineGroupView[];
}

/**
 * Everything the deadlines page says: the plan's latest version, whose "overdue" is judged as of the
 * plan's own date (asOfFor: its latest version's date at the source's precision, or its council's
 * configured date).
 */
export function deadlinesView(_graph: Graph, plan: PlanNode): DeadlinesView {
  const version = plan.latest;
  const asOf = asOfFor(version);
  const ordered = byDeadline(version.actions);
  const rows = (filter: (a: (typeof ordered)[number]) => boolean) => ordered.filter(filter).map((a) => actionRow(a));
  const overdue = rows((a) => isOverdue(a));
  const dated = rows((a) => a.due.kind === 'date' && !isOverdue(a));
  const immediate = rows((a) => a.due.kind === 'immediate');
  const undated = rows((a) => a.due.kind === 'none');
  const on = asOf.label;
  return {
    title: `Actions by deadline, ${plan.data.title}`,
    breadcrumbs: planCrumbs(plan),
    caption: `${plan.data.title}, ${version.data.label}`,
    heading: 'Actions by deadline',
    lead: `Deadlines are read from each action's timescale, in the plan's words. “Overdue” means the date had passed by ${on} and the action is not rated complete. ${asOf.reason}`,
    groups: [
      {
        heading: 'Overdue',
        ...(overdue.length > 0 ? { warning: `${plural(overdue.length, 'action')} overdue as of ${on}` } : {}),
        caption: 'Overdue actions, oldest deadline first',
        rows: overdue,
        empty: `No action is overdue as of ${on}.`,
      },
      { heading: 'Due by a date', caption: 'Actions due by a date, soonest first', rows: dated, empty: 'None.' },
      {
        heading: 'Immediate',
        intro: `The plan gives these actions the timescale “Immediate”: due from ${formatDate(version.data.published)}, with no end date, so never counted as overdue.`,
        caption: 'Actions with an immediate timescale',
        rows: immediate,
        empty: 'None.',
      },
      {
        heading: 'No date given',
        intro: 'No date can be read from these timescales.',
        caption: 'Actions whose timescale gives no date',
        rows: undated,
      },
    ].filter((g) => g.rows.length > 0 || g.empty !== undefined),
  };
}

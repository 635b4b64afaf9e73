/**
 * A plan's ratings as the council reported them on a date (committee minutes, a board paper): the
 * shares of its actions red, amber and green, recorded as the source gives them, without action
 * rows. They are the source's figures, never counted by the site, and the council's own
 * assessment. The plan page shows every report; the overview shows the latest, from this view.
 */
import { dateLabel, latestCandidates, machineDate } from '../base/dates.ts';
import type { PlanNode } from '../graph/graph.ts';
import type { StatusReport } from '../../schemas/plan.ts';
import { plural } from '../derivations/labels.ts';
import { link, notInSourceDate, type Inline, type Line } from './common.ts';

/** One reported summary, as the plan page and the overview say it. */
export interface StatusReportView {
  /** "As at 12 March 2024", at the precision the source gives, or that it gives none. */
  when: Line;
  /** The shares as the source gives them, each with its word and colour: "Red 20%". */
  shares: Line;
  /** Where it was reported. */
  source: string;
  /** The source's own sentence, where recorded. */
  quote?: string;
}

export interface StatusReportsView {
  heading: string;
  /** Says what the figures are: the source's, the council's own, not counted here. */
  note: string;
  reports: StatusReportView[];
}

/** The wording that these are the council's reported figures, not counted from action rows. */
export const reportedNote =
  'These are the figures as the source reports them: the council’s own assessment of its actions, not counted by this site from action rows.';

/** A share as the source gives it: "20%", "12 actions", "“a fifth”", "20% (“a fifth”)". */
function shareWords(share: StatusReport['shares'][number], unit: StatusReport['unit']): string {
  const number =
    share.value === undefined ? undefined : unit === 'percent' ? `${share.value}%` : plural(share.value, 'action');
  if (number && share.words) return `${number} (“${share.words}”)`;
  return number ?? `“${share.words}”`;
}

/** One report's words: its date, its shares with their tags, and where it was reported. */
export function statusReportView(report: StatusReport): StatusReportView {
  const datetime = report.date ? machineDate(report.date) : undefined;
  const shares: Line = report.shares.flatMap((share, i): Inline[] => [
    ...(i === 0 ? [] : [', ']),
    { rating: { id: `reported-${i}`, label: share.label, colour: share.colour, complete: false } },
    ` ${shareWords(share, report.unit)}`,
  ]);
  if (report.total !== undefined) shares.push(` of ${plural(report.total, 'action')}`);
  return {
    when: report.date
      ? ['As at ', { text: dateLabel(report.date, report.dateNotes.date), ...(datetime ? { datetime } : {}) }]
      : ['Date ', notInSourceDate(report.dateNotes.date)],
    shares,
    source: report.source.title,
    ...(report.words ? { quote: report.words } : {}),
  };
}

/** Every report of the plan, oldest first (undated last); undefined when it has none. */
export function statusReportsView(plan: Pick<PlanNode, 'data'>): StatusReportsView | undefined {
  const reports = plan.data.statusReports;
  if (reports.length === 0) return undefined;
  return {
    heading: 'Ratings the council reported',
    note: reportedNote,
    reports: reports.map(statusReportView),
  };
}

/**
 * The overview's line for a plan's reported ratings: the latest report, where the dates say which it
 * is; else that they do not. Undefined when the plan has no report. Built from the plan page's view.
 */
export function latestStatusReportLine(plan: PlanNode): Line | undefined {
  const reports = plan.data.statusReports;
  if (reports.length === 0) return undefined;
  const candidates = [...latestCandidates(reports, (r) => r.date), ...reports.filter((r) => r.date === undefined)];
  if (candidates.length > 1)
    return [
      link(plan.data.title, plan),
      `: ${plural(reports.length, 'summary', 'summaries')} of its ratings reported; their dates do not say which is latest.`,
    ];
  const view = statusReportView(candidates[0]!);
  return [
    link(plan.data.title, plan),
    ': ',
    ...view.when,
    ', ',
    ...view.shares,
    ` (the council’s own figures, reported in ${view.source})`,
  ];
}

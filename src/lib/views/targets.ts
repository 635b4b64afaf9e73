/**
 * Targets and indicator charts as the notice and indicator pages show them: "Were the targets met?"
 * rows with the figures each judgement rests on, and charts titled only with what they draw.
 */
import { listWords } from '../base/text.ts';
import type { AsOf } from '../graph/as-of.ts';
import { indicatorSeries, type ChartTable } from '../derivations/chart-data.ts';
import { formatPeriod, periodAsDate, periodLabel, samePeriod } from '../base/periods.ts';
import { latestCandidates } from '../base/dates.ts';
import {
  basisLabel,
  directionWords,
  judgeTarget,
  judgementWords,
  setByLabel,
  valueLabel,
  type TargetJudgement,
} from '../derivations/targets.ts';
import { axisLabel, formatValue, valueSuffix } from '../derivations/units.ts';
import type { IndicatorNode, TargetNode } from '../graph/graph.ts';
import { plural } from '../derivations/labels.ts';
import { urlOf } from '../publishing/urls.ts';
import { type Line } from './common.ts';
import { notStated } from '../base/vocabulary.ts';
import { siteWords } from './site-words.ts';

/** One target as a row of the "Were the targets met?" table. */
export interface TargetRow {
  /** The indicator (on a notice page) or who set it (on an indicator page), linked. */
  name: Line;
  baseline: Line;
  target: Line;
  due: Line;
  basis: Line;
  direction: Line;
  /** The published figure the judgement rests on: value in its unit, period, basis and source document. */
  figure: Line;
  status: TargetJudgement['status'];
  /** "Met", "Not met", "Not yet known", "The documents published here do not say". */
  statusLabel: string;
  /** Why, in words: the figure against the target, or what is missing. */
  reason: string;
}

/** A targets table: caption, the first column's heading, rows, and the count of each judgement. */
export interface TargetsTableView {
  caption: string;
  firstColumn: 'Indicator' | 'Set by';
  /**
   * The "Met?" column's heading, in the glossary's words (not linked: a link in a column heading
   * would print its note number in the heading and in no cell's label).
   */
  metColumn: { label: string };
  rows: TargetRow[];
  /** "1 met, 3 the documents published here do not say": every judgement with a count above zero. */
  counts: string;
}

/** An indicator's chart: its table, unit, axis, a title naming only what it draws, and a summary in words. */
export interface ChartView {
  table: ChartTable;
  unit: string;
  axis: string;
  title: string;
  summary: string;
}

/**
 * The date a target is judged as of: its plan's for a plan's target, else its council's. Never another
 * council's. A target is not an action: whether it was met is read from the indicator's figures, not
 * from the setting version's ratings, so a target an earlier version set is judged at the plan's own
 * date (the plan's present), not at that version's date (see judgedAt, which is for actions).
 */
export function targetAsOf(target: TargetNode): AsOf {
  if (target.setBy.kind === 'plan-version') return target.setBy.version.plan.asOf;
  if (target.notice) return target.notice.authority.asOf;
  if (target.setBy.kind === 'notice') return target.setBy.notice.authority.asOf;
  return target.indicator!.authority.asOf;
}

const hint = (text: string) => ({ text, hint: true as const });

/** One target as a table row, judged against its own council's figures as of its own time. */
export function targetRow(target: TargetNode, byNotice: boolean): TargetRow {
  const { indicator, data } = target;
  const setByHref =
    target.setBy.kind === 'notice'
      ? urlOf(target.setBy.notice)
      : target.setBy.kind === 'plan-version'
        ? urlOf(target.setBy.version)
        : undefined;
  const name: Line = byNotice
    ? [setByHref ? { text: setByLabel(target), href: setByHref } : setByLabel(target)]
    : [indicator ? { text: indicator.data.title, href: urlOf(indicator) } : 'No indicator named'];
  if (target.setBy.kind !== 'notice') name.push(hint(` (“${target.setBy.words}”)`));
  const baseline = target.measure?.baseline;
  const judgement = judgeTarget(target, targetAsOf(target));
  const unit = indicator?.data;
  let figure: Line;
  let reason: string;
  if ('figure' in judgement) {
    const f = judgement.figure;
    figure = [
      { text: valueLabel(f, unit), strong: true },
      ` for ${periodLabel(f.period, f.dateNotes.period)}`,
      f.basis ? `, ${basisLabel(f.basis).toLowerCase()}` : '',
      hint(`. Source: ${f.source}`),
    ];
    const sign =
      judgement.status === 'met'
        ? indicator!.data.direction === 'lower-is-better'
          ? 'at or below'
          : 'at or above'
        : indicator!.data.direction === 'lower-is-better'
          ? 'above'
          : 'below';
    reason = `${formatValue(f.value!, unit!)} for ${periodLabel(f.period, f.dateNotes.period)} is ${sign} the target of ${formatValue(data.value!, unit!)}`;
  } else {
    // Said for the target's own period, so a figure of another period beside it is not contradicted.
    // A figure of the period that cannot be set against the target (words only, another basis) is shown as it is.
    const due = data.due;
    const same = due
      ? indicator?.figures.filter((f) => f.period !== undefined && samePeriod(f.period, due)).at(-1)
      : undefined;
    figure = same
      ? [
          { text: valueLabel(same, unit), strong: true },
          ` for ${periodLabel(same.period, same.dateNotes.period)}`,
          same.basis ? `, ${basisLabel(same.basis).toLowerCase()}` : '',
          hint(`. Source: ${same.source}`),
        ]
      : [hint(due ? `None for ${formatPeriod(due)} published here` : 'None matched: the target gives no period')];
    reason = judgement.reason;
  }
  const direction: Line = indicator
    ? (() => {
        const d = directionWords(target, indicator.data);
        return [d.label, hint(` (${d.note})`)];
      })()
    : [hint('Not stated: no indicator named')];
  return {
    name,
    baseline: baseline
      ? [`${unit ? formatValue(baseline.value, unit) : baseline.value} (${baseline.period})`]
      : [hint('Not given')],
    target: [{ text: valueLabel(data, unit), strong: true }],
    due: data.due
      ? [formatPeriod(data.due), ...(data.dueText ? [hint(` (“${data.dueText}”)`)] : [])]
      : [hint('No date given')],
    basis: data.basis
      ? [basisLabel(data.basis), ...(data.basisText && data.basis !== 'in-month' ? [hint(`: ${data.basisText}`)] : [])]
      : [hint(notStated)],
    direction,
    figure,
    status: judgement.status,
    statusLabel: judgementWords[judgement.status],
    reason,
  };
}

const countWords: Record<TargetJudgement['status'], string> = {
  met: 'met',
  'not-met': 'not met',
  'not-yet-known': 'not yet known',
  'not-said': 'the documents published here do not say',
};

/** The counts of each judgement in words, in the order met, not met, not yet known, not said. */
export function judgementCounts(rows: readonly Pick<TargetRow, 'status'>[]): string {
  const order: TargetJudgement['status'][] = ['met', 'not-met', 'not-yet-known', 'not-said'];
  const parts = order.flatMap((status) => {
    const count = rows.filter((r) => r.status === status).length;
    if (count === 0) return [];
    return [status === 'not-said' ? `for ${count} ${countWords[status]}` : `${count} ${countWords[status]}`];
  });
  if (rows.length > 0 && rows.every((r) => r.status === 'not-said'))
    return `${plural(rows.length, 'target')}: for ${rows.length === 1 ? 'it' : `all ${rows.length}`}, the documents published here do not say whether ${rows.length === 1 ? 'it was' : 'they were'} met.`;
  return parts.length > 0 ? `${plural(rows.length, 'target')}: ${listWords(parts)}.` : 'No targets.';
}

/** A targets table for a notice (by indicator) or an indicator (by who set each). */
export function targetsTable(targets: readonly TargetNode[], caption: string, byNotice: boolean): TargetsTableView {
  const rows = targets.map((t) => targetRow(t, byNotice));
  return {
    caption,
    firstColumn: byNotice ? 'Set by' : 'Indicator',
    metColumn: { label: siteWords.met.term },
    rows,
    counts: judgementCounts(rows),
  };
}

/**
 * An indicator's chart: titled only with what it draws ("targets", never "published figures" where
 * none are published here), and a summary that says so plainly.
 */
export function indicatorChart(indicator: IndicatorNode): ChartView {
  const { data, targets, figures } = indicator;
  const drawn = targets.filter((t) => t.data.due && t.data.value !== undefined);
  const parts = [
    ...(targets.some((t) => t.measure?.baseline) ? ['baseline'] : []),
    ...(drawn.length > 0 ? ['targets'] : []),
    ...(figures.length > 0 ? ['published figures'] : []),
  ];
  // The latest figure, where the periods say which it is; none is called latest where they overlap.
  const dated = figures.filter((f) => f.period !== undefined && f.value !== undefined);
  const newest = latestCandidates(dated, (f) => periodAsDate(f.period!));
  const latest = newest.length === 1 ? newest[0] : undefined;
  return {
    table: indicatorSeries(indicator),
    unit: valueSuffix(data),
    axis: axisLabel(data),
    title: `${data.title}: ${listWords(parts)}${figures.length === 0 ? ' (no actual figures are published here)' : ''}`,
    summary: `${data.title}. ${plural(targets.length, 'target')}${
      latest
        ? ` and ${plural(figures.length, 'published figure')}, the latest ${formatValue(latest.value!, data)} for ${periodLabel(latest.period, latest.dateNotes.period)}`
        : figures.length > 0
          ? ` and ${plural(figures.length, 'published figure')}; ${dated.length === 0 ? 'none is given as a number with its period' : 'their periods do not say which is the latest'}`
          : '; no actual figures are published here'
    }. ${data.direction === 'higher-is-better' ? 'Higher' : 'Lower'} is better.`,
  };
}

import type { Figure } from '../../schemas/figures.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Target } from '../../schemas/notice.ts';
import { formatDate } from './dates.ts';
import type { IndicatorNode, TargetNode } from '../graph/graph.ts';
import { formatPeriod, samePeriod } from './periods.ts';
import { formatValue } from './units.ts';
import { notStated } from './vocabulary.ts';

/** "Lower is better" / "Higher is better": shown wherever a target is. */
export function directionLabel(indicator: Pick<Indicator, 'direction'>): string {
  return indicator.direction === 'lower-is-better' ? 'Lower is better' : 'Higher is better';
}

/** A basis in words; "Not stated" where the source does not say (never defaulted). */
export function basisLabel(basis: Target['basis']): string {
  switch (basis) {
    case 'in-month':
      return 'In-month figure';
    case 'cumulative':
      return 'Cumulative';
    case 'as-at':
      return 'As at a date (snapshot)';
    case 'rolling':
      return 'Rolling';
    case undefined:
      return notStated;
  }
}

/** The value of a target or figure in words: the number in its unit, with the source's words beside it when approximate. */
export function valueLabel(
  item: { value?: number; valueText?: string },
  indicator?: Pick<Indicator, 'unit' | 'per' | 'population'>,
): string {
  const number =
    item.value === undefined ? undefined : indicator ? formatValue(item.value, indicator) : String(item.value);
  if (item.valueText && number) return `${number} (“${item.valueText}”)`;
  return item.valueText ? `“${item.valueText}”` : (number ?? 'Not in the source');
}

/** Who set a target: "Improvement Notice, 2011", "Improvement plan, Version 1", "the council". */
export function setByLabel(target: TargetNode): string {
  switch (target.setBy.kind) {
    case 'notice':
      return `${target.setBy.notice.data.title}, ${formatDate(target.setBy.notice.data.issued)}`;
    case 'plan-version':
      return `${target.setBy.version.plan.data.title}, ${target.setBy.version.data.label}`;
    case 'council':
      return target.setBy.document ? `The council: ${target.setBy.document.title}` : 'The council';
    case 'other':
      return target.setBy.document?.title ?? 'Another document';
  }
}

/** Whether a target was met, from published figures only, direction-aware. */
export type TargetStatus = { status: 'met' | 'not-met'; figure: Figure } | { status: 'unknown'; reason: string };

/**
 * Met, not met, or not yet known from the published figures: a target is judged only against a
 * published figure for the same period, on the same basis where the target states one, with a
 * number on both sides. Lower-is-better targets are met at or below the value.
 */
export function targetStatus(
  target: Pick<TargetNode, 'data'>,
  indicator: Pick<IndicatorNode, 'data' | 'figures'>,
): TargetStatus {
  const { due, value, basis } = target.data;
  if (value === undefined) return { status: 'unknown', reason: 'the target is given only in words' };
  if (!due) return { status: 'unknown', reason: 'the target gives no period' };
  const candidates = indicator.figures.filter(
    (f) => samePeriod(f.period, due) && (basis === undefined || f.basis === basis),
  );
  const figure = candidates.at(-1);
  if (!figure)
    return {
      status: 'unknown',
      reason: `no figure for ${formatPeriod(due)}${basis ? ` (${basisLabel(basis).toLowerCase()})` : ''} is published here`,
    };
  const met = indicator.data.direction === 'lower-is-better' ? figure.value <= value : figure.value >= value;
  return { status: met ? 'met' : 'not-met', figure };
}

/** The status in words: "Met: 470 … for July to September 2023", "Not yet known from published figures: …". */
export function targetStatusLabel(
  status: TargetStatus,
  indicator: Pick<Indicator, 'unit' | 'per' | 'population'>,
): string {
  if (status.status === 'unknown') return `Not yet known from published figures: ${status.reason}`;
  const figure = `${formatValue(status.figure.value, indicator)} for ${formatPeriod(status.figure.period)}`;
  return status.status === 'met' ? `Met: ${figure}` : `Not met: ${figure}`;
}

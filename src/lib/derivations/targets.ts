import type { Figure } from '../../schemas/figures.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Target } from '../../schemas/notice.ts';
import { dateLabel, formatDate, startOf } from '../base/dates.ts';
import type { TargetNode } from '../graph/graph.ts';
import { formatPeriod, periodBounds, samePeriod } from '../base/periods.ts';
import type { AsOf } from '../graph/as-of.ts';
import { formatValue } from './units.ts';
import { notStated } from '../base/vocabulary.ts';

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
    case 'notice': {
      const notice = target.setBy.notice.data;
      return notice.issued ? `${notice.title}, ${dateLabel(notice.issued, notice.dateNotes.issued)}` : notice.title;
    }
    case 'plan-version':
      return `${target.setBy.version.plan.data.title}, ${target.setBy.version.data.label}`;
    case 'council':
      return target.setBy.document ? `The council: ${target.setBy.document.title}` : 'The council';
    case 'other':
      return target.setBy.document?.title ?? 'Another document';
  }
}

/**
 * Whether a target was met, as the site says it on a notice or indicator page:
 * - `met` / `not-met`: a figure published here for the target's period (and basis, where the
 *   target states one), in the same council's documents, set against the target's number in the
 *   indicator's direction;
 * - `not-yet-known`: no such figure, and the target's period had not certainly ended by the date
 *   its council (or its plan) is judged as of;
 * - `not-said`: the documents published here do not say: the period has ended and no figure for it
 *   is published here, or the target cannot be set against a figure (no number, no period, no
 *   indicator, or an indicator of another council).
 */
export type TargetJudgement =
  { status: 'met' | 'not-met'; figure: Figure } | { status: 'not-yet-known' | 'not-said'; reason: string };

/** Words for each judgement, as the "Met?" column shows them. */
export const judgementWords: Record<TargetJudgement['status'], string> = {
  met: 'Met',
  'not-met': 'Not met',
  'not-yet-known': 'Not yet known',
  'not-said': 'The documents published here do not say',
};

/** The council whose documents judge a target: the notice's, the plan's, else the indicator's. */
export function targetCouncil(target: Pick<TargetNode, 'notice' | 'setBy' | 'indicator'>): string | undefined {
  if (target.notice) return target.notice.authority.slug;
  if (target.setBy.kind === 'notice') return target.setBy.notice.authority.slug;
  if (target.setBy.kind === 'plan-version') return target.setBy.version.plan.authority.slug;
  return target.indicator?.authority.slug;
}

const basisNoun: Record<NonNullable<Target['basis']>, string> = {
  'in-month': 'in-month',
  cumulative: 'cumulative',
  'as-at': 'as-at (snapshot)',
  rolling: 'rolling',
};

/**
 * Judges one target against the figures published here, as of `asOf` (its own council's or its own
 * plan's date: never another council's). Only figures of the target's own council are used.
 */
export function judgeTarget(
  target: Pick<TargetNode, 'data' | 'notice' | 'setBy' | 'indicator'>,
  asOf: Pick<AsOf, 'date' | 'council'>,
): TargetJudgement {
  const { indicator } = target;
  const by = target.setBy.kind === 'notice' ? 'the notice' : 'the source';
  if (!indicator) return { status: 'not-said', reason: `${by} names no indicator for it` };
  if (indicator.authority.slug !== targetCouncil(target))
    return { status: 'not-said', reason: "its indicator is another council's, whose figures are not used" };
  const { due, value, basis } = target.data;
  if (value === undefined) return { status: 'not-said', reason: `${by} gives the target only in words` };
  if (!due) return { status: 'not-said', reason: `${by} gives no date or period for it` };
  const candidates = indicator.figures.filter(
    (f) => f.period !== undefined && samePeriod(f.period, due) && (basis === undefined || f.basis === basis),
  );
  const figure = candidates.at(-1);
  // A figure given only in words ("under a third") is not set against a number.
  if (figure && figure.value === undefined)
    return { status: 'not-said', reason: `the figure published here for ${formatPeriod(due)} is given only in words` };
  if (figure && figure.value !== undefined) {
    const met = indicator.data.direction === 'lower-is-better' ? figure.value <= value : figure.value >= value;
    return { status: met ? 'met' : 'not-met', figure };
  }
  const otherBasis = indicator.figures.find((f) => f.period !== undefined && samePeriod(f.period, due));
  const wanted = otherBasis
    ? `the figure published here for ${formatPeriod(due)} is on another basis (${basisLabel(otherBasis.basis).toLowerCase()}) than the target (${basisLabel(basis).toLowerCase()}), so one cannot be set against the other`
    : `no ${basis ? `${basisNoun[basis]} ` : ''}figure for ${formatPeriod(due)} is published here`;
  const ended = asOf.date !== '' && periodBounds(due).end < startOf(asOf.date);
  if (ended || otherBasis) return { status: 'not-said', reason: wanted };
  return {
    status: 'not-yet-known',
    reason: asOf.date
      ? `${wanted}, and ${formatPeriod(due)} may not have ended by ${formatDate(asOf.date)} (${asOf.council}'s as-of date)`
      : `${wanted}, and nothing published here about ${asOf.council} is dated`,
  };
}

/** The indicator's direction as the source words it: "Higher is better" and the verb the notice or plan uses. */
export function directionWords(
  target: Pick<TargetNode, 'measure' | 'setBy' | 'notice'>,
  indicator: Pick<Indicator, 'direction'>,
): { label: string; note: string } {
  const label = directionLabel(indicator);
  const words = target.measure?.text ?? ('words' in target.setBy ? target.setBy.words : undefined);
  const where = target.notice || target.setBy.kind === 'notice' ? 'the notice' : 'the source';
  const verb = words ? /\b(increas|reduc|decreas|rais|lower|fewer)\w*/i.exec(words)?.[0] : undefined;
  if (verb) {
    const up = /^(increas|rais)/i.test(verb);
    const agrees = up === (indicator.direction === 'higher-is-better');
    return {
      label,
      note: agrees
        ? `${where} says “${verb}”`
        : `${where} says “${verb}”, but the indicator is recorded as ${label.toLowerCase()}: check the indicator`,
    };
  }
  return { label, note: `as recorded for the indicator; ${where}'s words here do not say which way` };
}

import { formatPeriod, periodBounds } from '../base/periods.ts';
import type { ActionNode, IndicatorNode, PlanVersionNode } from '../graph/graph.ts';
import { dotLabel } from './labels.ts';
import { ratingCounts } from './ratings.ts';

/** A table that a chart is drawn from: the table is the source, the chart only shows it. */
export interface ChartTable {
  /** Heading of the first column: "Theme", "Period". */
  category: string;
  /** The series (columns after the first), with the colour each is drawn in. */
  series: { label: string; colour: string; style?: 'line' | 'points' }[];
  /** One row per category; null where a series has no value. */
  rows: { label: string; values: (number | null)[] }[];
}

/** Colours drawn for ratings and directions; each always appears with its word. */
export const chartColours = {
  red: '#d4351c',
  amber: '#f47738',
  green: '#00703c',
  blue: '#1d70b8',
  unrated: '#b1b4b6',
  improving: '#00703c',
  'no-change': '#505a5f',
  declining: '#d4351c',
  'not-stated': '#b1b4b6',
  baseline: '#505a5f',
  target: '#1d4f91',
  actual: '#0b0c0c',
} as const;

/** Actions of a version by theme and rating, "Not yet rated" included. */
export function ratingsByTheme(version: PlanVersionNode): ChartTable {
  const scale = version.data.ratingScale?.ratings ?? [];
  const columns = ratingCounts([], scale);
  return {
    category: 'Theme',
    series: columns.map((c) => ({
      label: c.label,
      colour: c.rating ? chartColours[c.rating.colour] : chartColours.unrated,
    })),
    rows: version.themes.map((theme) => ({
      label: `${theme.ref}. ${theme.title}`,
      values: ratingCounts(
        theme.objectives.flatMap((o) => o.actions),
        scale,
      ).map((c) => c.count),
    })),
  };
}

const dots = ['improving', 'no-change', 'declining', null] as const;

/** Actions of a version by theme and direction of travel, "Not stated" included. */
export function directionsByTheme(version: PlanVersionNode): ChartTable {
  const count = (actions: ActionNode[], dot: (typeof dots)[number]) => actions.filter((a) => a.data.dot === dot).length;
  return {
    category: 'Theme',
    series: dots.map((d) => ({ label: dotLabel(d), colour: chartColours[d ?? 'not-stated'] })),
    rows: version.themes.map((theme) => {
      const actions = theme.objectives.flatMap((o) => o.actions);
      return { label: `${theme.ref}. ${theme.title}`, values: dots.map((d) => count(actions, d)) };
    }),
  };
}

/** Chart column keys and labels for each basis; "not stated" is its own column, never defaulted. */
const bases = [
  ['in-month', 'in-month'],
  ['cumulative', 'cumulative'],
  ['as-at', 'as at a date'],
  ['rolling', 'rolling'],
  ['not-stated', 'basis not stated'],
] as const;

/**
 * An indicator's baseline, targets and published figures by period, one column per kind and
 * basis, so a chart can draw targets as points and figures as a line. Values given only in
 * words are not drawn (the targets table gives them).
 */
export function indicatorSeries(indicator: IndicatorNode): ChartTable {
  const columns = [
    { key: 'baseline', label: 'Baseline', colour: chartColours.baseline, style: 'points' as const },
    ...bases.map(([key, words]) => ({
      key: `target:${key}`,
      label: `Target (${words})`,
      colour: chartColours.target,
      style: 'points' as const,
    })),
    ...bases.map(([key, words]) => ({
      key: `actual:${key}`,
      label: `Published figure (${words})`,
      colour: chartColours.actual,
      style: 'line' as const,
    })),
  ];
  const rows = new Map<string, { sort: string; label: string; values: Map<string, number> }>();
  const put = (sort: string, label: string, key: string, value: number) => {
    const row = rows.get(sort) ?? { sort, label, values: new Map() };
    row.values.set(key, value);
    rows.set(sort, row);
  };
  const sortKey = (period: string) => {
    const b = periodBounds(period);
    return `${b.end} ${b.start}`;
  };
  for (const target of indicator.targets) {
    const baseline = target.measure?.baseline;
    if (baseline) put(`0000 ${baseline.period}`, `${baseline.period} (baseline)`, 'baseline', baseline.value);
    if (target.data.due && target.data.value !== undefined)
      put(
        sortKey(target.data.due),
        formatPeriod(target.data.due),
        `target:${target.data.basis ?? 'not-stated'}`,
        target.data.value,
      );
  }
  // A figure with no period or given only in words has no place on a chart: the table lists it.
  for (const figure of indicator.figures)
    if (figure.period !== undefined && figure.value !== undefined)
      put(sortKey(figure.period), formatPeriod(figure.period), `actual:${figure.basis ?? 'not-stated'}`, figure.value);
  const used = columns.filter((c) => [...rows.values()].some((r) => r.values.has(c.key)));
  return {
    category: 'Period',
    series: used.map(({ label, colour, style }) => ({ label, colour, style })),
    rows: [...rows.values()]
      .sort((a, b) => a.sort.localeCompare(b.sort))
      .map((r) => ({ label: r.label, values: used.map((c) => r.values.get(c.key) ?? null) })),
  };
}

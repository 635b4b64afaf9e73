/**
 * The indicator page: what it counts, its chart (titled only with what it draws), its targets judged
 * against its own council's figures, and the figures with their sources.
 */
import { periodLabel } from '../base/periods.ts';
import { basisLabel, valueLabel } from '../derivations/targets.ts';
import { unitLabel } from '../derivations/units.ts';
import type { IndicatorNode } from '../graph/graph.ts';
import { authorityCrumbs, type Crumb, type Line, type Row } from './common.ts';
import { indicatorChart, targetsTable, type ChartView, type TargetsTableView } from './targets.ts';
import { notStated } from '../base/vocabulary.ts';

export interface IndicatorView {
  title: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  rows: Row[];
  chartHeading: string;
  /** Said plainly where no actual figures are published here. */
  noFigures?: Line;
  chart?: ChartView;
  /** Why there is no chart, where there is nothing to draw. */
  noChart?: string;
  targets: { table?: TargetsTableView; none?: string };
  figures: {
    caption: string;
    rows: { period: string; value: string; basis: Line; source: string }[];
    none?: string;
  };
  /** How the sources were read: the indicator's notes, and why a figure's period is missing or how it was inferred. */
  notes: string[];
}

const hint = (text: string) => ({ text, hint: true as const });

/** What the documents give for an indicator, for the "no actual figures" sentence. Never a baseline it lacks. */
function given(indicator: IndicatorNode): string {
  if (indicator.targets.some((t) => t.measure?.baseline)) return "give this indicator's baseline and targets";
  if (indicator.targets.some((t) => t.notice?.data.part))
    return "give this indicator's targets; no baseline is in the parts of the documents published here";
  if (indicator.targets.length > 0) return "give this indicator's targets but no baseline";
  return 'describe this indicator but give no targets for it';
}

/** Everything the indicator page says. */
export function indicatorView(_graph: unknown, indicator: IndicatorNode): IndicatorView {
  const { data, authority, figures } = indicator;
  const chart = indicatorChart(indicator);
  const drawable = chart.table.rows.length > 0;
  return {
    title: `${data.title}, ${authority.data.shortName}`,
    breadcrumbs: authorityCrumbs(authority),
    caption: `${authority.data.name}: indicator`,
    heading: data.title,
    rows: [
      { key: 'What it counts', value: [data.description] },
      { key: 'Unit', value: [unitLabel(data)] },
      { key: 'Better when', value: [data.direction === 'higher-is-better' ? 'Higher' : 'Lower'] },
    ],
    chartHeading: 'Targets and figures over time',
    ...(figures.length === 0
      ? {
          noFigures: [
            { text: 'No actual figures are published here.', strong: true },
            ` The documents published here ${given(indicator)}. With no actual figures, this site cannot say whether ${indicator.targets.length > 0 ? 'its targets were met' : 'it rose or fell'}.`,
          ],
        }
      : {}),
    ...(drawable
      ? { chart }
      : {
          noChart:
            indicator.targets.length > 0
              ? 'There is nothing to draw: no target gives both a number and a period, and no figures are published here. The table below gives the targets as the sources word them.'
              : 'There is nothing to draw: no targets or figures are published here.',
        }),
    targets:
      indicator.targets.length > 0
        ? { table: targetsTable(indicator.targets, `Targets set for ${data.title.toLowerCase()}`, true) }
        : { none: 'No target for this indicator is published here.' },
    figures: {
      caption: 'Published figures and their sources',
      rows: figures.map((f) => ({
        period: periodLabel(f.period, f.dateNotes.period),
        value: valueLabel(f, data),
        basis: f.basis ? [basisLabel(f.basis)] : [hint(notStated)],
        source: f.source,
      })),
      ...(figures.length === 0 ? { none: 'No actual figures for this indicator are published here.' } : {}),
    },
    notes: [
      ...data.notes,
      ...figures.flatMap((f) => {
        const note = f.dateNotes.period;
        const which = `The figure ${valueLabel(f, data)} (${f.source})`;
        if (f.period === undefined && note?.notInSource)
          return [`${which}: its period is not in the source. ${note.notInSource}`];
        if (f.period !== undefined && note?.inferred)
          return [
            `${which}: its period, ${periodLabel(f.period)}, is inferred, not read in the source. ${note.inferred}`,
          ];
        return [];
      }),
    ],
  };
}

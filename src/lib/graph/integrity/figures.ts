// Published figures: filed after an indicator that exists, one figure per period and basis.
import { splitId } from '../../base/ids.ts';
import { slugsIn, type Context } from './context.ts';
import { duplicates } from './format.ts';

export function checkFigures(ctx: Context): void {
  for (const entry of ctx.content.figures) {
    if (!ctx.indicators.has(entry.id)) {
      const { authority, slug } = splitId(entry.id);
      ctx.report(entry, [], 'figures.unknown-indicator', slug, authority, slugsIn(ctx.indicators, authority));
    }
    // A figure whose period is not in the source is not the same period as another such figure.
    const periods = entry.data.figures.filter((f) => f.period !== undefined).map((f) => `${f.period} ${f.basis}`);
    for (const period of duplicates(periods)) ctx.report(entry, ['figures'], 'figures.duplicate-period', period);
  }
}

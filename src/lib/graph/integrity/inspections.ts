// Inspection reports: unique recommendations and paragraphs, a count no smaller than the list, and
// repeated recommendations that name an earlier report.
import { compareDates } from '../../base/dates.ts';
import { authorityOf } from '../../base/ids.ts';
import { inspectionDate } from '../kinds.ts';
import type { Context } from './context.ts';
import { duplicates } from './format.ts';

export function checkInspections(ctx: Context): void {
  for (const entry of ctx.content.inspections) {
    const { recommendations, paragraphs, recommendationCount } = entry.data;
    for (const id of duplicates(recommendations.map((r) => r.id))) {
      ctx.report(entry, ['recommendations'], 'inspection.duplicate-recommendation', id);
    }
    for (const n of duplicates(paragraphs.map((p) => p.number))) {
      ctx.report(entry, ['paragraphs'], 'inspection.duplicate-paragraph', n);
    }
    if (recommendationCount !== undefined && recommendationCount < recommendations.length) {
      ctx.report(
        entry,
        ['recommendationCount'],
        'inspection.count-below-listed',
        recommendationCount,
        recommendations.map((r) => r.id),
      );
    }
    recommendations.forEach((r, i) => {
      if (r.repeatedFrom === undefined) return;
      const path = ['recommendations', i, 'repeatedFrom'];
      if (!r.repeated) ctx.report(entry, path, 'inspection.repeated-from-not-repeated');
      const found = ctx.mustExist(
        entry,
        path,
        'inspection.repeated-from-unknown-inspection',
        'inspections',
        r.repeatedFrom,
      );
      if (!found) return;
      const earlier = ctx.inspections.get(`${authorityOf(entry.id)}/${r.repeatedFrom}`)!;
      const date = (d: typeof entry.data) => inspectionDate(d) ?? '';
      if (compareDates(date(earlier.data), date(entry.data)) >= 0) {
        ctx.report(entry, path, 'inspection.repeated-from-not-earlier', r.repeatedFrom);
      }
    });
  }
}

// Plans: each answers, and rests on, inspections published here.
import type { Context } from './context.ts';

export function checkPlans(ctx: Context): void {
  for (const entry of ctx.content.plans) {
    if (entry.data.inspection !== undefined)
      ctx.mustExist(entry, ['inspection'], 'plan.unknown-inspection', 'inspections', entry.data.inspection);
    entry.data.restsOn.forEach((r, i) => {
      if (r.inspection !== undefined)
        ctx.mustExist(
          entry,
          ['restsOn', i, 'inspection'],
          'plan.rests-on-unknown-inspection',
          'inspections',
          r.inspection,
        );
    });
  }
}

// Monitoring visits: each follows an inspection published here.
import type { Context } from './context.ts';

export function checkMonitoringVisits(ctx: Context): void {
  for (const entry of ctx.content.monitoringVisits) {
    ctx.mustExist(entry, ['inspection'], 'monitoring-visit.unknown-inspection', 'inspections', entry.data.inspection);
  }
}

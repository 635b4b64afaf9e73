// Monitoring visits: each follows an inspection published here; a finding is tied only to what that
// inspection recommends, and only a finding the visit records.
import { authorityOf } from '../../base/ids.ts';
import type { Context } from './context.ts';

export function checkMonitoringVisits(ctx: Context): void {
  for (const entry of ctx.content.monitoringVisits) {
    const found = ctx.mustExist(
      entry,
      ['inspection'],
      'monitoring-visit.unknown-inspection',
      'inspections',
      entry.data.inspection,
    );
    const inspection = found ? ctx.inspections.get(`${authorityOf(entry.id)}/${entry.data.inspection}`) : undefined;
    const known = inspection?.data.recommendations.map((r) => r.id) ?? [];
    entry.data.ties.forEach((tie, i) => {
      if (!entry.data.findings.includes(tie.finding)) {
        ctx.report(entry, ['ties', i, 'finding'], 'monitoring-visit.tie-unknown-finding', tie.finding);
      }
      if (tie.recommendations.length === 0 && tie.areas.length === 0) {
        ctx.report(entry, ['ties', i], 'monitoring-visit.tie-names-nothing');
      }
      if (!inspection) return;
      tie.recommendations.forEach((id, j) => {
        if (!known.includes(id)) {
          ctx.report(
            entry,
            ['ties', i, 'recommendations', j],
            'monitoring-visit.tie-unknown-recommendation',
            id,
            entry.data.inspection,
            known,
          );
        }
      });
    });
  }
}

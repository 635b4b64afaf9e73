// Indicators: a rate says per what and of whom; targets name the plan version that sets them and a value.
import { authorityOf } from '../../base/ids.ts';
import { slugsIn, type Context } from './context.ts';

export function checkIndicators(ctx: Context): void {
  for (const entry of ctx.content.indicators) {
    const d = entry.data;
    const authority = authorityOf(entry.id);
    if (d.unit === 'rate' && (d.per === undefined || d.population === undefined))
      ctx.report(entry, [d.per === undefined ? 'per' : 'population'], 'indicator.rate-without-per');
    if (d.unit !== 'rate' && (d.per !== undefined || d.population !== undefined))
      ctx.report(entry, [d.per !== undefined ? 'per' : 'population'], 'indicator.per-without-rate', d.unit);
    d.targets.forEach((t, i) => {
      if (t.setBy.kind === 'plan-version') {
        const path = ['targets', i, 'setBy', 'planVersion'];
        if (t.setBy.planVersion === undefined) ctx.report(entry, path, 'indicator.target-without-plan-version');
        else if (!ctx.versions.has(`${authority}/${t.setBy.planVersion}`))
          ctx.report(
            entry,
            path,
            'indicator.target-unknown-plan-version',
            t.setBy.planVersion,
            authority,
            slugsIn(ctx.versions, authority),
          );
      }
      if (t.value === undefined && t.valueText === undefined)
        ctx.report(entry, ['targets', i, 'value'], 'indicator.target-without-value');
    });
  }
}

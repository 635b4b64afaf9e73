// Improvement notices and directions: what they rest on, their fields or why the source does not
// give them, what they follow and what replaced them, their life in order, and their measures' targets.
import type { Entry } from '../../content/content.ts';
import { certainlyBefore } from '../../base/dates.ts';
import { authorityOf } from '../../base/ids.ts';
import type { Context } from './context.ts';

/** The fields a notice gives in its own words, or says the source does not give. */
const wordedFields = ['issuedBy', 'addressee', 'area', 'basis', 'consequence'] as const;

export function checkNotices(ctx: Context): void {
  for (const entry of ctx.content.notices) {
    const d = entry.data;
    if (d.inspection !== undefined)
      ctx.mustExist(entry, ['inspection'], 'notice.unknown-inspection', 'inspections', d.inspection);
    if (d.inspection === undefined && d.restsOn.length === 0 && d.notInSource.basis === undefined)
      ctx.report(entry, ['inspection'], 'notice.rests-on-nothing');
    d.restsOn.forEach((r, i) => {
      if (r.inspection !== undefined)
        ctx.mustExist(
          entry,
          ['restsOn', i, 'inspection'],
          'notice.rests-on-unknown-inspection',
          'inspections',
          r.inspection,
        );
    });
    if (d.measures.length === 0 && d.notInSource.measures === undefined)
      ctx.report(entry, ['measures'], 'notice.no-measures');
    for (const field of wordedFields) {
      if (d[field] === undefined && d.notInSource[field] === undefined)
        ctx.report(entry, [field], 'notice.field-missing', field);
      if (d[field] !== undefined && d.notInSource[field] !== undefined)
        ctx.report(entry, ['notInSource', field], 'notice.field-also-not-in-source', field);
    }
    if (d.measures.length > 0 && d.notInSource.measures !== undefined)
      ctx.report(entry, ['notInSource', 'measures'], 'notice.measures-also-not-in-source');
    if (d.statutory !== undefined && d.notInSource.statutory !== undefined)
      ctx.report(entry, ['notInSource', 'statutory'], 'notice.field-also-not-in-source', 'statutory');
    if (
      d.follows !== undefined &&
      ctx.mustExist(entry, ['follows'], 'notice.follows-unknown-notice', 'notices', d.follows)
    ) {
      const earlier = ctx.notices.get(`${authorityOf(entry.id)}/${d.follows}`)! as Entry<typeof d>;
      // Only a known order is refused: a notice of "2015" may follow one of "June 2015".
      const { issued: before } = earlier.data;
      if (earlier.id === entry.id || (before && d.issued && certainlyBefore(d.issued, before)))
        ctx.report(entry, ['follows'], 'notice.follows-not-earlier', d.follows);
    }
    if (d.appoints.length > 0 && d.kind !== 'direction')
      ctx.report(entry, ['appoints'], 'notice.appoints-without-direction');
    d.life.forEach((event, i) => {
      if (d.issued !== undefined && certainlyBefore(event.date, d.issued))
        ctx.report(entry, ['life', i, 'date'], 'notice.event-before-issue', event.event, event.date, d.issued);
      if (event.replacedBy !== undefined) {
        if (event.event !== 'replaced')
          ctx.report(entry, ['life', i, 'replacedBy'], 'notice.replaced-by-on-other-event', event.event);
        ctx.mustExist(
          entry,
          ['life', i, 'replacedBy'],
          'notice.replaced-by-unknown-notice',
          'notices',
          event.replacedBy,
        );
      }
      const earlier = d.life[i - 1];
      if (earlier && certainlyBefore(event.date, earlier.date))
        ctx.report(entry, ['life', i, 'date'], 'notice.events-out-of-order');
      if (earlier && (earlier.event === 'lifted' || earlier.event === 'replaced' || earlier.event === 'revoked'))
        ctx.report(entry, ['life', i, 'event'], 'notice.event-after-end', earlier.event, earlier.date);
    });
    d.measures.forEach((m, i) => {
      if (m.indicator !== undefined)
        ctx.mustExist(
          entry,
          ['measures', i, 'indicator'],
          'notice.measure-unknown-indicator',
          'indicators',
          m.indicator,
        );
      if (m.targets.length > 0 && m.indicator === undefined)
        ctx.report(entry, ['measures', i, 'indicator'], 'notice.targets-without-indicator');
    });
  }
}

/** Each target of a notice's measure gives a value, or the source's words where it gives no number. */
export function checkNoticeTargetValues(ctx: Context): void {
  for (const entry of ctx.content.notices) {
    entry.data.measures.forEach((m, i) =>
      m.targets.forEach((t, j) => {
        if (t.value === undefined && t.valueText === undefined)
          ctx.report(entry, ['measures', i, 'targets', j, 'value'], 'notice.target-without-value');
      }),
    );
  }
}

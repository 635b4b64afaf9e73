// Plan versions (the .mdx): of a plan that exists, with a table beside them, unique ratings and
// stages, and counts that agree with the report and the table.
import type { Entry } from '../../content/content.ts';
import type { Inspection } from '../../../schemas/inspection.ts';
import type { PlanOutline } from '../../../schemas/plan-outline.ts';
import type { PlanVersion } from '../../../schemas/plan-version.ts';
import { endOf, startOf } from '../../base/dates.ts';
import { planKeyOf, splitVersionKey } from '../../base/ids.ts';
import type { Context } from './context.ts';
import { duplicates } from './format.ts';

export function checkPlanVersions(ctx: Context): void {
  for (const entry of ctx.content.planVersions) {
    const planKey = planKeyOf(entry.id);
    if (!ctx.plans.has(planKey)) ctx.report(entry, [], 'plan-version.unknown-plan', planKey);
    if (!ctx.outlines.has(entry.id)) ctx.report(entry, [], 'plan-version.no-table', entry.id);
    for (const id of duplicates((entry.data.ratingScale?.ratings ?? []).map((r) => r.id)))
      ctx.report(entry, ['ratingScale', 'ratings'], 'plan-version.duplicate-rating', id);
    for (const n of duplicates(entry.data.stages.map((s) => s.number)))
      ctx.report(entry, ['stages'], 'plan-version.duplicate-stage', n);
  }
  checkVersionDates(ctx);
}

/**
 * Versions numbered alike ("v1", "v2", "v10"; "v1.2") follow each other in their numbers' order; a later
 * number dated certainly before the one it follows (every day its date can mean is earlier) is refused.
 * Dates that overlap ("2019" and "2019-10") may be in either order, so they pass.
 */
function checkVersionDates(ctx: Context): void {
  const byPlan = new Map<string, Entry<PlanVersion>[]>();
  for (const entry of ctx.content.planVersions) {
    const { planKey, version } = splitVersionKey(entry.id);
    if (!/\d/.test(version)) continue;
    const family = `${planKey}/${version.replace(/[\d.]+/g, '#')}`;
    byPlan.set(family, [...(byPlan.get(family) ?? []), entry]);
  }
  for (const entries of byPlan.values()) {
    const numbered = entries.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
    numbered.forEach((entry, i) => {
      const previous = numbered[i - 1];
      if (previous && endOf(entry.data.published) < startOf(previous.data.published))
        ctx.report(
          entry,
          ['published'],
          'plan-version.dated-before-previous',
          entry.data.published,
          splitVersionKey(previous.id).version,
          previous.data.published,
        );
    });
  }
}

/** The plan's own figures (its claims) agree with its report and its table. */
export function checkClaims(
  ctx: Context,
  version: Entry<PlanVersion>,
  outline: Entry<PlanOutline>,
  inspection: Entry<Inspection> | undefined,
): void {
  const claims = version.data.claims;
  const recommendations = inspection?.data.recommendations ?? [];
  const repeated = [...new Set(recommendations.filter((r) => r.repeated).map((r) => r.id))];
  if (claims.repeatedRecommendations !== undefined && inspection && claims.repeatedRecommendations !== repeated.length)
    ctx.report(
      version,
      ['claims', 'repeatedRecommendations'],
      'plan-version.claim-repeated-recommendations',
      claims.repeatedRecommendations,
      inspection.file,
      repeated,
    );
  const counted = inspection?.data.recommendationCount !== undefined;
  const total = inspection?.data.recommendationCount ?? new Set(recommendations.map((r) => r.id)).size;
  if (claims.recommendations !== undefined && inspection && claims.recommendations !== total)
    ctx.report(
      version,
      ['claims', 'recommendations'],
      'plan-version.claim-recommendations',
      claims.recommendations,
      inspection.file,
      counted,
      total,
    );
  if (claims.themes !== undefined && claims.themes !== outline.data.themes.length)
    ctx.report(version, ['claims', 'themes'], 'plan-version.claim-themes', claims.themes, outline.data.themes.length);
}

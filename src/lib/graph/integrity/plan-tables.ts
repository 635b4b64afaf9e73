// Plan tables (the .json beside a version: themes, objectives, aims and actions): a version beside
// each, references nested as numbered, every citation resolved against the plan's report, the
// council's roles and its monitoring visits, ratings in the version's scale, renumbering traced.
import type { Entry } from '../../content/content.ts';
import { comparePlanVersions } from '../../content/content.ts';
import type { PlanOutline } from '../../../schemas/plan-outline.ts';
import type { PlanVersion } from '../../../schemas/plan-version.ts';
import { authorityOf, planKeyOf } from '../../base/ids.ts';
import { slugsIn, type Context } from './context.ts';
import { duplicates } from './format.ts';
import { checkClaims } from './plan-versions.ts';

export function checkPlanTables(ctx: Context): void {
  for (const entry of ctx.content.planOutlines) {
    const version = ctx.versions.get(entry.id);
    if (!version) {
      ctx.report(entry, [], 'plan-table.no-version', entry.id);
      continue;
    }
    const plan = ctx.plans.get(planKeyOf(entry.id));
    if (!plan) continue;
    checkTable(ctx, entry, version, plan.data.inspection);
  }
}

function checkTable(
  ctx: Context,
  entry: Entry<PlanOutline>,
  version: Entry<PlanVersion>,
  inspectionSlug: string | undefined,
): void {
  const authority = authorityOf(entry.id);
  const inspection = inspectionSlug ? ctx.inspections.get(`${authority}/${inspectionSlug}`) : undefined;
  const recommendationIds = new Set(inspection?.data.recommendations.map((r) => r.id));
  const repeated = new Set(inspection?.data.recommendations.filter((r) => r.repeated).map((r) => r.id));
  const paragraphNumbers = new Set(inspection?.data.paragraphs.map((p) => p.number));
  const roles = new Set(ctx.authorities.get(authority)?.data.roles.map((r) => r.id));
  const ratings = (version.data.ratingScale?.ratings ?? []).map((r) => r.id);
  const visitSlugs = slugsIn(ctx.visits, authority);
  const inspectionFile = inspection?.file ?? `src/content/inspections/${authority}/${inspectionSlug}.json`;

  const checkVisits = (path: PropertyKey[], slugs: readonly string[]) =>
    slugs.forEach((slug, i) => {
      if (!visitSlugs.includes(slug))
        ctx.report(entry, [...path, i], 'plan-table.unknown-monitoring-visit', slug, authority, visitSlugs);
    });

  const themeRefs: string[] = [];
  const objectiveRefs: string[] = [];
  const actionPlaces = new Map<string, string>();
  entry.data.themes.forEach((theme, t) => {
    themeRefs.push(theme.ref);
    theme.objectives.forEach((objective, o) => {
      const oPath = ['themes', t, 'objectives', o];
      objectiveRefs.push(objective.ref);
      if (!objective.ref.startsWith(`${theme.ref}.`))
        ctx.report(entry, [...oPath, 'ref'], 'plan-table.objective-outside-theme', objective.ref, theme.ref);
      objective.aims.forEach((aim, a) => {
        const aPath = [...oPath, 'aims', a];
        aim.recommendations.forEach((n, i) => {
          if (inspectionSlug === undefined)
            ctx.report(
              entry,
              [...aPath, 'recommendations', i],
              'plan-table.cites-without-inspection',
              `recommendation ${n}`,
            );
          else if (!recommendationIds.has(n))
            ctx.report(
              entry,
              [...aPath, 'recommendations', i],
              'plan-table.aim-cites-unknown-recommendation',
              n,
              inspectionSlug,
              [...recommendationIds],
              inspectionFile,
            );
          else if (aim.repeated && !repeated.has(n))
            ctx.report(entry, [...aPath, 'repeated'], 'plan-table.aim-repeated-not-in-report', n, inspectionFile);
        });
        checkVisits([...aPath, 'monitoringVisits'], aim.monitoringVisits);
      });
      objective.actions.forEach((action, x) => {
        const xPath = [...oPath, 'actions', x];
        const place = `objective ${objective.ref}`;
        const earlier = actionPlaces.get(action.ref);
        if (earlier)
          ctx.report(entry, [...xPath, 'ref'], 'plan-table.action-in-two-objectives', action.ref, earlier, place);
        else actionPlaces.set(action.ref, place);
        if (!action.ref.startsWith(`${objective.ref}.`))
          ctx.report(entry, [...xPath, 'ref'], 'plan-table.action-outside-objective', action.ref, objective.ref);
        if (action.desiredOutcome.length === 0 && action.notInSource.desiredOutcome === undefined)
          ctx.report(entry, [...xPath, 'desiredOutcome'], 'plan-table.desired-outcome-empty');
        if (action.rag !== null && !version.data.ratingScale)
          ctx.report(entry, [...xPath, 'rag'], 'plan-table.rating-without-scale', action.rag, version.file);
        else if (action.rag !== null && !ratings.includes(action.rag))
          ctx.report(
            entry,
            [...xPath, 'rag'],
            'plan-table.rating-not-in-scale',
            action.rag,
            version.data.ratingScale!.name,
            ratings,
          );
        action.leadRoles.forEach((id, i) => {
          if (!roles.has(id))
            ctx.report(entry, [...xPath, 'leadRoles', i], 'plan-table.unknown-lead-role', id, authority, [...roles]);
        });
        (action.partners ?? []).forEach((partner, i) => {
          if (!roles.has(partner.role))
            ctx.report(
              entry,
              [...xPath, 'partners', i, 'role'],
              'plan-table.unknown-partner-role',
              partner.role,
              authority,
              [...roles],
            );
          if (action.lead === undefined || !action.lead.includes(partner.words))
            ctx.report(
              entry,
              [...xPath, 'partners', i, 'words'],
              'plan-table.partner-words-not-in-lead',
              partner.words,
              action.lead ?? '',
            );
        });
        action.paragraphs.forEach((n, i) => {
          if (inspectionSlug === undefined)
            ctx.report(entry, [...xPath, 'paragraphs', i], 'plan-table.cites-without-inspection', `paragraph ${n}`);
          else if (!paragraphNumbers.has(n))
            ctx.report(
              entry,
              [...xPath, 'paragraphs', i],
              'plan-table.action-cites-unknown-paragraph',
              n,
              inspectionSlug,
              [...paragraphNumbers],
              inspectionFile,
            );
        });
        checkVisits([...xPath, 'monitoringVisits'], action.monitoringVisits);
      });
    });
  });
  for (const ref of duplicates(themeRefs)) ctx.report(entry, ['themes'], 'plan-table.duplicate-theme', ref);
  for (const ref of duplicates(objectiveRefs)) ctx.report(entry, ['themes'], 'plan-table.duplicate-objective', ref);
  checkClaims(ctx, version, entry, inspection);
}

/** A renumbered action names a reference that the previous version of its plan has. */
export function checkRenumbering(ctx: Context): void {
  const byPlan = new Map<string, Entry<PlanVersion>[]>();
  for (const entry of ctx.content.planVersions) {
    const planKey = planKeyOf(entry.id);
    byPlan.set(planKey, [...(byPlan.get(planKey) ?? []), entry]);
  }
  for (const entries of byPlan.values()) {
    const ordered = [...entries].sort(comparePlanVersions);
    ordered.forEach((entry, i) => {
      const outline = ctx.outlines.get(entry.id);
      if (!outline) return;
      const previous = i > 0 ? ctx.outlines.get(ordered[i - 1]!.id) : undefined;
      const previousRefs = new Set(
        previous?.data.themes.flatMap((t) => t.objectives.flatMap((o) => o.actions.map((a) => a.ref))),
      );
      outline.data.themes.forEach((theme, t) =>
        theme.objectives.forEach((objective, o) =>
          objective.actions.forEach((action, x) => {
            if (action.previousRef === undefined || previousRefs.has(action.previousRef)) return;
            const path = ['themes', t, 'objectives', o, 'actions', x, 'previousRef'];
            if (previous)
              ctx.report(outline, path, 'plan-table.previous-ref-unknown', action.previousRef, ordered[i - 1]!.id);
            else ctx.report(outline, path, 'plan-table.previous-ref-in-first-version');
          }),
        ),
      );
    });
  }
}

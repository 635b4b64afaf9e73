import { startOf } from '../base/dates.ts';
import type { PlanVersionNode } from '../graph/graph.ts';
import { outlineToRows } from '../spreadsheets/spreadsheet.ts';
import type { PlanOutline } from '../../schemas/plan-outline.ts';

/** The file name (without extension) of a plan version's spreadsheet: "torbay-improvement-plan-v1". */
export function planSheetName(version: PlanVersionNode): string {
  return `${version.plan.authority.slug}-${version.plan.slug}-${version.slug}`;
}

/** The pages of the plan spreadsheet routes (/data/plans/<name>.csv and .xlsx): one per plan version. */
export function planSheetPaths(
  versions: Iterable<PlanVersionNode>,
): { params: { sheet: string }; props: { version: PlanVersionNode } }[] {
  return [...versions].map((version) => ({ params: { sheet: planSheetName(version) }, props: { version } }));
}

/** A plan version's table as it is in its content file, rebuilt from the graph. */
export function outlineOf(version: PlanVersionNode): PlanOutline {
  return {
    themes: version.themes.map((theme) => ({
      ref: theme.ref,
      title: theme.title,
      objectives: theme.objectives.map((objective) => ({
        ref: objective.ref,
        aims: objective.aims.map((aim) => aim.data),
        actions: objective.actions.map((action) => action.data),
      })),
    })),
  };
}

/** A plan version's spreadsheet rows, header first. */
export function versionRows(version: PlanVersionNode): string[][] {
  return outlineToRows(outlineOf(version), {
    ratings: version.data.ratingScale?.ratings ?? [],
    roles: version.plan.authority.data.roles,
    visits: version.plan.authority.monitoringVisits.map((v) => ({ id: v.slug, name: v.data.title })),
  });
}

/** The date a plan version's spreadsheet records: the day its publication date begins, in UTC. */
export function sheetDateOf(version: PlanVersionNode): Date {
  return new Date(`${startOf(version.data.published)}T00:00:00Z`);
}

import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '~/data.ts';
import type { PlanVersionNode } from '~/lib/graph/graph.ts';
import { planSheetPaths, sheetDateOf, versionRows } from '~/lib/publishing/plan-downloads.ts';
import { writeSheet } from '~/lib/spreadsheets/sheet-files.ts';
import { titleOf } from '~/lib/derivations/labels.ts';

export const getStaticPaths = (async () =>
  planSheetPaths((await getGraph()).planVersions.values())) satisfies GetStaticPaths;

/**
 * Each plan version as an Excel workbook: the same rows and columns as its CSV, every cell text,
 * dated by the version so every build writes the same bytes.
 */
export const GET: APIRoute = async ({ props }) => {
  const { version } = props as { version: PlanVersionNode };
  const xlsx = await writeSheet(versionRows(version), 'xlsx', 'Actions', sheetDateOf(version), titleOf(version));
  return new Response(new Uint8Array(xlsx), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};

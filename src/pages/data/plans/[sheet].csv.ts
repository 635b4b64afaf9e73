import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '~/data.ts';
import type { PlanVersionNode } from '~/lib/graph/graph.ts';
import { planSheetPaths, versionRows } from '~/lib/publishing/plan-downloads.ts';
import { writeSheet } from '~/lib/spreadsheets/sheet-files.ts';

export const getStaticPaths = (async () =>
  planSheetPaths((await getGraph()).planVersions.values())) satisfies GetStaticPaths;

/** Each plan version as a spreadsheet (CSV), one row per action: the file `npm run import` reads back. */
export const GET: APIRoute = async ({ props }) => {
  const { version } = props as { version: PlanVersionNode };
  return new Response(new Uint8Array(await writeSheet(versionRows(version), 'csv')), {
    headers: { 'Content-Type': 'text/csv' },
  });
};

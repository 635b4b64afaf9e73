import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../data.ts';
import { csvRows } from '../../lib/publishing/open-data.ts';
import { writeSheet } from '../../lib/spreadsheets/sheet-files.ts';
import { csvDatasets } from '../../schemas/open-data.ts';

export const getStaticPaths = (() => csvDatasets.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

/** The flat datasets as CSV too (`/data/findings.csv`), described by the same schema as their JSON. */
export const GET: APIRoute = async ({ params }) => {
  const rows = csvRows(params.dataset as (typeof csvDatasets)[number], await getOpenData());
  return new Response(new Uint8Array(await writeSheet(rows, 'csv')), { headers: { 'Content-Type': 'text/csv' } });
};

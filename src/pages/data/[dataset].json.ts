import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../data.ts';
import { datasetNames, openData } from '../../lib/open-data.ts';

export const getStaticPaths = (() => datasetNames.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

/** One open-data file per collection: `/data/actions.json`. */
export const GET: APIRoute = async ({ params }) => {
  const data = openData(await getGraph());
  return new Response(`${JSON.stringify(data[params.dataset as keyof typeof data], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../data.ts';
import { datasetNames } from '../../lib/publishing/open-data.ts';

export const getStaticPaths = (() =>
  datasetNames().map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

/** One open-data file per collection: `/data/actions.json`. */
export const GET: APIRoute = async ({ params }) => {
  const data = await getOpenData();
  return new Response(`${JSON.stringify(data[params.dataset as keyof typeof data], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};

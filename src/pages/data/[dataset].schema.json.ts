import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetJsonSchema, datasetNames } from '../../lib/publishing/open-data.ts';

export const getStaticPaths = (() =>
  datasetNames().map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

/** The JSON Schema of each open-data file, generated from the zod schemas: `/data/actions.schema.json`. */
export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(datasetJsonSchema(params.dataset!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });

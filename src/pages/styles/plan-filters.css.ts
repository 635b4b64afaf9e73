import type { APIRoute } from 'astro';
import { getGraph } from '../../data.ts';
import { filterStylesheet } from '../../lib/search/filters.ts';

/** The plan outline's filter rules, generated from the content; linked only from plan pages. */
export const GET: APIRoute = async () =>
  new Response(filterStylesheet(await getGraph()), { headers: { 'Content-Type': 'text/css' } });

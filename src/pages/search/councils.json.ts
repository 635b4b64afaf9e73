import type { APIRoute } from 'astro';
import { getGraph } from '../../data.ts';
import { councilIndexPath, type CouncilIndex } from '../../lib/search/search-split.ts';

/** Every council and its own search index, for the search page and the indexer (src/lib/search/search-split.ts). */
export const GET: APIRoute = async () => {
  const graph = await getGraph();
  const list: CouncilIndex[] = graph.authorities.map((a) => ({ name: a.data.name, index: councilIndexPath(a.slug) }));
  return new Response(`${JSON.stringify(list)}\n`, { headers: { 'Content-Type': 'application/json' } });
};

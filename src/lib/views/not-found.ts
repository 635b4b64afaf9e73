/** The "Page not found" page: the councils to start again from. Pure; 404.astro renders it. */
import type { Graph } from '../graph/graph.ts';
import { urlOf } from '../publishing/urls.ts';

export interface NotFoundView {
  councils: { text: string; href: string }[];
}

export function notFoundView(graph: Pick<Graph, 'authorities'>): NotFoundView {
  return { councils: graph.authorities.map((a) => ({ text: a.data.name, href: urlOf(a) })) };
}

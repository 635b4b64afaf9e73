import type { Graph } from '../graph/graph.ts';
import { pageNodes } from '../graph/kinds.ts';
import { searchFilters, searchMetaOf } from './search-meta.ts';

/** Every value each search filter can take, from the content, in a stable order. */
export function searchFilterOptions(graph: Graph): Record<(typeof searchFilters)[number], string[]> {
  const values = Object.fromEntries(searchFilters.map((f) => [f, new Set<string>()])) as Record<
    (typeof searchFilters)[number],
    Set<string>
  >;
  const nodes = pageNodes(graph.authorities);
  for (const node of nodes) {
    for (const [name, list] of Object.entries(searchMetaOf(node).filters)) {
      if (name in values) list.forEach((v) => values[name as (typeof searchFilters)[number]].add(v));
    }
  }
  values.type.add('Page');
  if (graph.planVersions.size > 0) values.type.add('Board pack');
  return Object.fromEntries(
    searchFilters.map((f) => [f, [...values[f]].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))]),
  ) as Record<(typeof searchFilters)[number], string[]>;
}

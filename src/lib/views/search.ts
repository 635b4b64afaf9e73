/**
 * The search page (/search/): which filters it offers and their values, and the glossary the
 * search script uses to expand abbreviations in queries. Pure; the page renders it.
 */
import type { Graph } from '../graph/graph.ts';
import { searchFilterLabels, searchFilters } from '../search/search-meta.ts';
import { searchFilterOptions } from '../search/search-options.ts';

export interface SearchFilterGroup {
  filter: (typeof searchFilters)[number];
  label: string;
  values: string[];
  /** The first group starts open. */
  open: boolean;
}

export interface SearchView {
  /** Filters with more than one value to choose between, in the site's order. */
  filters: SearchFilterGroup[];
  /** Terms with an expansion, as JSON for the form's data-glossary attribute. */
  glossary: string;
}

export function searchView(graph: Graph): SearchView {
  const options = searchFilterOptions(graph);
  return {
    filters: searchFilters
      .filter((f) => options[f].length > 1)
      .map((filter, i) => ({ filter, label: searchFilterLabels[filter], values: options[filter], open: i === 0 })),
    glossary: JSON.stringify(
      graph.glossary.filter((t) => t.expansion).map(({ term, expansion }) => ({ term, expansion })),
    ),
  };
}

import type { LinkableNode, PlanVersionNode } from '../graph/graph.ts';
import { doc, rowOf, titleOf, type SearchMeta } from '../graph/kinds.ts';
export type { SearchMeta };

/** The search filters, in the order the search page offers them. */
export const searchFilters = [
  'type',
  'authority',
  'inspection',
  'version',
  'theme',
  'lead',
  'rating',
  'repeated',
] as const;

/** What each filter is called on the search page. */
export const searchFilterLabels: Record<(typeof searchFilters)[number], string> = {
  type: 'Type of document',
  authority: 'Council',
  inspection: 'Inspection',
  version: 'Plan version',
  theme: 'Theme',
  lead: 'Lead role',
  rating: 'Rating',
  repeated: 'Repeated recommendation',
};

/** Search metadata for a page about a node: its kind's `search` column (src/lib/graph/kinds.ts). */
export function searchMetaOf(node: LinkableNode): SearchMeta {
  return rowOf(node).search(node);
}

/**
 * Search metadata for a plan version's board pack: found as "board pack", under its own type, with its
 * version's filters. Only its heading is indexed (the page marks the rest): everything else it says is
 * on the plan's own pages, which results would otherwise repeat.
 */
export function boardPackSearchMeta(version: PlanVersionNode): SearchMeta {
  const { plan } = version;
  return doc(
    'Board pack',
    `Board pack: ${titleOf(version)}`,
    `${plan.authority.data.name} › ${plan.data.title} › ${version.data.label}`,
    { version: [version.data.label] },
    plan.authority.data.name,
  );
}

import type { LinkableNode } from '../graph/graph.ts';
import { urlOf } from '../graph/kinds.ts';

// A page's path is its kind's `path` column (src/lib/graph/kinds.ts).
export { urlOf } from '../graph/kinds.ts';

/** Anchor of an objective within its plan version's page. */
export function objectiveAnchor(ref: string): string {
  return `objective-${ref.replace(/\./g, '-')}`;
}

/** Anchor of a theme within its plan version's page. */
export function themeAnchor(ref: string): string {
  return `theme-${ref}`;
}

/** The authority a node belongs to. */
export function authoritySlugOf(node: LinkableNode): string {
  return urlOf(node).split('/')[1]!;
}

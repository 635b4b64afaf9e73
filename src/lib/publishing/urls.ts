import type { LinkableNode } from '../graph/graph.ts';

/** A path segment for an action reference: "1.1.1" stays "1.1.1". */
const segment = (value: string | number) => encodeURIComponent(String(value));

/** The site path of any node with a page: stable, human-readable, always with a trailing slash. */
export function urlOf(node: LinkableNode): string {
  switch (node.kind) {
    case 'authority':
      return `/${node.slug}/`;
    case 'inspection':
      return `/${node.authority.slug}/inspections/${node.slug}/`;
    case 'recommendation':
      return `${urlOf(node.inspection)}recommendations/${segment(node.id)}/`;
    case 'paragraph':
      return `${urlOf(node.inspection)}paragraphs/${node.number}/`;
    case 'monitoringVisit':
      return `${urlOf(node.inspection)}monitoring-visits/${node.slug}/`;
    case 'notice':
      return `/${node.authority.slug}/notices/${node.slug}/`;
    case 'indicator':
      return `/${node.authority.slug}/indicators/${node.slug}/`;
    case 'plan':
      return `/${node.authority.slug}/plans/${node.slug}/`;
    case 'planVersion':
      return `${urlOf(node.plan)}${node.slug}/`;
    case 'action':
      return `${urlOf(node.version.plan)}actions/${segment(node.ref)}/`;
    case 'peerReview':
      return `/${node.authority.slug}/peer-reviews/${node.slug}/`;
    case 'statement':
      return `/${node.authority.slug}/statements/${node.slug}/`;
  }
}

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

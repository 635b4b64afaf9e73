import type { LinkableNode, PlanVersionNode } from '../graph/graph.ts';
import { firstSentence, recommendationLabel, titleOf } from '../derivations/labels.ts';
import { notYetRated } from '../base/vocabulary.ts';

/** What the search index records about a page: its type, title, trail, exact reference and filters. */
export interface SearchMeta {
  /** Kind of document, shown on each result and used as a filter: "Action". */
  type: string;
  /** Title shown in results: "Action 1.2.1 — Supervision needs to be timely …". */
  title: string;
  /** Where the page sits: "Torbay Council › Torbay Children's Services Improvement Plan". */
  breadcrumb: string;
  /** Exact reference a query can name ("recommendation 8", "action 1.1.4", "paragraph 24"). */
  ref?: string;
  /** Filter values by filter name; a page may have several values for one filter. */
  filters: Record<string, string[]>;
}

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

const short = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Search metadata for a page about a node. */
export function searchMetaOf(node: LinkableNode): SearchMeta {
  switch (node.kind) {
    case 'authority':
      return {
        type: 'Council',
        title: node.data.name,
        breadcrumb: 'Councils',
        filters: { type: ['Council'], authority: [node.data.name] },
      };
    case 'inspection':
      return doc('Inspection', node.data.title, node.authority.data.name, { inspection: [node.data.title] });
    case 'recommendation': {
      const { inspection } = node;
      return {
        type: 'Recommendation',
        title: `${recommendationLabel(node)} — ${short(node.data.text)}`,
        breadcrumb: `${inspection.authority.data.name} › ${inspection.data.title}`,
        ref: `recommendation ${node.id}`,
        filters: {
          type: ['Recommendation'],
          authority: [inspection.authority.data.name],
          inspection: [inspection.data.title],
          repeated: [node.data.repeated ? 'Repeated' : 'Not repeated'],
        },
      };
    }
    case 'paragraph': {
      const { inspection } = node;
      return {
        type: 'Paragraph',
        title: `Paragraph ${node.number} of the ${inspection.data.title}`,
        breadcrumb: `${inspection.authority.data.name} › ${inspection.data.title}`,
        ref: `paragraph ${node.number}`,
        filters: {
          type: ['Paragraph'],
          authority: [inspection.authority.data.name],
          inspection: [inspection.data.title],
        },
      };
    }
    case 'monitoringVisit':
      return doc(
        'Monitoring visit',
        node.data.title,
        `${node.authority.data.name} › ${node.inspection.data.title}`,
        { inspection: [node.inspection.data.title] },
        node.authority.data.name,
      );
    case 'notice':
      return doc('Improvement notice', titleOf(node), node.authority.data.name);
    case 'indicator':
      return doc('Indicator', node.data.title, node.authority.data.name);
    case 'plan':
      return doc('Improvement plan', node.data.title, node.authority.data.name, { version: [node.latest.data.label] });
    case 'planVersion':
      return doc(
        'Improvement plan',
        titleOf(node),
        `${node.plan.authority.data.name} › ${node.plan.data.title}`,
        { version: [node.data.label] },
        node.plan.authority.data.name,
      );
    case 'action': {
      const { plan } = node.version;
      return {
        type: 'Action',
        title: `Action ${node.ref} — ${short(firstSentence(node.data.desiredOutcome[0] ?? node.data.actions[0] ?? ''))}`,
        breadcrumb: `${plan.authority.data.name} › ${plan.data.title} › Objective ${node.objective.ref}`,
        ref: `action ${node.ref}`,
        filters: {
          type: ['Action'],
          authority: [plan.authority.data.name],
          version: [node.version.data.label],
          theme: [`${node.theme.ref}. ${node.theme.title}`],
          lead: node.leadRoles.map((r) => (r.abbreviation ? `${r.name} (${r.abbreviation})` : r.name)),
          rating: [node.rating?.label ?? notYetRated],
        },
      };
    }
    case 'peerReview':
      return doc('Peer review', node.data.title, node.authority.data.name);
    case 'statement':
      return doc('Statement', node.data.title, `${node.authority.data.name} › Statements`);
  }
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

function doc(
  type: string,
  title: string,
  breadcrumb: string,
  filters: Record<string, string[]> = {},
  authority?: string,
): SearchMeta {
  const name = authority ?? breadcrumb.split(' › ')[0]!;
  return { type, title, breadcrumb, filters: { type: [type], authority: [name], ...filters } };
}

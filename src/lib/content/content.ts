import type { Glossary } from '../../schemas/glossary.ts';
import type { Figure } from '../../schemas/figures.ts';
import type { Authority } from '../../schemas/authority.ts';
import { compareKnown } from '../base/dates.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Inspection } from '../../schemas/inspection.ts';
import type { MonitoringVisit } from '../../schemas/monitoring-visit.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { PeerReview } from '../../schemas/peer-review.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { PlanOutline } from '../../schemas/plan-outline.ts';
import type { PlanVersion } from '../../schemas/plan-version.ts';
import type { Statement } from '../../schemas/statement.ts';

/** One validated content file: its id within the collection, its file, its data and any MDX body. */
export interface Entry<T> {
  /** Id within the collection: "torbay/ofsted-2018". */
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** The validated data (JSON, or MDX frontmatter). */
  data: T;
  /** The MDX body, for narrative collections. */
  body?: string;
}

/** Every validated content file, by collection: the engine's input. */
export interface ContentSet {
  authorities: Entry<Authority>[];
  inspections: Entry<Inspection>[];
  monitoringVisits: Entry<MonitoringVisit>[];
  notices: Entry<Notice>[];
  indicators: Entry<Indicator>[];
  plans: Entry<Plan>[];
  planVersions: Entry<PlanVersion>[];
  planOutlines: Entry<PlanOutline>[];
  peerReviews: Entry<PeerReview>[];
  statements: Entry<Statement>[];
  glossary: Entry<Glossary>[];
  figures: Entry<{ figures: Figure[] }>[];
}

/** An empty content set. */
export function emptyContentSet(): ContentSet {
  return {
    authorities: [],
    inspections: [],
    monitoringVisits: [],
    notices: [],
    indicators: [],
    plans: [],
    planVersions: [],
    planOutlines: [],
    peerReviews: [],
    statements: [],
    glossary: [],
    figures: [],
  };
}

/**
 * Orders a plan's version files oldest first: by publication date where the dates say which came
 * first, else (same or overlapping dates: "2019" and "15 October 2019") naturally by id (v2 before v10).
 */
export function comparePlanVersions(a: Entry<PlanVersion>, b: Entry<PlanVersion>): number {
  return compareKnown(a.data.published, b.data.published) || a.id.localeCompare(b.id, 'en', { numeric: true });
}

// Which monitoring visit is the latest: only one whose date is certainly after every other visit's,
// at the precision the sources give. Two visits whose dates may overlap ("2019" and "April 2019")
// have an order the site does not know, so neither is called the latest.
import { compareDates, endOf, startOf } from '../base/dates.ts';
import type { AuthorityNode, FindingTie, MonitoringVisitNode, RecommendationNode } from '../graph/graph.ts';

export type LatestVisit =
  | { kind: 'none' }
  | { kind: 'latest'; visit: MonitoringVisitNode }
  /** The visits whose dates cannot be ordered among themselves, each of which may be the latest. */
  | { kind: 'unknown'; candidates: MonitoringVisitNode[] };

export function latestVisit(authority: Pick<AuthorityNode, 'monitoringVisits'>): LatestVisit {
  const visits = authority.monitoringVisits;
  if (visits.length === 0) return { kind: 'none' };
  // A visit may be the latest unless another certainly began after it ended.
  const candidates = visits.filter(
    (v) => !visits.some((w) => w !== v && startOf(w.data.visited) > endOf(v.data.visited)),
  );
  return candidates.length === 1 ? { kind: 'latest', visit: candidates[0]! } : { kind: 'unknown', candidates };
}

/**
 * The most recent finding tied to the recommendation; with `asAt`, among visits that may have taken
 * place by then (a visit known only to a month counts if that month began by `asAt`). Two visits whose
 * dates cannot be ordered are taken in the order the graph keeps them (by the first day each can mean).
 */
export function latestFinding(recommendation: RecommendationNode, asAt?: string): FindingTie | undefined {
  const ties = recommendation.findings.filter((t) => !asAt || startOf(t.visit.data.visited) <= endOf(asAt));
  return [...ties].sort((a, b) => compareDates(a.visit.data.visited, b.visit.data.visited)).at(-1);
}

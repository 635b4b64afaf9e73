// Which monitoring visit is the latest, and which tied finding is the most recent: only where the
// visits' dates, at the precision the sources give, say so. Two visits whose dates may overlap
// ("2019" and "April 2019") have an order the site does not know, and an undated visit may be any.
import { compareOptionalDates, dateBounds, latestCandidates } from '../base/dates.ts';
import type { AuthorityNode, FindingTie, MonitoringVisitNode, RecommendationNode } from '../graph/graph.ts';

export type LatestVisit =
  | { kind: 'none' }
  | { kind: 'latest'; visit: MonitoringVisitNode }
  /** The visits that may each be the latest: dates that overlap, or visits no source dates. */
  | { kind: 'unknown'; candidates: MonitoringVisitNode[] };

export function latestVisit(authority: Pick<AuthorityNode, 'monitoringVisits'>): LatestVisit {
  const visits = authority.monitoringVisits;
  if (visits.length === 0) return { kind: 'none' };
  const candidates = [
    ...latestCandidates(visits, (v) => v.data.visited),
    ...visits.filter((v) => v.data.visited === undefined),
  ];
  return candidates.length === 1 ? { kind: 'latest', visit: candidates[0]! } : { kind: 'unknown', candidates };
}

/**
 * The most recent finding tied to the recommendation; with `asAt`, among visits that may have taken
 * place by then (a visit known only to a month counts if that month began by `asAt`; an undated visit
 * does not). Where the dates do not order the candidates, the display order (src/lib/base/dates.ts)
 * picks one, and `certain` is false so the view can say the order is not known.
 */
export function latestFinding(
  recommendation: RecommendationNode,
  asAt?: string,
): (FindingTie & { certain: boolean }) | undefined {
  const ties = recommendation.findings.filter(
    (t) =>
      !asAt || (t.visit.data.visited !== undefined && dateBounds(t.visit.data.visited).start <= dateBounds(asAt).end),
  );
  if (ties.length === 0) return undefined;
  const candidates = [
    ...latestCandidates(ties, (t) => t.visit.data.visited),
    ...ties.filter((t) => t.visit.data.visited === undefined),
  ];
  const tie = [...candidates].sort((a, b) => compareOptionalDates(a.visit.data.visited, b.visit.data.visited)).at(-1)!;
  return { ...tie, certain: candidates.length === 1 };
}

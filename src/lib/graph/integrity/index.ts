// The content check across files: every cross-reference and cross-field rule a per-file schema
// cannot apply. One module per family of rules; messages.ts is the catalogue of rules and messages.
import type { ContentSet } from '../../content/content.ts';
import type { Problem } from '../../content/problems.ts';
import { checkFiling, checkRoles } from './authorities.ts';
import { createContext, type Context } from './context.ts';
import { checkFigures } from './figures.ts';
import { checkGlossary } from './glossary.ts';
import { checkIndicators } from './indicators.ts';
import { checkInspections } from './inspections.ts';
import { checkMonitoringVisits } from './monitoring-visits.ts';
import { checkNotices, checkNoticeTargetValues } from './notices.ts';
import { checkPeerReviews } from './peer-reviews.ts';
import { checkPlanTables, checkRenumbering } from './plan-tables.ts';
import { checkPlanVersions } from './plan-versions.ts';
import { checkPlans } from './plans.ts';
import { checkScaffold } from './scaffold.ts';
import { checkStatementBodies, checkStatementRefs } from './statements.ts';

export { idList, ranges } from './format.ts';
export { messages, ruleIds, type RuleId } from './messages.ts';

/** The checks, in the order their problems are listed. */
const checks: readonly ((ctx: Context) => void)[] = [
  checkScaffold,
  checkFiling,
  checkGlossary,
  checkRoles,
  checkInspections,
  checkMonitoringVisits,
  checkNotices,
  checkPlans,
  checkIndicators,
  checkNoticeTargetValues,
  checkPlanVersions,
  checkPlanTables,
  checkFigures,
  checkRenumbering,
  checkPeerReviews,
  checkStatementRefs,
  checkStatementBodies,
];

/**
 * Checks every cross-reference and cross-field rule that a per-file schema cannot:
 * references resolve, ids are unique, actions sit in one objective, ratings are in the
 * version's scale, and the plan's own figures agree with the data. Returns every problem found,
 * each with the id of its rule (see messages.ts).
 */
export function checkIntegrity(content: ContentSet): Problem[] {
  const ctx = createContext(content);
  for (const check of checks) check(ctx);
  return ctx.problems;
}

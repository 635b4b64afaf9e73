import { describe, it } from 'vitest';
import type { ContentSet } from '../../../../src/lib/content/content.ts';
import { checkPlanVersions } from '../../../../src/lib/graph/integrity/plan-versions.ts';
import { checkPlanTables } from '../../../../src/lib/graph/integrity/plan-tables.ts';
import { entry, rulesOf } from './helpers.ts';

// The claims (plan-version.claim-*) are checked per table, so plan-tables.ts runs them.
const expectRule = rulesOf(checkPlanVersions, checkPlanTables);

const id = 'torbay/improvement-plan/v1';
const version = (c: ContentSet) => entry(c, 'planVersions', id);

describe('plan version rules', () => {
  it('refuses a version of a plan that does not exist', () => {
    expectRule('plan-version.unknown-plan', (c) => {
      c.plans = c.plans.filter((p) => p.id !== 'torbay/improvement-plan');
    });
  });

  it('refuses a version with no table beside it', () => {
    expectRule('plan-version.no-table', (c) => {
      c.planOutlines = c.planOutlines.filter((o) => o.id !== id);
    });
  });

  it('refuses a rating or a stage defined twice', () => {
    expectRule('plan-version.duplicate-rating', (c) => {
      const ratings = version(c).data.ratingScale!.ratings;
      ratings.push({ ...ratings[0]! });
    });
    expectRule('plan-version.duplicate-stage', (c) => {
      const stages = version(c).data.stages;
      stages.push({ ...stages[0]! });
    });
  });

  it("refuses the plan's own counts where they disagree with the report or the table", () => {
    expectRule('plan-version.claim-repeated-recommendations', (c) => {
      version(c).data.claims.repeatedRecommendations = 7;
    });
    expectRule('plan-version.claim-recommendations', (c) => {
      version(c).data.claims.recommendations = 17;
    });
    expectRule('plan-version.claim-themes', (c) => {
      version(c).data.claims.themes = 5;
    });
  });
});

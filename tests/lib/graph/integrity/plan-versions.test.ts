import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../../../../src/lib/content/content.ts';
import { checkPlanVersions } from '../../../../src/lib/graph/integrity/plan-versions.ts';
import { checkPlanTables } from '../../../../src/lib/graph/integrity/plan-tables.ts';
import { entry, problemsAfter, rulesOf } from './helpers.ts';

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

  it('refuses a version dated before the version it follows by its number, and only certainly before', () => {
    const withVersion2 = (published: string) => (c: ContentSet) => {
      const v1 = version(c);
      c.planVersions.push({
        ...structuredClone(v1),
        id: 'torbay/improvement-plan/v2',
        data: { ...structuredClone(v1.data), label: 'Version 2', published },
      });
      const outline = c.planOutlines.find((o) => o.id === id)!;
      c.planOutlines.push({ ...structuredClone(outline), id: 'torbay/improvement-plan/v2' });
    };
    const [problem] = expectRule('plan-version.dated-before-previous', withVersion2('2019-01'));
    expect(problem!.message).toMatch(/^is dated 2019-01, before v1 \(2019-10\), which it follows by its name/);
    // "2019" may be October 2019 or later: not certainly before, so not refused.
    for (const published of ['2019', '2019-10', '2020-01'])
      expect(problemsAfter(withVersion2(published)).map((p) => p.rule)).not.toContain(
        'plan-version.dated-before-previous',
      );
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

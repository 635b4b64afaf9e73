import { describe, expect, it } from 'vitest';
import { comparePlanVersions, emptyContentSet, type Entry } from '../../../src/lib/content/content.ts';
import type { PlanVersion } from '../../../src/schemas/plan-version.ts';

const version = (id: string, published: string) =>
  ({ id, file: `${id}.mdx`, data: { published } }) as Entry<PlanVersion>;

describe('the content set', () => {
  it('starts empty in every collection', () => {
    const set = emptyContentSet();
    expect(Object.keys(set).sort()).toEqual(
      [
        'authorities',
        'figures',
        'glossary',
        'indicators',
        'inspections',
        'monitoringVisits',
        'notices',
        'peerReviews',
        'planOutlines',
        'planVersions',
        'plans',
        'statements',
      ].sort(),
    );
    expect(Object.values(set).every((v) => Array.isArray(v) && v.length === 0)).toBe(true);
    expect(emptyContentSet().plans).not.toBe(set.plans);
  });

  it('orders plan versions by publication date where the dates say, else naturally by id (v2 before v10)', () => {
    const sorted = [
      version('x/plan/v10', '2020-01'),
      version('x/plan/v2', '2020-01'),
      version('x/plan/v1', '2019-10-15'),
      version('x/plan/v3', '2019'),
    ].sort(comparePlanVersions);
    // "2019" and "15 October 2019" overlap: the ids say v1 comes before v3.
    expect(sorted.map((v) => v.id)).toEqual(['x/plan/v1', 'x/plan/v3', 'x/plan/v2', 'x/plan/v10']);
  });
});

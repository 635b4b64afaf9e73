import { describe, expect, it } from 'vitest';
import { noRatingColumn, ratingCounts } from '../../../src/lib/derivations/ratings.ts';
import { threeGraph } from '../fixtures.ts';

const [v1, , v3] = threeGraph().plans.get('fixture/plan')!.versions;
const scale = v1!.data.ratingScale!.ratings;

describe('ratingCounts', () => {
  it('counts by the scale\'s order, with "Not yet rated" last and zero counts kept', () => {
    expect(ratingCounts(v1!.actions, scale).map((c) => [c.label, c.count])).toEqual([
      ['Green', 1],
      ['Amber', 2],
      ['Red', 0],
      ['Not yet rated', 1],
    ]);
    expect(ratingCounts(v3!.actions, scale).map((c) => [c.label, c.count])).toEqual([
      ['Green', 1],
      ['Amber', 1],
      ['Red', 1],
      ['Not yet rated', 1],
    ]);
  });

  it('keeps "Not yet rated" as its own category with no rating', () => {
    const counts = ratingCounts([], scale);
    expect(counts.at(-1)).toEqual({ rating: null, label: 'Not yet rated', count: 0 });
    expect(counts.every((c) => c.count === 0)).toBe(true);
  });

  it('never says "Not yet rated" for a version with no rating column', () => {
    expect(noRatingColumn).not.toMatch(/not yet rated/i);
    expect(noRatingColumn).toBe('This version of the plan has no rating column: its actions are not rated.');
  });
});

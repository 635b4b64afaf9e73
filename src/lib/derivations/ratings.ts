import type { Rating } from '../../schemas/plan-version.ts';
import type { ActionNode } from '../graph/graph.ts';
import { notYetRated } from '../base/vocabulary.ts';

/** How many actions have one rating; `rating` null is "Not yet rated". */
export interface RatingCount {
  rating: Rating | null;
  label: string;
  count: number;
}

/** Counts actions by rating in the scale's order, with "Not yet rated" as its own category; zero counts kept. */
export function ratingCounts(actions: readonly ActionNode[], ratings: readonly Rating[]): RatingCount[] {
  const counts: RatingCount[] = ratings.map((rating) => ({
    rating,
    label: rating.label,
    count: actions.filter((a) => a.rating?.id === rating.id).length,
  }));
  counts.push({ rating: null, label: notYetRated, count: actions.filter((a) => a.rating === null).length });
  return counts;
}

/** What pages say for a plan version with no rating column: never "Not yet rated", which would imply a rating is due. */
export const noRatingColumn = 'This version of the plan has no rating column: its actions are not rated.';

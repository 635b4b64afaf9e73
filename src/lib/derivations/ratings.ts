import type { Rating } from '../../schemas/plan-version.ts';
import type { ActionNode, PlanVersionNode } from '../graph/graph.ts';
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

/**
 * True where the plan's own rating of the action is one its scale defines as complete. Nothing else
 * on the site says an action is complete.
 */
export function ratedComplete(action: Pick<ActionNode, 'rating'>): boolean {
  return action.rating?.complete === true;
}

/** The plan version's scale's rating meaning complete, if it has one. */
export function completeRatingOf(version: PlanVersionNode): Rating | undefined {
  return version.data.ratingScale?.ratings.find((r) => r.complete);
}

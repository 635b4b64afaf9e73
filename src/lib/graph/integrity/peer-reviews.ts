// Peer reviews: the notice a review speaks to is published here.
import type { Context } from './context.ts';

export function checkPeerReviews(ctx: Context): void {
  for (const entry of ctx.content.peerReviews) {
    if (entry.data.notice !== undefined)
      ctx.mustExist(entry, ['notice'], 'peer-review.unknown-notice', 'notices', entry.data.notice);
  }
}

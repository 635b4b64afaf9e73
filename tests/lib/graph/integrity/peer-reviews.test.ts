import { describe, it } from 'vitest';
import { checkPeerReviews } from '../../../../src/lib/graph/integrity/peer-reviews.ts';
import { entry, rulesOf } from './helpers.ts';

const expectRule = rulesOf(checkPeerReviews);

describe('peer review rules', () => {
  it('refuses a review of a notice that does not exist', () => {
    expectRule('peer-review.unknown-notice', (c) => {
      entry(c, 'peerReviews', 'torbay/peer-review-2012').data.notice = 'notice-2099';
    });
  });
});

import { describe, it } from 'vitest';
import { entry, expectRule } from './helpers.ts';

describe('peer review rules', () => {
  it('refuses a review of a notice that does not exist', () => {
    expectRule('peer-review.unknown-notice', (c) => {
      entry(c, 'peerReviews', 'torbay/peer-review-2012').data.notice = 'notice-2099';
    });
  });
});

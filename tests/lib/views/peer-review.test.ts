import { describe, expect, it } from 'vitest';
import { plain } from '../../../src/lib/views/common.ts';
import { peerReviewView } from '../../../src/lib/views/peer-review.ts';
import type { PeerReviewNode } from '../../../src/lib/graph/graph.ts';
import { bundledGraph } from '../fixtures.ts';
import { readable } from './readable.ts';

const review = bundledGraph().authorityBySlug.get('torbay')!.peerReviews[0]!;
const row = (r: PeerReviewNode, key: string) => {
  const found = peerReviewView(null, r).rows.find((x) => x.key === key);
  return found ? plain(found.value) : undefined;
};

describe('the peer-review page', () => {
  it('transcribes the report and dates its meeting at the precision given', () => {
    const view = peerReviewView(null, review);
    expect(view.heading).toBe(review.data.title);
    expect(view.caption).toMatch(
      /^Torbay Council: response to a peer review, reported to the Overview and Scrutiny Board on /,
    );
    expect(view.keyPoints).toBe(review.data.keyPoints);
    expect(view.blocks).toHaveLength(review.data.noticeActions.length);
    expect(view.provenance.intro).toBe('Transcribed from the document under “Source document” below.');
  });

  it('names the notice only where the graph links one, and says honestly when the report does not', () => {
    const linked = { ...review, notice: bundledGraph().authorityBySlug.get('torbay')!.notices[0] };
    expect(linked.notice).toBeDefined();
    expect(row(linked as PeerReviewNode, 'Improvement notice')).toMatch(/^‹.+›$/);
    const quoted = {
      ...review,
      notice: undefined,
      data: { ...review.data, noticeActions: [{ actions: ['a'], findings: [], actionsTaken: [] }] },
    };
    expect(row(quoted as PeerReviewNode, 'Improvement notice')).toBe(
      'Not named: the report quotes improvement notice actions without saying which notice they are from, and they are not in a notice published here.',
    );
    const silent = { ...review, notice: undefined, data: { ...review.data, noticeActions: [] } };
    expect(row(silent as PeerReviewNode, 'Improvement notice')).toBe('Not named in the report.');
  });

  it('numbers the notice-action groups, singular or plural as they are', () => {
    const data = {
      ...review.data,
      noticeActions: [
        { actions: ['a'], findings: [], actionsTaken: [] },
        { actions: ['a', 'b'], findings: [], actionsTaken: [] },
      ],
    };
    const view = peerReviewView(null, { ...review, data } as PeerReviewNode);
    expect(view.blocks.map((b) => [b.id, b.heading])).toEqual([
      ['notice-action-1', 'Improvement notice action: group 1'],
      ['notice-action-2', 'Improvement notice actions: group 2'],
    ]);
    expect(
      row({ ...review, data: { ...review.data, wardsAffected: undefined } } as PeerReviewNode, 'Wards affected'),
    ).toBeUndefined();
  });
});

describe('the peer-review page, part by part, on the bundled 2012 review', () => {
  const graph = bundledGraph();
  const view = peerReviewView(graph, graph.peerReviews.get('torbay/peer-review-2012')!);

  it('sits under its council in the trail', () => {
    expect(view.breadcrumbs.map((c) => c.label)).toEqual(['Councils', 'Torbay Council']);
  });

  it("is headed by the report's title and the meeting it went to", () => {
    expect(
      readable({ title: view.title, caption: view.caption, heading: view.heading, signedBy: view.signedBy }),
    ).toMatchInlineSnapshot();
  });

  it('gives its facts as rows', () => {
    expect(readable(view.rows)).toMatchInlineSnapshot();
  });

  it('transcribes its scope, summary, key points and responses', () => {
    expect(
      readable({
        scope: view.scope,
        summary: view.summary,
        keyPoints: view.keyPoints,
        responses: view.responses,
        conclusions: view.conclusions.length,
        recruitmentPackage: view.recruitmentPackage.length,
      }),
    ).toMatchInlineSnapshot();
  });

  it('groups findings and actions by the improvement notice actions it quotes', () => {
    expect(
      readable({
        noticeActionsHeading: view.noticeActionsHeading,
        noticeActionsIntroduction: view.noticeActionsIntroduction,
        blocks: view.blocks.map(
          (b) => `${b.heading}: ${b.actions.length} quoted, ${b.findings.length} found, ${b.actionsTaken.length} taken`,
        ),
      }),
    ).toMatchInlineSnapshot();
  });

  it('says where its words came from', () => {
    expect(readable(view.provenance)).toMatchInlineSnapshot();
  });
});

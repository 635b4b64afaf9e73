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
    expect(readable({ title: view.title, caption: view.caption, heading: view.heading, signedBy: view.signedBy }))
      .toMatchInlineSnapshot(`
      {
        "caption": "Torbay Council: response to a peer review, reported to the Overview and Scrutiny Board on 18 July 2012",
        "heading": "Response to Children's Services Peer Review",
        "signedBy": "Richard Williams, Director of Children's Services",
        "title": "Response to Children's Services Peer Review, Torbay",
      }
    `);
  });

  it('gives its facts as rows', () => {
    expect(readable(view.rows)).toMatchInlineSnapshot(`
      [
        {
          "key": "Reported to",
          "value": [
            "Overview and Scrutiny Board",
          ],
        },
        {
          "key": "Meeting",
          "value": "18 July 2012",
        },
        {
          "key": "Wards affected",
          "value": [
            "All",
          ],
        },
        {
          "key": "Contact officer",
          "value": [
            "Richard Williams",
          ],
        },
        {
          "key": "Improvement notice",
          "value": [
            "Not named: the report quotes improvement notice actions without saying which notice they are from, and they are not in a notice published here.",
          ],
        },
      ]
    `);
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
    ).toMatchInlineSnapshot(`
      {
        "conclusions": 6,
        "keyPoints": [
          "This report sets out the final peer review letter and identifies the actions taken following the Peer Review.",
        ],
        "recruitmentPackage": 5,
        "responses": [
          "An independent chair for the CIB is being recruited that will ensure ongoing external challenge and support to the improvement programme during changes to senior leadership.",
          "A new recruitment and retention package has been agreed that includes –",
        ],
        "scope": "The peer review was not an inspection and therefore did not offer any judgements but it looked at 12 cases in detail and did meet over 130 people from across the partnership. The main conclusions of the peer review were: (See appendix 1):",
        "summary": [
          "In the final letter from the peer review it described progress as fragile in respect of the potential impact of imminent changes to the council's senior leadership and the need to recruit and retain social workers. These two core issues are being addressed:-",
        ],
      }
    `);
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
    ).toMatchInlineSnapshot(`
      {
        "blocks": [
          "Improvement notice action: group 1: 1 quoted, 1 found, 4 taken",
          "Improvement notice action: group 2: 1 quoted, 2 found, 1 taken",
          "Improvement notice action: group 3: 1 quoted, 1 found, 1 taken",
          "Improvement notice actions: group 4: 3 quoted, 3 found, 3 taken",
          "Improvement notice action: group 5: 1 quoted, 2 found, 3 taken",
          "Improvement notice actions: group 6: 3 quoted, 7 found, 3 taken",
        ],
        "noticeActionsHeading": "Findings and actions, by improvement notice action",
        "noticeActionsIntroduction": "Children services have reviewed the findings of the peer review and are working on the following areas of urgent action. These are listed below against the relevant requirements of the improvement notice.",
      }
    `);
  });

  it('says where its words came from', () => {
    expect(readable(view.provenance)).toMatchInlineSnapshot(`
      {
        "heading": "About this transcription",
        "inferences": [],
        "intro": "Transcribed from the document under “Source document” below.",
        "notes": [
          "The notice actions the review quotes are not in the 2011 improvement notice as transcribed here, and the review does not say which notice or revision it quotes, so it is not linked to a notice.",
          "The contact officer's telephone number and email address in the source are not republished here.",
          "The source's section numbers (1.1, 2.1, 2.2, 2.3) and the numbers of the recruitment package items are dropped; the text is otherwise as in the source.",
          "The source's headings are "1. Key points and Summary" (section 1.1, given here as keyPoints) and "2. Summary" (section 2.1, given here as summary).",
          "The fourth block is headed "Improvement notice actions" in the source and the others "Improvement notice action"; the sixth block also quotes three actions under the singular heading. Each block is one entry here.",
          "The source's spelling, wording and apostrophes (straight and curly, e.g. "Child's Journey" and "Child’s Journey") are kept as they stand, including "recruitment fares", "base on Child’s Journey" and "a more user friendly".",
        ],
      }
    `);
  });
});

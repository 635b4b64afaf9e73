/** The peer-review page: the report as transcribed, and honestly placed against a notice. */
import { formatDate } from '../base/dates.ts';
import type { PeerReviewNode } from '../graph/graph.ts';
import { titleOf } from '../derivations/labels.ts';
import { authorityCrumbs, link, transcription, when, type Crumb, type Provenance, type Row } from './common.ts';

export interface PeerReviewView {
  title: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  rows: Row[];
  keyPoints: string[];
  summary: string[];
  responses: string[];
  recruitmentPackage: string[];
  scope?: string;
  conclusions: string[];
  noticeActionsHeading: string;
  noticeActionsIntroduction?: string;
  blocks: { id: string; heading: string; actions: string[]; findings: string[]; actionsTaken: string[] }[];
  signedBy?: string;
  provenance: Provenance;
}

/** Everything the peer-review page says. */
export function peerReviewView(_graph: unknown, review: PeerReviewNode): PeerReviewView {
  const { data, authority } = review;
  const rows: Row[] = [
    { key: 'Reported to', value: [data.reportedTo] },
    { key: 'Meeting', value: [when(data.date)] },
    ...(data.wardsAffected ? [{ key: 'Wards affected', value: [data.wardsAffected] }] : []),
    ...(data.contactOfficer ? [{ key: 'Contact officer', value: [data.contactOfficer] }] : []),
    review.notice
      ? { key: 'Improvement notice', value: [link(titleOf(review.notice), review.notice)] }
      : {
          key: 'Improvement notice',
          value:
            data.noticeActions.length > 0
              ? [
                  'Not named: the report quotes improvement notice actions without saying which notice they are from, and they are not in a notice published here.',
                ]
              : ['Not named in the report.'],
        },
  ];
  return {
    title: `${data.title}, ${authority.data.shortName}`,
    breadcrumbs: authorityCrumbs(authority),
    // The date is the meeting's the response was reported to: the review itself is undated in the report.
    caption: `${authority.data.name}: response to a peer review, reported to the ${data.reportedTo} on ${formatDate(data.date)}`,
    heading: data.title,
    rows,
    keyPoints: data.keyPoints,
    summary: data.summary,
    responses: data.responses,
    recruitmentPackage: data.recruitmentPackage,
    ...(data.scope ? { scope: data.scope } : {}),
    conclusions: data.conclusions,
    noticeActionsHeading: 'Findings and actions, by improvement notice action',
    ...(data.noticeActionsIntroduction ? { noticeActionsIntroduction: data.noticeActionsIntroduction } : {}),
    blocks: data.noticeActions.map((block, i) => ({
      id: `notice-action-${i + 1}`,
      heading: `Improvement notice ${block.actions.length > 1 ? 'actions' : 'action'}: group ${i + 1}`,
      actions: block.actions,
      findings: block.findings,
      actionsTaken: block.actionsTaken,
    })),
    ...(data.signedBy ? { signedBy: data.signedBy } : {}),
    provenance: transcription(data.sources, data.notes),
  };
}

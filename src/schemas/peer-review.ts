import { z } from 'astro/zod';
import { isoDate, slug, source, transcriptionNotes } from './common.ts';

/** One improvement-notice action, what the peer review found, and what is being done. */
export const noticeAction = z.object({
  /** The notice action(s), as the report quotes them. */
  actions: z.array(z.string().min(1)).min(1).describe('The notice action(s), as quoted'),
  /** What the peer review found. */
  findings: z.array(z.string().min(1)).min(1).describe('What the peer review found'),
  /** The action being taken. */
  actionsTaken: z.array(z.string().min(1)).min(1).describe('The action being taken'),
});

/** A sector-led peer review of children's services, as reported to a council board. */
export const peerReview = z.object({
  /** Title as reported. */
  title: z.string().min(1).describe('Title as reported'),
  /** The board it was reported to. */
  reportedTo: z.string().min(1).describe('The board it was reported to'),
  /** Date of the board meeting. */
  date: isoDate.describe('Date of the board meeting'),
  /** Wards affected. */
  wardsAffected: z.string().min(1).optional().describe('Wards affected'),
  /** The contact officer, as the report names them. */
  contactOfficer: z.string().min(1).optional().describe('The contact officer'),
  /** The report's author and role, as signed. */
  signedBy: z.string().min(1).optional().describe('Who signed the report'),
  /** Id of the improvement notice the review speaks to, within the same authority. */
  notice: slug.optional().describe('The improvement notice the review speaks to'),
  /** Key points and summary. */
  keyPoints: z.array(z.string().min(1)).default([]).describe('Key points and summary'),
  /** The review's finding on progress and how its core issues are being addressed. */
  summary: z.array(z.string().min(1)).default([]).describe('Summary'),
  /** Measures being taken on the core issues (e.g. an independent chair). */
  responses: z.array(z.string().min(1)).default([]).describe('How the core issues are being addressed'),
  /** The recruitment and retention package, item by item. */
  recruitmentPackage: z.array(z.string().min(1)).default([]).describe('The recruitment and retention package'),
  /** What the review looked at. */
  scope: z.string().min(1).optional().describe('What the review looked at'),
  /** The review's main conclusions. */
  conclusions: z.array(z.string().min(1)).default([]).describe('Main conclusions'),
  /** The report's words introducing the notice actions. */
  noticeActionsIntroduction: z.string().min(1).optional().describe('Introduction to the notice actions'),
  /** Each improvement-notice action with the review's findings and the action being taken. */
  noticeActions: z.array(noticeAction).default([]).describe('Findings and actions per notice action'),
  /** Where the content came from. */
  sources: z.array(source).min(1).describe('Where this was transcribed from'),
  /** Notes on how the sources were read. */
  notes: transcriptionNotes,
});

export type PeerReview = z.infer<typeof peerReview>;
export type NoticeAction = z.infer<typeof noticeAction>;

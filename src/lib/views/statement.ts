/** The statement pages: one statement, and an authority's list of them. */
import { dateLabel, formatDate } from '../base/dates.ts';
import { dateInferences, notInSourceDate } from './common.ts';
import type { AuthorityNode, StatementNode } from '../graph/graph.ts';
import { titleOf } from '../derivations/labels.ts';
import { urlOf } from '../publishing/urls.ts';
import {
  authorityCrumbs,
  link,
  transcription,
  when,
  type Crumb,
  type Inline,
  type Line,
  type Provenance,
  type Row,
} from './common.ts';

const kinds = {
  'joint-statement': 'Joint statement',
  'press-release': 'Press release',
  statement: 'Statement',
} as const;

export interface StatementView {
  /** In the editor's preview of a statement a build would leave out (draft or embargoed): why. */
  preview?: { title: string; text: string };
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  rows: Row[];
  keyActionsHeading: string;
  keyActions: { text: string; items: string[] }[];
  questionsHeading: string;
  questions: { summary: string; answer: string[] }[];
  /** True when the statement was written for this site rather than transcribed. */
  original: boolean;
  provenance: Provenance;
}

/** What the foot of a statement says: a transcription's sources, or that it was written for the site. */
export function statementProvenance(statement: StatementNode): Provenance {
  const { data, authority } = statement;
  if (data.origin === 'original') {
    return {
      heading: 'About this statement',
      intro: `Written for this site and published by ${data.signatories.length > 0 ? data.signatories.join(', ') : authority.data.name}; it is not a transcription of another document.`,
      inferences: [...dateInferences(data.dateNotes, { date: data.date }, { date: 'date' }), ...data.inferences].map(
        (i) => `Inference: ${i}`,
      ),
      notes: [...data.notes],
    };
  }
  return transcription(data.sources, data.notes, [
    ...dateInferences(data.dateNotes, { date: data.date }, { date: 'date' }),
    ...data.inferences,
  ]);
}

/**
 * An embargo that ends after the date of publication: the page would go live saying "Published" on
 * an earlier day. The preview says so, with the fix.
 */
export function goesLiveLater(data: { date?: string | undefined; publishAt?: string | undefined }): string {
  const day = data.publishAt?.slice(0, 10);
  // Only a day can be compared with the day it goes live (an undated or month-dated statement says no day).
  if (!day || !data.date || !/^\d{4}-\d{2}-\d{2}$/.test(data.date) || day <= data.date) return '';
  return ` It goes live on ${formatDate(day)} (${data.publishAt!.slice(11, 16)}, UK time) but says "Published ${formatDate(data.date)}": if it is first published the day it goes live, set the date of publication to ${formatDate(day)}.`;
}

/** Everything a statement's page says. */
export function statementView(_graph: unknown, statement: StatementNode): StatementView {
  const { data, authority } = statement;
  return {
    ...(statement.withheld
      ? {
          preview: {
            title: 'Preview: not yet published',
            text: `This is the editor's preview. A build made now would leave this statement out: ${statement.withheld}.${goesLiveLater(data)}`,
          },
        }
      : {}),
    title: data.title,
    description: data.summary,
    breadcrumbs: [...authorityCrumbs(authority), { label: 'Statements', href: `/${authority.slug}/statements/` }],
    caption: data.date ? `${kinds[data.kind]}, ${dateLabel(data.date, data.dateNotes.date)}` : kinds[data.kind],
    heading: data.title,
    rows: [
      ...(data.reference ? [{ key: 'Reference', value: [data.reference] }] : []),
      {
        key: 'Published',
        value: [data.date ? when(data.date, data.dateNotes.date) : notInSourceDate(data.dateNotes.date)],
      },
      { key: 'Signed by', value: [], list: data.signatories.map((s) => [s]) },
      ...(statement.about.length > 0
        ? [{ key: 'About', value: [], list: statement.about.map((node): Line => [link(titleOf(node), node)]) }]
        : []),
    ],
    keyActionsHeading: 'Key actions taken',
    keyActions: data.keyActions,
    questionsHeading: 'Questions and answers',
    questions: data.questions.map((q, i) => ({ summary: `${i + 1}. ${q.question}`, answer: q.answer })),
    original: data.origin === 'original',
    provenance: statementProvenance(statement),
  };
}

export interface StatementsView {
  title: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  items: { heading: Inline; meta: Line; summary: string }[];
  empty: string;
}

/** Everything an authority's list of statements says, newest first. */
export function statementsView(authority: AuthorityNode): StatementsView {
  return {
    title: `Statements, ${authority.data.shortName}`,
    breadcrumbs: authorityCrumbs(authority),
    caption: authority.data.name,
    heading: 'Statements',
    items: [...authority.statements].reverse().map((s) => ({
      heading: { text: s.data.title, href: urlOf(s) },
      meta: [
        s.data.date ? when(s.data.date, s.data.dateNotes.date) : notInSourceDate(s.data.dateNotes.date),
        ...(s.data.reference ? [`, reference ${s.data.reference}`] : []),
      ],
      summary: s.data.summary,
    })),
    empty: `No statements about ${authority.data.name} are published here.`,
  };
}

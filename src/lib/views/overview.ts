/**
 * A council's overview page (/torbay/): everything it says, computed here; the template renders it.
 * "In short", "Where it stands", the rating tables and charts of each plan's latest version, "What
 * happens next", the documents by kind (each dated at its source's precision, older ones marked as
 * history), the follow links and the improvement journey.
 */
import { asOfLabel, asOfReason } from '../graph/as-of.ts';
import { authorityAsAt } from '../derivations/as-at.ts';
import { ratingsByTheme, type ChartTable } from '../derivations/chart-data.ts';
import { dateLabel, formatDate, startOf, type DateNoteFields } from '../base/dates.ts';
import { dueAtPrecision, titleOf } from '../derivations/labels.ts';
import { positionOf } from '../derivations/position.ts';
import { ratingCounts } from '../derivations/ratings.ts';
import { timelineOf, type TimelineEvent } from '../derivations/timeline.ts';
import type { AuthorityNode, LinkableNode } from '../graph/graph.ts';
import { dateOf, kindRows } from '../graph/kinds.ts';
import { feedsFor, type FeedLink } from '../publishing/feeds.ts';
import { urlOf } from '../publishing/urls.ts';
import type { Rating } from '../../schemas/plan-version.ts';
import { actionDeadlineParts, inShortView, isHistory, type InShortView } from './in-short.ts';
import { positionView, type PositionView } from './position.ts';
import type { Crumb, Inline, Line } from './common.ts';

/** A table of a plan version's actions by rating, and its chart by theme. */
export interface RatingsBlock {
  caption: string;
  rows: { rating: Rating | null; count: number }[];
  total: number;
  chart: { table: ChartTable; title: string; summary: string };
}

/** One document in the list: its title, its page, its date at the source's precision, and whether it is history. */
export interface DocumentItem {
  text: string;
  href: string;
  /** "October 2019", "2011": as precise as the source; absent where the document has no date. */
  date?: string;
  history: boolean;
}

/** Documents of one kind. */
export interface DocumentGroup {
  heading: string;
  id: string;
  items: DocumentItem[];
}

/** "What happens next": the deadlines still ahead as of the council's date, or that none is set. */
export interface NextView {
  /** Said before the list: why this date; absent when there is nothing to list. */
  intro?: string;
  items: Line[];
  /** Said instead of the list when nothing is ahead. */
  empty?: string;
}

export interface OverviewView {
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  inShort: InShortView;
  position: PositionView;
  ratings: RatingsBlock[];
  next: NextView;
  documents: DocumentGroup[];
  links: { text: string; href: string }[];
  feeds: FeedLink[];
  journey: TimelineEvent[];
}

/** The date a document is known by on the overview, at its source's precision: its kind's `date` column. */
export function documentDate(node: LinkableNode): string | undefined {
  return dateOf(node).date;
}

/** What a document records about the date {@link documentDate} gives: an inference is shown as one. */
export function documentDateNote(node: LinkableNode): DateNoteFields | undefined {
  return dateOf(node).note;
}

/** "What happens next" for a council: deadlines on or after its own as-of date. */
export function nextView(authority: AuthorityNode, position = positionOf(authority)): NextView {
  const { upcoming, actionDeadlines, asOf } = position;
  if (upcoming.length === 0 && actionDeadlines.length === 0)
    return {
      items: [],
      // With no dated document there is no "after": say only that no deadline is set.
      empty: asOf.date
        ? `No deadline after ${asOfLabel(asOf)} is set in the documents published here. ${asOfReason(asOf)}`
        : 'No deadline is set in the documents published here.',
    };
  // The timeline's deadlines and the plans' action deadlines together, by the day each starts:
  // a list has to have an order, and where a month and a day in it overlap the sentence in
  // "In short" says the order is not known.
  const items: { date: string; line: Line }[] = [
    ...upcoming.map((event) => ({
      date: event.date,
      line: [
        { text: formatDate(event.date), strong: true },
        ': ',
        { text: event.title, href: urlOf(event.node) },
        ...(event.detail ? [{ text: ` — ${event.detail}`, hint: true as const }] : []),
      ] as Line,
    })),
    ...actionDeadlines.map((deadline) => ({
      date: deadline.date,
      line: [
        { text: dueAtPrecision(deadline.actions[0]!)!.text, strong: true },
        ': due, ',
        ...actionDeadlineParts(deadline, false).map((p): Inline =>
          typeof p === 'string' ? p : { text: p.text, href: p.url },
        ),
      ] as Line,
    })),
  ];
  return {
    intro: `${asOfReason(asOf)} These deadlines in the documents were still ahead then:`,
    items: items.sort((a, b) => startOf(a.date).localeCompare(startOf(b.date))).map((item) => item.line),
  };
}

/** The overview of a council. */
export function overviewView(authority: AuthorityNode): OverviewView {
  const position = positionOf(authority);
  const inShort = inShortView(authority, authorityAsAt(authority));
  const name = authority.data.name;
  // Each kind the overview lists, under its row's heading, in the table's order.
  const groups: [string, readonly LinkableNode[]][] = kindRows().flatMap((row) =>
    row.overview && row.documents
      ? [[row.overview, row.documents(authority)] as [string, readonly LinkableNode[]]]
      : [],
  );
  return {
    title: name,
    description: `Where ${name}'s children's services stand: inspections, improvement notices, improvement plans and statements.`,
    breadcrumbs: [{ label: 'Councils', href: '/' }],
    inShort,
    position: positionView(authority, position),
    ratings: position.plans.flatMap((version) => {
      const scale = version.data.ratingScale;
      if (!scale) return [];
      const unrated = version.actions.filter((a) => !a.rating).length;
      return [
        {
          caption: `Actions in ${titleOf(version)}, by rating`,
          rows: ratingCounts(version.actions, scale.ratings).map((c) => ({ rating: c.rating, count: c.count })),
          total: version.actions.length,
          chart: {
            table: ratingsByTheme(version),
            title: `Actions by theme and rating, ${version.data.label}`,
            summary: `Stacked bars of the actions in each theme by rating. ${unrated} of ${version.actions.length} actions are not yet rated.`,
          },
        },
      ];
    }),
    next: nextView(authority, position),
    documents: groups
      .filter(([, nodes]) => nodes.length > 0)
      .map(([heading, nodes]) => ({
        heading,
        id: `documents-${heading.toLowerCase().replace(/ /g, '-')}`,
        items: nodes.map((node) => {
          const date = documentDate(node);
          return {
            text: titleOf(node),
            href: urlOf(node),
            ...(date
              ? { date: dateLabel(date, documentDateNote(node)) }
              : documentDateNote(node)?.notInSource
                ? { date: 'Date not in the source' }
                : {}),
            history: isHistory(date, inShort),
          };
        }),
      })),
    links: [
      { text: 'All statements', href: `/${authority.slug}/statements/` },
      { text: 'Full timeline, with deadlines and targets', href: `/${authority.slug}/timeline/` },
    ],
    feeds: [...feedsFor(authority, authority), ...authority.plans.flatMap((p) => feedsFor(p, authority).slice(0, 1))],
    journey: timelineOf(authority).filter((e) => !e.deadline),
  };
}

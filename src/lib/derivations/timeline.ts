import { compareDates, compareKnown, formatDate, type DateNoteFields } from '../base/dates.ts';
import type { AuthorityNode, LinkableNode } from '../graph/graph.ts';
import { factLabel } from './intervention.ts';
import { periodBounds } from '../base/periods.ts';
import { setByLabel, valueLabel } from './targets.ts';

/** A period as a timeline date: a partial date as is; a quarter or a financial or academic year by its last day. */
const periodEndDate = (period: string) =>
  /^\d{4}(-\d{2}(-\d{2})?)?$/.test(period) ? period : periodBounds(period).end;

/** What kind of dated event a timeline entry is. */
export type EventKind =
  | 'inspection'
  | 'report'
  | 'monitoring-visit'
  | 'notice'
  | 'review'
  | 'target'
  | 'plan-version'
  | 'stage'
  | 'peer-review'
  | 'statement';

/** One dated event in an authority's improvement journey. */
export interface TimelineEvent {
  /** Partial date: "2019-10", "2016-01-05". */
  date: string;
  kind: EventKind;
  /** What happened, in a sentence fragment: "Improvement Notice issued". */
  title: string;
  /** Further words, where useful. */
  detail?: string;
  /** The document it belongs to. */
  node: LinkableNode;
  /** True for what a document schedules (stages, targets, reviews) rather than things that happened. */
  deadline: boolean;
  /** The date in words where the month alone would say more than the source: "After March 2011". */
  dateLabel?: string;
  /** The tag shown with it, in words: "Target", "Due", "Review". */
  tag?: 'Target' | 'Due' | 'Review';
  /** What the document records about the date: an inferred date is shown as one. */
  note?: DateNoteFields;
  /**
   * True when its date overlaps a neighbour's ("2011" beside "January 2011"): the sources do not
   * say which came first, and the timeline says so rather than imply the order it lists them in.
   */
  orderUnknown?: boolean;
}

/** A document the timeline cannot place: its date is not in the sources. */
export interface UndatedEvent {
  kind: EventKind;
  title: string;
  node: LinkableNode;
  /** Why the date is not in the source, where the document says. */
  notInSource?: string;
}

/** Every dated event of an authority, oldest first: the improvement journey. */
export function timelineOf(authority: AuthorityNode): TimelineEvent[] {
  return timelineParts(authority).dated;
}

/** Documents of an authority whose date is not in the sources, which the timeline lists apart. */
export function undatedOf(authority: AuthorityNode): UndatedEvent[] {
  return timelineParts(authority).undated;
}

/** The dated events, oldest first (overlapping neighbours marked), and the undated documents. */
function timelineParts(authority: AuthorityNode): { dated: TimelineEvent[]; undated: UndatedEvent[] } {
  const events: TimelineEvent[] = [];
  const undated: UndatedEvent[] = [];
  const add = (event: Omit<TimelineEvent, 'deadline' | 'date'> & { deadline?: boolean; date: string | undefined }) => {
    const { date, ...rest } = event;
    if (date === undefined)
      undated.push({
        kind: rest.kind,
        title: rest.title,
        node: rest.node,
        ...(rest.note?.notInSource ? { notInSource: rest.note.notInSource } : {}),
      });
    else events.push({ deadline: false, ...rest, date });
  };

  for (const inspection of authority.inspections) {
    const { fieldworkStart, fieldworkEnd, published } = inspection.data;
    if (fieldworkStart) {
      add({
        date: fieldworkStart,
        kind: 'inspection',
        node: inspection,
        title: `${inspection.data.inspectorate} inspection`,
        detail: fieldworkEnd ? `Fieldwork ${formatDate(fieldworkStart)} to ${formatDate(fieldworkEnd)}` : undefined,
      });
    }
    if (published)
      add({ date: published, kind: 'report', node: inspection, title: `${inspection.data.title}: report published` });
    if (!fieldworkStart && !published)
      add({
        date: undefined,
        note: { notInSource: inspection.data.notInSource.dates },
        kind: 'report',
        node: inspection,
        title: inspection.data.title,
      });
  }
  for (const visit of authority.monitoringVisits) {
    add({
      date: visit.data.visited,
      note: visit.data.dateNotes.visited,
      kind: 'monitoring-visit',
      node: visit,
      title: visit.data.title,
    });
    if (visit.data.letter)
      add({
        date: visit.data.letter,
        note: visit.data.dateNotes.letter,
        kind: 'monitoring-visit',
        node: visit,
        title: `${visit.data.title}: the inspector's letter`,
      });
    for (const stated of visit.data.sourceDates) {
      add({
        date: stated.date,
        kind: 'monitoring-visit',
        node: visit,
        title: `${visit.data.title}: a date the plan gives for it`,
        detail: `“${stated.words}”`,
      });
    }
  }
  for (const notice of authority.notices) {
    add({
      date: notice.data.issued,
      note: notice.data.dateNotes.issued,
      kind: 'notice',
      node: notice,
      title: notice.data.issuedBy
        ? `${notice.data.title} issued by the ${notice.data.issuedBy}`
        : `${notice.data.title} issued`,
    });
    for (const event of notice.data.life) {
      add({
        date: event.date,
        kind: 'notice',
        node: notice,
        title: `${notice.data.title} ${factLabel({ event: event.event, date: event.date, replacedBy: event.event === 'replaced' ? notice.replacedBy : undefined }).replace(/ (on|in) .*$/, '')}`,
        detail: event.text,
      });
    }
    for (const target of notice.targets) {
      if (!target.data.due) continue;
      add({
        date: periodEndDate(target.data.due),
        kind: 'target',
        node: notice,
        deadline: true,
        tag: 'Target',
        title: `Target: ${target.indicator?.data.title ?? 'indicator'} ${valueLabel(target.data, target.indicator?.data)}${target.indicator?.data.direction === 'lower-is-better' ? ' (lower is better)' : ''}`,
        detail: [target.data.dueText, target.data.basisText].filter(Boolean).join(', '),
      });
    }
    for (const review of notice.data.reviews) {
      // A review the notice dates is scheduled then; one it ties to a month's data follows that month.
      if (review.date) {
        add({
          date: review.date,
          kind: 'review',
          node: notice,
          title: 'Review of the improvement notice',
          detail: `“${review.text}”`,
          deadline: true,
          tag: 'Review',
        });
      } else if (review.dataPeriod) {
        add({
          date: review.dataPeriod,
          dateLabel: `After ${formatDate(review.dataPeriod)}`,
          kind: 'review',
          node: notice,
          deadline: true,
          tag: 'Review',
          title: `Review of the improvement notice, once ${formatDate(review.dataPeriod)} performance data is in`,
          detail: `“${review.text}”`,
        });
      }
    }
  }
  for (const plan of authority.plans) {
    for (const version of plan.versions) {
      add({
        date: version.data.published,
        kind: 'plan-version',
        node: version,
        title: `${plan.data.title}, ${version.data.label} published`,
      });
    }
    for (const stage of plan.latest.data.stages) {
      add({
        date: stage.due,
        kind: 'stage',
        node: plan.latest,
        deadline: true,
        tag: 'Due',
        title: `Stage ${stage.number} due: ${stage.title}`,
        detail: stage.when,
      });
    }
  }
  for (const indicator of authority.indicators) {
    for (const target of indicator.targets) {
      if (target.setBy.kind === 'notice' || !target.data.due) continue;
      add({
        date: periodEndDate(target.data.due),
        kind: 'target',
        node: indicator,
        deadline: true,
        tag: 'Target',
        title: `Target: ${indicator.data.title} ${valueLabel(target.data, indicator.data)}${indicator.data.direction === 'lower-is-better' ? ' (lower is better)' : ''}`,
        detail: [target.setBy.words, setByLabel(target)].join(', '),
      });
    }
  }
  for (const review of authority.peerReviews) {
    add({
      date: review.data.date,
      kind: 'peer-review',
      node: review,
      title: `${review.data.title}, reported to the ${review.data.reportedTo}`,
    });
  }
  for (const statement of authority.statements) {
    add({
      date: statement.data.date,
      note: statement.data.dateNotes.date,
      kind: 'statement',
      node: statement,
      title: statement.data.title,
    });
  }
  const dated = events.sort((a, b) => compareDates(a.date, b.date));
  // Neighbours with different dates whose intervals overlap: the order between them is not known.
  dated.forEach((event, i) => {
    const next = dated[i + 1];
    if (next && next.date !== event.date && compareKnown(event.date, next.date) === undefined) {
      event.orderUnknown = true;
      next.orderUnknown = true;
    }
  });
  return { dated, undated };
}

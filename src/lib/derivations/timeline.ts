import { compareDates, compareKnown, formatDate } from '../base/dates.ts';
import type { AuthorityNode, LinkableNode } from '../graph/graph.ts';
import {
  documentsOf,
  type EventKind,
  type Kind,
  type NodeOf,
  type TimelineEvent,
  type TimelineItem,
} from '../graph/kinds.ts';
import { factLabel } from './intervention.ts';
import { periodBounds } from '../base/periods.ts';
import { setByLabel, valueLabel } from './targets.ts';

/** A period as a timeline date: a partial date as is; a quarter or a financial or academic year by its last day. */
const periodEndDate = (period: string) =>
  /^\d{4}(-\d{2}(-\d{2})?)?$/.test(period) ? period : periodBounds(period).end;

// The event types are the kinds table's: each kind's `timeline` column gives its own events.
export type { EventKind, TimelineEvent };

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
  const add = (event: TimelineItem) => {
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

  // Kind by kind in the table's order: each document's own events, then what it sets (below).
  for (const { row, node } of documentsOf(authority)) {
    for (const item of row.timeline?.(node) ?? []) add(item);
    const sets = setEvents[node.kind] as ((node: LinkableNode) => TimelineItem[]) | undefined;
    for (const item of sets?.(node) ?? []) add(item);
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

/**
 * What a notice or an indicator sets and records after its issue (its later life, its targets, its
 * reviews), worded by the derivations; the rest of each kind's events are its row's `timeline`.
 */
const setEvents: Partial<{ [K in Kind]: (node: NodeOf<K>) => TimelineItem[] }> = {
  notice: (notice) => [
    ...notice.data.life.map((event) => ({
      date: event.date,
      kind: 'notice' as const,
      node: notice,
      title: `${notice.data.title} ${factLabel({ event: event.event, date: event.date, replacedBy: event.event === 'replaced' ? notice.replacedBy : undefined }).replace(/ (on|in) .*$/, '')}`,
      detail: event.text,
    })),
    ...notice.targets.flatMap((target) =>
      target.data.due
        ? [
            {
              date: periodEndDate(target.data.due),
              kind: 'target' as const,
              node: notice,
              deadline: true,
              tag: 'Target' as const,
              title: `Target: ${target.indicator?.data.title ?? 'indicator'} ${valueLabel(target.data, target.indicator?.data)}${target.indicator?.data.direction === 'lower-is-better' ? ' (lower is better)' : ''}`,
              detail: [target.data.dueText, target.data.basisText].filter(Boolean).join(', '),
            },
          ]
        : [],
    ),
    // A review the notice dates is scheduled then; one it ties to a month's data follows that month.
    ...notice.data.reviews.flatMap((review): TimelineItem[] =>
      review.date
        ? [
            {
              date: review.date,
              kind: 'review',
              node: notice,
              title: 'Review of the improvement notice',
              detail: `“${review.text}”`,
              deadline: true,
              tag: 'Review',
            },
          ]
        : review.dataPeriod
          ? [
              {
                date: review.dataPeriod,
                dateLabel: `After ${formatDate(review.dataPeriod)}`,
                kind: 'review',
                node: notice,
                deadline: true,
                tag: 'Review',
                title: `Review of the improvement notice, once ${formatDate(review.dataPeriod)} performance data is in`,
                detail: `“${review.text}”`,
              },
            ]
          : [],
    ),
  ],
  indicator: (indicator) =>
    indicator.targets.flatMap((target) =>
      target.setBy.kind === 'notice' || !target.data.due
        ? []
        : [
            {
              date: periodEndDate(target.data.due),
              kind: 'target' as const,
              node: indicator,
              deadline: true,
              tag: 'Target' as const,
              title: `Target: ${indicator.data.title} ${valueLabel(target.data, indicator.data)}${indicator.data.direction === 'lower-is-better' ? ' (lower is better)' : ''}`,
              detail: [target.setBy.words, setByLabel(target)].join(', '),
            },
          ],
    ),
};

/** The timeline page, and the timeline items any page shows. */
import { dateLabel, machineDate, startOf } from '../base/dates.ts';
import type { AuthorityNode } from '../graph/graph.ts';
import { timelineOf, undatedOf, type TimelineEvent } from '../derivations/timeline.ts';
import { urlOf } from '../publishing/urls.ts';
import { authorityCrumbs, type Crumb } from './common.ts';

/** One event as the timeline shows it. */
export interface TimelineItem {
  /** For the <time> element: the date at the precision the source gives (absent for a range). */
  datetime?: string;
  /** The date in words: "March 2011", "After March 2011", "2011 (inferred)". */
  dateLabel: string;
  /** Where its date overlaps a neighbour's: "The sources do not say whether this came before or after …". */
  orderNote?: string;
  /** A tag in words ("Target", "Due", "Review"), where the event is scheduled rather than past. */
  tag?: string;
  title: string;
  href: string;
  detail?: string;
}

/** A year of the timeline. */
export interface TimelineYear {
  year: string;
  id: string;
  items: TimelineItem[];
}

/** Events as timeline items, grouped by year, oldest first. */
export function timelineYears(events: readonly TimelineEvent[]): TimelineYear[] {
  // A range or a financial year is listed under the year it starts in.
  const yearOf = (e: TimelineEvent) => startOf(e.date).slice(0, 4);
  const years = [...new Set(events.map(yearOf))];
  return years.map((year) => ({
    year,
    id: `year-${year}`,
    items: events
      .filter((e) => yearOf(e) === year)
      .map((e) => ({
        ...(machineDate(e.date) ? { datetime: machineDate(e.date) } : {}),
        dateLabel: e.dateLabel ?? dateLabel(e.date, e.note),
        ...(e.orderUnknown
          ? { orderNote: 'The sources do not say whether this came before or after the events beside it.' }
          : {}),
        ...(e.tag ? { tag: e.tag } : {}),
        title: e.title,
        href: urlOf(e.node),
        ...(e.detail ? { detail: e.detail } : {}),
      })),
  }));
}

export interface TimelineView {
  title: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  lead: string;
  years: TimelineYear[];
  /** Documents whose date is not in the sources: the timeline cannot place them. */
  undated: { title: string; href: string; note?: string }[];
}

/** Everything an authority's timeline page says. */
export function timelineView(authority: AuthorityNode): TimelineView {
  return {
    title: `Timeline, ${authority.data.shortName}`,
    breadcrumbs: authorityCrumbs(authority),
    caption: authority.data.name,
    heading: 'Timeline',
    lead: "Every dated event in the documents published here, at the precision each document gives: inspections, notices, monitoring visits, plan versions, peer reviews and statements. What a document schedules is tagged: targets, the stages a plan is due to reach, and reviews. A review the notice ties to a month's performance data is placed after that month.",
    years: timelineYears(timelineOf(authority)),
    undated: undatedOf(authority).map((u) => ({
      title: u.title,
      href: urlOf(u.node),
      ...(u.notInSource ? { note: u.notInSource } : {}),
    })),
  };
}

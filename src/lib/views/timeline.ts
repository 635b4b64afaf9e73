/** The timeline page, and the timeline items any page shows. */
import { formatDate } from '../base/dates.ts';
import type { AuthorityNode } from '../graph/graph.ts';
import { timelineOf, type TimelineEvent } from '../derivations/timeline.ts';
import { urlOf } from '../publishing/urls.ts';
import { authorityCrumbs, type Crumb } from './common.ts';

/** One event as the timeline shows it. */
export interface TimelineItem {
  /** For the <time> element: the date at the precision the source gives. */
  datetime: string;
  /** The date in words: "March 2011", or "After March 2011". */
  dateLabel: string;
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
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  return years.map((year) => ({
    year,
    id: `year-${year}`,
    items: events
      .filter((e) => e.date.startsWith(year))
      .map((e) => ({
        datetime: e.date,
        dateLabel: e.dateLabel ?? formatDate(e.date),
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
  };
}

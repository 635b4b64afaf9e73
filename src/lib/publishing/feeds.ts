import { changesIn } from '../derivations/changes.ts';
import { compareDates, dateLabel, formatDate, onOrIn, startOf, type DateNoteFields } from '../base/dates.ts';
import type { AuthorityNode, Graph, LinkableNode, PlanNode, PlanVersionNode } from '../graph/graph.ts';
import { plural, titleOf } from '../derivations/labels.ts';
import { dateOf, documentsOf, rowOf } from '../graph/kinds.ts';
import { authoritySlugOf, urlOf } from './urls.ts';

/** One entry of a feed: a statement or a newly published document. */
export interface FeedEntry {
  date: string;
  /** What the document records about the date: an inference is said in the entry's text. */
  note?: DateNoteFields;
  title: string;
  summary: string;
  node: LinkableNode;
}

/** An entry before its date is checked: the sources can lack it. */
type Candidate = Omit<FeedEntry, 'date'> & { date: string | undefined };

/**
 * Statements and newly published documents of an authority, newest first. A document whose date
 * is not in the sources has no place in a feed (Atom needs a time for each entry, and none can be
 * had without inventing one): its page and the timeline's "Not dated in the sources" list it.
 */
export function feedEntries(authority: AuthorityNode): FeedEntry[] {
  // Each kind's `feed` column words its entry; its `date` column dates it (src/lib/graph/kinds.ts).
  const candidates: Candidate[] = documentsOf(authority).flatMap(({ row, node }) => {
    if (!row.feed) return [];
    const { date, note } = dateOf(node);
    return [{ date, ...(note ? { note } : {}), ...row.feed(node), node }];
  });
  const entries = candidates.filter((c): c is FeedEntry => c.date !== undefined);
  return entries.sort(newestFirst).slice(0, FEED_LENGTH);
}

/** Newest first by the last day each date can mean (the one display order, dates.ts), then by title. */
const newestFirst = (a: FeedEntry, b: FeedEntry) => compareDates(b.date, a.date) || a.title.localeCompare(b.title);

/**
 * The instant Atom requires for an entry's <updated>, and the rule for a date known only to the
 * month, the year or a range: the first instant (00:00 UTC) of the first day the date can mean.
 * It is a sort key for feed readers, never a day the source gives: {@link feedSummary} says the
 * date in words, at its precision, in the entry's visible text.
 */
export function feedInstant(date: string): string {
  return new Date(`${startOf(date)}T00:00:00Z`).toISOString();
}

/**
 * The entry's visible text: its summary, then its date in words wherever the timestamp says more
 * than the source (no day given, or an inferred date): "… Dated 2011 (inferred), no day given."
 */
export function feedSummary(entry: FeedEntry): string {
  const day = onOrIn(entry.date) === 'on';
  if (day && !entry.note?.inferred) return entry.summary;
  // A range of days starts on a day the source gives; a month, a year or a financial year does not.
  const firstDay = /^\d{4}-\d{2}-\d{2}\//.test(entry.date);
  const precision = day
    ? ''
    : firstDay
      ? "; the entry's time is the start of its first day"
      : `; no day is given, so the entry's time is the start of ${formatDate(entry.date)}`;
  return `${entry.summary} Dated ${dateLabel(entry.date, entry.note)}${precision}.`;
}

/** Text escaped for XML: markup characters as entities, characters XML cannot hold removed. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * An Atom feed of entries (RFC 4287). Titles and summaries are plain text (type="text"), escaped, so a
 * reader shows "aged <16" as written and nothing in them is markup. Its updated date is the newest
 * entry's, never the clock, so builds repeat. The feed names its author once, the site's publisher,
 * who compiles every entry (RFC 4287 requires an author on the feed or on each entry); its alternate
 * link is the page the feed follows: the council's or the plan's page, or the register for the site's.
 */
export function atomFeed(options: {
  title: string;
  siteUrl: string;
  path: string;
  /** The page the feed is the feed of: "/torbay/" for a council's feed. */
  alternatePath: string;
  /** Who compiles the feed: the site's publisher. */
  author: string;
  licence: string;
  entries: FeedEntry[];
}): string {
  const absolute = (path: string) => new URL(path, options.siteUrl).href;
  const instant = feedInstant;
  const newest = options.entries[0]?.date ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `    <id>${xmlText(absolute(options.path))}</id>`,
    `    <title type="text">${xmlText(options.title)}</title>`,
    `    <updated>${instant(newest)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(absolute(options.alternatePath))}"/>`,
    `    <link rel="self" type="application/atom+xml" href="${xmlText(absolute(options.path))}"/>`,
    '    <author>',
    `        <name>${xmlText(options.author)}</name>`,
    `        <uri>${xmlText(absolute('/'))}</uri>`,
    '    </author>',
    `    <rights type="text">${xmlText(options.licence)}</rights>`,
  ];
  for (const entry of options.entries) {
    const link = xmlText(absolute(urlOf(entry.node)));
    lines.push(
      '    <entry>',
      `        <title type="text">${xmlText(entry.title)}</title>`,
      `        <id>${link}</id>`,
      `        <link rel="alternate" type="text/html" href="${link}"/>`,
      `        <updated>${instant(entry.date)}</updated>`,
      `        <summary type="text">${xmlText(feedSummary(entry))}</summary>`,
      '    </entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}

/** How many entries a feed carries: the newest, as feed readers expect. */
export const FEED_LENGTH = 100;

/** Every authority's entries together, newest first, at most FEED_LENGTH. */
export function siteFeedEntries(graph: Graph): FeedEntry[] {
  return graph.authorities.flatMap(feedEntries).sort(newestFirst).slice(0, FEED_LENGTH);
}

/** What a plan version changed, in one or two sentences for a feed reader. */
export function versionSummary(version: PlanVersionNode): string {
  const published = `${version.data.label} of ${version.plan.data.title}, dated ${formatDate(version.data.published)}`;
  const size = `${plural(version.actions.length, 'action')} in ${plural(version.themes.length, 'theme')}`;
  const changes = changesIn(version);
  if (!changes) return `${published}: the first version of the plan published here, with ${size}.`;
  const count = <T>(items: readonly T[], keep: (item: T) => boolean) => items.filter(keep).length;
  const parts = [
    [changes.added.length, 'new action', 'new actions'],
    [changes.removed.length, 'action removed', 'actions removed'],
    [changes.renumbered.length, 'action renumbered', 'actions renumbered'],
    [count(changes.ratings, (r) => r.direction === 'better'), 'rating better', 'ratings better'],
    [count(changes.ratings, (r) => r.direction === 'worse'), 'rating worse', 'ratings worse'],
    [
      count(changes.ratings, (r) => r.direction === 'first-rated'),
      'action rated for the first time',
      'actions rated for the first time',
    ],
    [count(changes.timescales, (t) => t.direction === 'slipped'), 'timescale slipped', 'timescales slipped'],
    [
      count(changes.timescales, (t) => t.direction === 'earlier'),
      'timescale brought forward',
      'timescales brought forward',
    ],
    [changes.evidence.length, 'action with new evidence of progress', 'actions with new evidence of progress'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
  const what = said.length > 0 ? said.join(', ') : 'no change to actions, ratings or timescales';
  return `${published}, with ${size}. Since ${changes.previous.data.label}: ${what}.`;
}

/** A plan's versions, newest first, each with what it changed: the plan's own feed. */
export function planFeedEntries(plan: PlanNode): FeedEntry[] {
  return [...plan.versions]
    .reverse()
    .slice(0, FEED_LENGTH)
    .map((version) => ({
      date: version.data.published,
      title: titleOf(version),
      summary: versionSummary(version),
      node: version,
    }));
}

/** The path of a plan's feed: "/torbay/plans/improvement-plan/feed.xml". */
export function planFeedPath(plan: PlanNode): string {
  return `${urlOf(plan)}feed.xml`;
}

/** A feed a page offers to follow: its title and path. */
export interface FeedLink {
  title: string;
  href: string;
}

/** The feeds that concern a page about a node: its plan's, where it has one, and its council's. */
export function feedsFor(node: LinkableNode, authority: AuthorityNode): FeedLink[] {
  const plan = rowOf(node).plan?.(node);
  return [
    ...(plan ? [{ title: `${plan.data.title}: new versions and what changed`, href: planFeedPath(plan) }] : []),
    { title: `${authority.data.name}: statements and new documents`, href: `/${authoritySlugOf(node)}/feed.xml` },
  ];
}

import { Feed } from 'feed';
import { startOf } from './dates.ts';
import type { AuthorityNode, Graph, LinkableNode } from './graph.ts';
import { titleOf } from './labels.ts';
import { urlOf } from './urls.ts';

/** One entry of a feed: a statement or a newly published document. */
export interface FeedEntry {
  date: string;
  title: string;
  summary: string;
  node: LinkableNode;
}

/** Statements and newly published documents of an authority, newest first. */
export function feedEntries(authority: AuthorityNode): FeedEntry[] {
  const name = authority.data.name;
  const entries: FeedEntry[] = [
    ...authority.statements.map((s) => ({ date: s.data.date, title: s.data.title, summary: s.data.summary, node: s as LinkableNode })),
    ...authority.inspections.flatMap((i) => (i.data.published ? [{ date: i.data.published, title: `${i.data.title} (${name})`, summary: i.data.summary[0] ?? `${i.data.inspectorate} report on ${name}.`, node: i }] : [])),
    ...authority.monitoringVisits.map((v) => ({ date: v.data.letter ?? v.data.visited, title: `${v.data.title} (${name})`, summary: `${v.data.title}, following the ${v.inspection.data.title}.`, node: v })),
    ...authority.notices.map((n) => ({ date: n.data.issued, title: `${titleOf(n)} (${name})`, summary: n.data.issuedBy ? `${n.data.issuedBy}: ${n.data.title} to ${name}.` : `${n.data.title} to ${name}.`, node: n })),
    ...authority.plans.flatMap((p) => p.versions.map((v) => ({ date: v.data.published, title: titleOf(v), summary: `${p.data.title}, ${v.data.label}: ${v.actions.length} actions.`, node: v as LinkableNode }))),
    ...authority.peerReviews.map((r) => ({ date: r.data.date, title: `${r.data.title} (${name})`, summary: `${r.data.title}, reported to the ${r.data.reportedTo}.`, node: r })),
  ];
  return entries.sort((a, b) => startOf(b.date).localeCompare(startOf(a.date)) || a.title.localeCompare(b.title)).slice(0, FEED_LENGTH);
}

/** An Atom feed of entries; its updated date is the newest entry's, never the clock, so builds repeat. */
export function atomFeed(options: { title: string; siteUrl: string; path: string; licence: string; entries: FeedEntry[] }): string {
  const absolute = (path: string) => new URL(path, options.siteUrl).href;
  const newest = options.entries[0]?.date ?? '1970-01-01';
  const feed = new Feed({
    id: absolute(options.path),
    title: options.title,
    link: absolute('/'),
    updated: new Date(`${startOf(newest)}T00:00:00Z`),
    generator: false,
    language: 'en-GB',
    copyright: options.licence,
    feedLinks: { atom: absolute(options.path) },
  });
  for (const entry of options.entries) {
    const link = absolute(urlOf(entry.node));
    feed.addItem({ id: link, link, title: entry.title, description: entry.summary, date: new Date(`${startOf(entry.date)}T00:00:00Z`) });
  }
  return feed.atom1();
}

/** How many entries a feed carries: the newest, as feed readers expect. */
export const FEED_LENGTH = 100;

/** Every authority's entries together, newest first, at most FEED_LENGTH. */
export function siteFeedEntries(graph: Graph): FeedEntry[] {
  return graph.authorities
    .flatMap(feedEntries)
    .sort((a, b) => startOf(b.date).localeCompare(startOf(a.date)) || a.title.localeCompare(b.title))
    .slice(0, FEED_LENGTH);
}

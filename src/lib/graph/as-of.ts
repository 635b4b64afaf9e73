import type { AsOf, AuthorityNode, ConfiguredAsOf } from './nodes.ts';
import { compareDates, dateLabel, endOf, latestCandidates, startOf } from '../base/dates.ts';
import { listWords } from '../base/text.ts';
import { documentsOf, type DatedDocument } from './kinds.ts';

// The types of an as-of date live with the graph's nodes, which carry them (nodes import nothing
// from the rest of the graph, so no circle closes through here).
export type { AsOf, ConfiguredAsOf };

/** What the as-of functions need of a plan: its council, and its latest version's label and date. */
export interface PlanTime {
  authority: { slug: string; data: { shortName: string } };
  latest: { data: { label: string; published: string } };
}

/** The as-of date of a plan: the configured date for its council, else its latest version's date. */
export function planAsOf(plan: PlanTime, configured: ConfiguredAsOf = {}): AsOf {
  const council = plan.authority.data.shortName;
  const set = configured[plan.authority.slug];
  if (set) return { date: set, reason: 'configured', council };
  return { date: plan.latest.data.published, reason: 'latest-version', dated: plan.latest.data.label, council };
}

export type { DatedDocument };

/**
 * The as-of date of a council, for what its overview says happens next: the configured date,
 * else the date of its newest dated document (plan versions included). Statements are never
 * passed in: they do not move a council's time. Overdue is judged per plan ({@link planAsOf}).
 */
export function authorityAsOf(
  authority: { slug: string; data: { shortName: string } },
  documents: readonly DatedDocument[],
  configured: ConfiguredAsOf = {},
): AsOf {
  const council = authority.data.shortName;
  const set = configured[authority.slug];
  if (set) return { date: set, reason: 'configured', council };
  // The newest is the one that may end latest; any other whose date overlaps it may be as new.
  const dated = documents.filter((d): d is DatedDocument & { date: string } => d.date !== undefined);
  const candidates = latestCandidates(dated, (d) => d.date).sort(
    (a, b) => compareDates(a.date, b.date) || a.title.localeCompare(b.title),
  );
  const undated = documents.filter((d) => d.date === undefined).map((d) => d.title);
  const newest = candidates.at(-1);
  const more = {
    ...(candidates.length > 1 ? { asNew: candidates.slice(0, -1).map((d) => d.title) } : {}),
    ...(undated.length ? { undated } : {}),
  };
  if (newest)
    return {
      date: newest.date,
      reason: 'newest-document',
      dated: newest.title,
      council,
      ...(newest.note?.inferred ? { note: newest.note } : {}),
      ...more,
    };
  return { date: '', reason: 'none', council, ...more };
}

/** A council's dated documents, kind by kind: each kind's `dates` column (statements have none: they never move a council's time). */
export function datedDocuments(authority: AuthorityNode): DatedDocument[] {
  return documentsOf(authority).flatMap(({ row, node }) => row.dates?.(node) ?? []);
}

/** The as-of date of a council, from its own documents: see {@link authorityAsOf} and {@link datedDocuments}. */
export function councilAsOf(authority: AuthorityNode, configured: ConfiguredAsOf = {}): AsOf {
  return authorityAsOf(authority, datedDocuments(authority), configured);
}

/**
 * True when `due` (a day) is certainly before the as-of date: before the first day the as-of
 * date can mean. A plan dated "October 2019" makes nothing due in October 2019 overdue.
 */
export function isBefore(due: string, asOf: AsOf | string): boolean {
  const date = typeof asOf === 'string' ? asOf : asOf.date;
  if (!date) return false;
  return due < startOf(date);
}

/**
 * True when a date (of any precision) is not certainly before the as-of date: it can still be on
 * or after it. The mirror of {@link isBefore}: a deadline in June 2011 is still ahead as of "2011".
 */
export function isOnOrAfter(date: string, asOf: AsOf): boolean {
  if (!asOf.date) return true;
  return endOf(date) >= startOf(asOf.date);
}

/** The as-of date in words: "October 2019", or "no date" when nothing is dated. */
export function asOfLabel(asOf: AsOf): string {
  return asOf.date ? dateLabel(asOf.date, asOf.note) : 'no date';
}

/**
 * Why the date was used, in a sentence a reader understands:
 * "Judged as of October 2019, the date of Version 1, this plan's latest version."
 */
export function asOfReason(asOf: AsOf): string {
  switch (asOf.reason) {
    case 'configured':
      return `Judged as of ${asOfLabel(asOf)}, the date this site's configuration sets for ${asOf.council}.`;
    case 'latest-version':
      return `Judged as of ${asOfLabel(asOf)}, the date of ${asOf.dated}, this plan's latest version published here.`;
    case 'earlier-version':
      return `Judged as of ${asOfLabel(asOf)}, the date of ${asOf.dated}, whose ratings say where the plan stood then; ${asOf.latest} is the latest version published here.`;
    case 'newest-document':
      // Where the newest is not known, the documents that may be newest are named, never ordered.
      return asOf.asNew?.length
        ? `As of ${asOfLabel(asOf)}. The newest documents published here about ${asOf.council} are ${listWords([asOf.dated!, ...asOf.asNew])}; the sources do not say which came later. Statements do not move this date.${undatedWords(asOf)}`
        : `As of ${asOfLabel(asOf)}, the date of the newest document published here about ${asOf.council} (${asOf.dated}); statements do not move it.${undatedWords(asOf)}`;
    case 'none':
      return `Nothing published here about ${asOf.council} is dated, so nothing is judged overdue.`;
  }
}

/** A sentence naming undated documents, which may be newer than the as-of date. */
function undatedWords(asOf: AsOf): string {
  if (!asOf.undated?.length) return '';
  return ` ${listWords(asOf.undated)} ${asOf.undated.length === 1 ? 'is' : 'are'} undated, so may be newer.`;
}

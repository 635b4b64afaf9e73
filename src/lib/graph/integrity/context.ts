// What every rule family is given: the content, its documents by key, and one way to report a problem.
import type { ContentSet, Entry } from '../../content/content.ts';
import { describePath, type Problem } from '../../content/problems.ts';
import { authorityOf, documentTypeLabel } from '../../base/ids.ts';
import { statementTypes } from '../kinds.ts';
import { collectionIn } from '../../content/collections.ts';
import { messageOf, type MessageArgs, type RuleId, type UnknownDocumentRule } from './messages.ts';

type EntryOf<K extends keyof ContentSet> = ContentSet[K][number];

/** The folders of the documents one document can refer to: those a statement can be about, and indicators. */
export type ReferencedFolder = string;

/** The content being checked, indexed, and the problems found so far. */
export interface Context {
  content: ContentSet;
  problems: Problem[];
  /** Documents by site-wide key ("torbay/ofsted-2018"), per kind. */
  authorities: Map<string, EntryOf<'authorities'>>;
  inspections: Map<string, EntryOf<'inspections'>>;
  visits: Map<string, EntryOf<'monitoringVisits'>>;
  notices: Map<string, EntryOf<'notices'>>;
  indicators: Map<string, EntryOf<'indicators'>>;
  plans: Map<string, EntryOf<'plans'>>;
  /** Plan tables (the .json beside a version) and versions (the .mdx), by version key. */
  outlines: Map<string, EntryOf<'planOutlines'>>;
  versions: Map<string, EntryOf<'planVersions'>>;
  peerReviews: Map<string, EntryOf<'peerReviews'>>;
  statements: Map<string, EntryOf<'statements'>>;
  /** Reports a problem with `entry` at `path` under `rule`, worded by the rule's message. */
  report<R extends RuleId>(entry: Entry<unknown>, path: readonly PropertyKey[], rule: R, ...args: MessageArgs<R>): void;
  /**
   * True when the entry's authority has the document `slug` in `folder` ("inspections"); otherwise
   * reports it under `rule`, naming the known ones, and returns false.
   */
  mustExist(
    entry: Entry<unknown>,
    path: readonly PropertyKey[],
    rule: UnknownDocumentRule,
    folder: ReferencedFolder,
    slug: string,
  ): boolean;
}

/** The slugs of the documents in `map` that belong to `authority`. */
export function slugsIn(map: Map<string, unknown>, authority: string): string[] {
  return [...map.keys()].filter((k) => authorityOf(k) === authority).map((k) => k.slice(authority.length + 1));
}

/** A context for checking `content`, with an empty list of problems. */
export function createContext(content: ContentSet): Context {
  const bySlug = <T>(entries: T[]) => new Map(entries.map((e) => [(e as { id: string }).id, e]));
  const problems: Problem[] = [];
  const report: Context['report'] = (entry, path, rule, ...args) =>
    problems.push({ file: entry.file, path: describePath(entry.data, path), message: messageOf(rule, ...args), rule });
  const documents = {
    inspections: bySlug(content.inspections),
    visits: bySlug(content.monitoringVisits),
    notices: bySlug(content.notices),
    indicators: bySlug(content.indicators),
    plans: bySlug(content.plans),
    peerReviews: bySlug(content.peerReviews),
    statements: bySlug(content.statements),
  };
  // A reference names a document by its folder ("monitoring-visits/april-2019"): the collection
  // kept in that folder (src/lib/content/collections.ts), so a new kind needs no line here.
  const byFolder = new Map(
    [...statementTypes(), 'indicators'].map((folder) => {
      const collection = collectionIn(folder);
      return [folder, bySlug<unknown>(collection ? content[collection] : [])] as const;
    }),
  );
  return {
    content,
    problems,
    authorities: bySlug(content.authorities),
    ...documents,
    outlines: bySlug(content.planOutlines),
    versions: bySlug(content.planVersions),
    report,
    mustExist(entry, path, rule, folder, slug) {
      const authority = authorityOf(entry.id);
      const map = byFolder.get(folder) ?? new Map<string, unknown>();
      if (map.has(`${authority}/${slug}`)) return true;
      report(entry, path, rule, documentTypeLabel(folder), slug, authority, slugsIn(map, authority), folder);
      return false;
    },
  };
}

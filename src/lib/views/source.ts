/**
 * "Source": the block at the foot of every document page that links the document it was read from,
 * as published: its title, its publisher, its date at the source's own precision and, where one is
 * recorded, its public web address. Pure: Page.astro renders it through SourceBlock.astro.
 *
 * Nothing is invented: a publisher or a date the source does not give is "Not in the source" (a
 * state of the source, worded as such), and a missing address is said to be not recorded here,
 * never that the document is not online.
 */
import type { LinkableNode } from '../graph/graph.ts';
import { kinds, rowOf, type Kind } from '../graph/kinds.ts';
import { formatDate, machineDate } from '../base/dates.ts';
import type { z } from 'astro/zod';
import type { source as sourceSchema } from '../../schemas/common.ts';

type Source = z.infer<typeof sourceSchema>;

/** The wording of a field the source does not give. */
export const notInSource = 'Not in the source';
/** The wording of an address nobody has recorded: a state of this site, not a fact about the web. */
export const addressNotRecorded = 'No public web address for it is recorded here';

/** One source document, as the block shows it. */
export interface SourceItem {
  title: string;
  /** The publisher as the source names it, or "Not in the source". */
  publisher: string;
  publisherKnown: boolean;
  /** The date at the source's precision ("October 2019", "2011"), or "Not in the source". */
  date: string;
  /** The date as recorded (YYYY[-MM[-DD]]), for a <time> element; absent when the source gives none. */
  datetime?: string;
  /** The public web address, where one is recorded. */
  address?: string;
  /** Said in place of the address when none is recorded. */
  addressNote?: string;
}

/** The block's heading: "Source document", or "Source documents" for a page read from several. */
export function sourceHeading(several: boolean): string {
  return several ? 'Source documents' : 'Source document';
}

/** The source block of a document page. */
export interface SourceView {
  heading: string;
  /** One sentence: what the page was read from (or that it was written for this site). */
  intro: string;
  items: SourceItem[];
  /** One line for the foot of every printed sheet: the first source's title and date. */
  printLine: string;
}

/** The pages that are documents: each has sources of its own and gets the block (its kind's `sources` column). */
export type DocumentKind = { [K in Kind]: (typeof kinds)[K]['sources'] extends null ? never : K }[Kind];
export const documentKinds: readonly DocumentKind[] = (Object.keys(kinds) as Kind[]).filter(
  (kind): kind is DocumentKind => kinds[kind].sources !== null,
);

/** One source, as the block says it. */
export function sourceItem(source: Source): SourceItem {
  return {
    title: source.title,
    publisher: source.publisher ?? notInSource,
    publisherKnown: source.publisher !== undefined,
    date: source.date ? formatDate(source.date) : notInSource,
    ...(source.date && machineDate(source.date) ? { datetime: machineDate(source.date) } : {}),
    ...(source.address ? { address: source.address } : { addressNote: addressNotRecorded }),
  };
}

/**
 * The date the page itself gives the document, as read in it (not inferred), where it has one: the
 * block then says the source's date is not recorded separately, never "Not in the source" below a
 * "Published 10 January 2025" read from that same source.
 */
function ownDate(node: LinkableNode): string | undefined {
  const read = (date: string | undefined, note?: { inferred?: string | undefined }) =>
    date !== undefined && !note?.inferred ? date : undefined;
  switch (node.kind) {
    case 'statement':
      return read(node.data.date, node.data.dateNotes.date);
    case 'notice':
      return read(node.data.issued, node.data.dateNotes.issued);
    case 'monitoringVisit':
      return read(node.data.letter, node.data.dateNotes.letter);
    case 'planVersion':
      return node.data.published;
    default:
      return undefined;
  }
}

/** The sources a document page is read from; undefined for a page that is not a document. */
function sourcesOf(node: LinkableNode): readonly Source[] | undefined {
  return rowOf(node).sources?.(node);
}

/** The source block of a page about `node`; undefined when the page is not a document's. */
export function sourceView(node: LinkableNode): SourceView | undefined {
  const sources = sourcesOf(node);
  if (!sources || sources.length === 0) return undefined;
  const own = sources.length === 1 && !sources[0]!.date ? ownDate(node) : undefined;
  const items = sources.map((s) =>
    own
      ? { ...sourceItem(s), date: `Not recorded separately from the date above (${formatDate(own)})` }
      : sourceItem(s),
  );
  const original = node.kind === 'statement' && node.data.origin === 'original';
  const several = items.length > 1;
  const first = items[0]!;
  return {
    heading: sourceHeading(several),
    intro: original
      ? 'This statement was written for this site by its publisher. It refers to:'
      : several
        ? 'This page is read from these documents, as published:'
        : 'This page is read from this document, as published:',
    items,
    printLine: own
      ? `${first.title} (dated ${formatDate(own)})`
      : first.date === notInSource
        ? `${first.title} (date not in the source)`
        : first.title.includes(first.date)
          ? first.title
          : `${first.title}, ${first.date}`,
  };
}

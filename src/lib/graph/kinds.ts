// The kinds of document, one row each: everything the site needs to know about a kind that is not
// its own schema, view and page. A new kind is a new row here; `satisfies KindTable` makes the
// compiler name every column the row leaves out (write `null` where a column does not apply, and
// say why). Every per-kind list of the site loops over this table: urlOf, titleOf, search metadata,
// feeds, the timeline, the as-of date, the overview's document lists, source blocks, statement
// references. The rows come in the order those lists show the kinds.
import type { CollectionName } from '../content/collections.ts';
import type { z } from 'astro/zod';
import type { source as sourceSchema } from '../../schemas/common.ts';
import type { Inspection } from '../../schemas/inspection.ts';
import type { MonitoringVisit } from '../../schemas/monitoring-visit.ts';
import type { DatasetName } from '../../schemas/open-data.ts';
import { dateLabel, formatDate, type DateNoteFields } from '../base/dates.ts';
import { firstSentence } from '../base/text.ts';
import { notYetRated } from '../base/vocabulary.ts';
import type {
  ActionNode,
  AuthorityNode,
  InspectionNode,
  LinkableNode,
  MonitoringVisitNode,
  ParagraphNode,
  PlainDocumentNode,
  PlanNode,
  RecommendationNode,
} from './nodes.ts';

/** The kinds of node with a page of their own: "inspection", "monitoringVisit", … */
export type Kind = LinkableNode['kind'];
/** The node of one kind. */
export type NodeOf<K extends Kind> = Extract<LinkableNode, { kind: K }>;

/** A document's date, at its source's precision, and what the document records about it. */
export interface Dated {
  /** Absent when the source gives no date (`note.notInSource` then says why, where the document says). */
  date?: string;
  note?: DateNoteFields;
}

/** A document that dates its council, for the as-of date (src/lib/graph/as-of.ts). */
export interface DatedDocument {
  date: string | undefined;
  /** What the document records about the date (an inference is carried to the as-of date's words). */
  note?: DateNoteFields;
  /** What the reader calls it: "Improvement Notice, June 2011". */
  title: string;
}

/** What the search index records about a page: its type, title, trail, exact reference and filters. */
export interface SearchMeta {
  /** Kind of document, shown on each result and used as a filter: "Action". */
  type: string;
  /** Title shown in results: "Action 1.2.1 — Supervision needs to be timely …". */
  title: string;
  /** Where the page sits: "Torbay Council › Torbay Children's Services Improvement Plan". */
  breadcrumb: string;
  /** Exact reference a query can name ("recommendation 8", "action 1.1.4", "paragraph 24"). */
  ref?: string;
  /** Filter values by filter name; a page may have several values for one filter. */
  filters: Record<string, string[]>;
}

/** A document's entry in its council's feed; its date is the kind's `date`. */
export interface FeedText {
  title: string;
  summary: string;
}

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

/** A timeline event before its date is checked: one without a date is listed apart as undated. */
export type TimelineItem = Omit<TimelineEvent, 'deadline' | 'date'> & { deadline?: boolean; date: string | undefined };

/** One of a document's sources, as its content gives it. */
export type Source = z.infer<typeof sourceSchema>;

/** Everything the site knows about one kind of page. `null` in a column: the kind has none. */
export interface KindRow<N extends LinkableNode> {
  /** The content collection its files are in; null for a part of a document (it is in its document's file). */
  collection: CollectionName | null;
  /**
   * True for a kind the graph builds plainly (src/lib/graph/build.ts): each file of its collection a
   * node with its data and its council and no links of its own, listed on its council in date order
   * (its `documents` column is `plainDocuments(kind)`), its open-data set its files' data with their
   * council and id. False for the kinds build.ts builds and links itself.
   */
  plain: boolean;
  /** A council's documents of this kind, in the graph's order; null when it is not a council's document. */
  documents: ((authority: AuthorityNode) => readonly N[]) | null;
  /** Its parts with pages of their own (a report's recommendations); null when it has none. */
  parts: ((node: N) => readonly LinkableNode[]) | null;
  /**
   * The folder a statement's reference names it by ("inspections/ofsted-2015"), its collection's
   * folder; null when a statement cannot be about it. The types a statement can name are these.
   */
  ref: string | null;
  /** Its site path: stable, human-readable, with a trailing slash. */
  path: (node: N) => string;
  /** Its name on its own page and in links: "Recommendation 8", "Action 1.1.1". */
  title: (node: N) => string;
  /** The council it belongs to. */
  authority: (node: N) => AuthorityNode;
  /** The plan it belongs to, whose feed it offers and whose date judges it; null when it belongs to none. */
  plan: ((node: N) => PlanNode) | null;
  /** The document's date: the one precedence every view uses. null when the kind has no date of its own. */
  date: ((node: N) => Dated) | null;
  /** What of it dates its council (the as-of date); null when it never moves a council's time. */
  dates: ((node: N) => DatedDocument[]) | null;
  /** The heading of its list on the council's overview; null when the overview does not list it. */
  overview: string | null;
  /** The documents it is read from, for its page's source block; null for a page that is not a document. */
  sources: ((node: N) => readonly Source[]) | null;
  /** What the search index records about its page. */
  search: (node: N) => SearchMeta;
  /** Its entry in its council's feed (dated by `date`); null when the feed does not carry it. */
  feed: ((node: N) => FeedText) | null;
  /** What happened, on the council's timeline; null when the kind adds nothing to it. */
  timeline: ((node: N) => TimelineItem[]) | null;
  /**
   * The open-data set its records are published in: one of the sets src/lib/publishing/open-data.ts
   * builds, each with its own record; for a plain kind, the name of its own set, made from its files.
   */
  openData: N extends PlainDocumentNode ? string : DatasetName;
}

/** One row per kind of page: the compiler names a missing kind or a missing column. */
export type KindTable = { [K in Kind]: KindRow<NodeOf<K>> };

/** A path segment for an id or a reference: "1.1.1" stays "1.1.1". */
const segment = (value: string | number) => encodeURIComponent(String(value));

/** The table. Read it as registrations: each column's getter is named below when it is more than a line. */
export const kinds = {
  authority: {
    collection: 'authorities',
    plain: false,
    documents: null, // the council itself
    parts: null,
    ref: null,
    path: (a) => `/${a.slug}/`,
    title: (a) => a.data.name,
    authority: (a) => a,
    plan: null,
    date: null, // a council's time is its as-of date, drawn from its documents
    dates: null,
    overview: null,
    sources: null,
    search: (a) => ({
      type: 'Council',
      title: a.data.name,
      breadcrumb: 'Councils',
      filters: { type: ['Council'], authority: [a.data.name] },
    }),
    feed: null,
    timeline: null,
    openData: 'authorities',
  },
  inspection: {
    collection: 'inspections',
    plain: false,
    documents: (a) => a.inspections,
    parts: (i) => [...i.recommendations, ...i.paragraphs],
    ref: 'inspections',
    path: (i) => `/${i.authority.slug}/inspections/${i.slug}/`,
    title: (i) => i.data.title,
    authority: (i) => i.authority,
    plan: null,
    date: (i) => ({ date: inspectionDate(i.data), note: inspectionDateNote(i.data) }),
    dates: (i) => [{ date: inspectionDate(i.data), title: i.data.title }],
    overview: 'Inspections',
    sources: (i) => i.data.sources,
    search: (i) => doc('Inspection', i.data.title, i.authority.data.name, { inspection: [i.data.title] }),
    feed: (i) => ({
      title: `${i.data.title} (${i.authority.data.name})`,
      summary: i.data.summary[0] ?? `${i.data.inspectorate} report on ${i.authority.data.name}.`,
    }),
    timeline: inspectionEvents,
    openData: 'inspections',
  },
  recommendation: {
    collection: null,
    plain: false,
    documents: null,
    parts: null,
    ref: null,
    path: (r) => `${urlOf(r.inspection)}recommendations/${segment(r.id)}/`,
    title: (r) => recommendationLabel(r),
    authority: (r) => r.inspection.authority,
    plan: null, // answered by plans, owned by none (src/lib/derivations/as-at.ts judges it by its only plan)
    date: null, // its report's
    dates: null,
    overview: null,
    sources: null,
    search: recommendationSearch,
    feed: null,
    timeline: null,
    openData: 'recommendations',
  },
  paragraph: {
    collection: null,
    plain: false,
    documents: null,
    parts: null,
    ref: null,
    path: (p) => `${urlOf(p.inspection)}paragraphs/${p.number}/`,
    title: (p) => `Paragraph ${p.number}`,
    authority: (p) => p.inspection.authority,
    plan: null,
    date: null, // its report's
    dates: null,
    overview: null,
    sources: null,
    search: paragraphSearch,
    feed: null,
    timeline: null,
    openData: 'paragraphs',
  },
  monitoringVisit: {
    collection: 'monitoringVisits',
    plain: false,
    documents: (a) => a.monitoringVisits,
    parts: null,
    ref: 'monitoring-visits',
    path: (v) => `${urlOf(v.inspection)}monitoring-visits/${v.slug}/`,
    title: (v) => v.data.title,
    authority: (v) => v.authority,
    plan: null,
    date: (v) => visitDate(v.data),
    dates: (v) => [{ date: visitDate(v.data).date, note: visitDate(v.data).note, title: v.data.title }],
    overview: 'Monitoring visits',
    sources: (v) => v.data.sources,
    search: (v) =>
      doc(
        'Monitoring visit',
        v.data.title,
        `${v.authority.data.name} › ${v.inspection.data.title}`,
        { inspection: [v.inspection.data.title] },
        v.authority.data.name,
      ),
    feed: (v) => ({
      title: `${v.data.title} (${v.authority.data.name})`,
      summary: `${v.data.title}, following the ${v.inspection.data.title}.`,
    }),
    timeline: visitEvents,
    openData: 'monitoring-visits',
  },
  notice: {
    collection: 'notices',
    plain: false,
    documents: (a) => a.notices,
    parts: null,
    ref: 'notices',
    path: (n) => `/${n.authority.slug}/notices/${n.slug}/`,
    title: (n) =>
      n.data.issued ? `${n.data.title}, ${dateLabel(n.data.issued, n.data.dateNotes.issued)}` : n.data.title,
    authority: (n) => n.authority,
    plan: null,
    date: (n) => ({ date: n.data.issued, note: n.data.dateNotes.issued }),
    dates: (n) => [
      { date: n.data.issued, note: n.data.dateNotes.issued, title: n.data.title },
      ...n.data.life.map((e) => ({ date: e.date, title: `${n.data.title}, ${e.event}` })),
    ],
    overview: 'Improvement notices',
    sources: (n) => n.data.sources,
    search: (n) => doc('Improvement notice', titleOf(n), n.authority.data.name),
    feed: (n) => {
      const name = n.authority.data.name;
      return {
        title: `${titleOf(n)} (${name})`,
        summary: n.data.issuedBy ? `${n.data.issuedBy}: ${n.data.title} to ${name}.` : `${n.data.title} to ${name}.`,
      };
    },
    // Its issue only: its later life, targets and reviews are worded by the derivations (timeline.ts).
    timeline: (n) => [
      {
        date: n.data.issued,
        note: n.data.dateNotes.issued,
        kind: 'notice',
        node: n,
        title: n.data.issuedBy ? `${n.data.title} issued by the ${n.data.issuedBy}` : `${n.data.title} issued`,
      },
    ],
    openData: 'notices',
  },
  plan: {
    collection: 'plans',
    plain: false,
    documents: (a) => a.plans,
    parts: null, // its versions are documents of their own
    ref: 'plans',
    path: (p) => `/${p.authority.slug}/plans/${p.slug}/`,
    title: (p) => p.data.title,
    authority: (p) => p.authority,
    plan: (p) => p,
    date: (p) => ({ date: p.latest.data.published }),
    dates: null, // its versions date it
    overview: 'Improvement plans',
    sources: (p) => p.data.sources,
    search: (p) => doc('Improvement plan', p.data.title, p.authority.data.name, { version: [p.latest.data.label] }),
    feed: null, // its versions are the entries
    timeline: planEvents,
    openData: 'plans',
  },
  planVersion: {
    collection: 'planVersions',
    plain: false,
    documents: (a) => a.plans.flatMap((p) => p.versions),
    parts: (v) => v.actions,
    ref: null,
    path: (v) => `${urlOf(v.plan)}${v.slug}/`,
    title: (v) => `${v.plan.data.title}, ${v.data.label}`,
    authority: (v) => v.plan.authority,
    plan: (v) => v.plan,
    date: (v) => ({ date: v.data.published }),
    dates: (v) => [{ date: v.data.published, title: titleOf(v) }],
    overview: null, // listed by its plan
    sources: (v) => v.data.sources,
    search: (v) =>
      doc(
        'Improvement plan',
        titleOf(v),
        `${v.plan.authority.data.name} › ${v.plan.data.title}`,
        { version: [v.data.label] },
        v.plan.authority.data.name,
      ),
    feed: (v) => ({
      title: titleOf(v),
      summary: `${v.plan.data.title}, ${v.data.label}: ${v.actions.length} actions.`,
    }),
    timeline: null, // on its plan's line, beside the plan's stages
    openData: 'plan-versions',
  },
  action: {
    collection: null,
    plain: false,
    documents: null,
    parts: null,
    ref: null,
    path: (a) => `${urlOf(a.version.plan)}actions/${segment(a.ref)}/`,
    title: (a) => `Action ${a.ref}`,
    authority: (a) => a.version.plan.authority,
    plan: (a) => a.version.plan,
    date: null, // its version's
    dates: null,
    overview: null,
    sources: null,
    search: actionSearch,
    feed: null,
    timeline: null,
    openData: 'actions',
  },
  indicator: {
    collection: 'indicators',
    plain: false,
    documents: (a) => a.indicators,
    parts: null,
    ref: null,
    path: (i) => `/${i.authority.slug}/indicators/${i.slug}/`,
    title: (i) => i.data.title,
    authority: (i) => i.authority,
    plan: null,
    date: null, // its figures and targets have dates, the indicator none
    dates: null,
    overview: 'Indicators',
    sources: null, // each figure and target names its own
    search: (i) => doc('Indicator', i.data.title, i.authority.data.name),
    feed: null,
    timeline: null, // its targets are worded by the derivations (timeline.ts)
    openData: 'indicators',
  },
  peerReview: {
    collection: 'peerReviews',
    plain: false,
    documents: (a) => a.peerReviews,
    parts: null,
    ref: 'peer-reviews',
    path: (r) => `/${r.authority.slug}/peer-reviews/${r.slug}/`,
    title: (r) => r.data.title,
    authority: (r) => r.authority,
    plan: null,
    date: (r) => ({ date: r.data.date }),
    dates: (r) => [{ date: r.data.date, title: r.data.title }],
    overview: 'Peer reviews',
    sources: (r) => r.data.sources,
    search: (r) => doc('Peer review', r.data.title, r.authority.data.name),
    feed: (r) => ({
      title: `${r.data.title} (${r.authority.data.name})`,
      summary: `${r.data.title}, reported to the ${r.data.reportedTo}.`,
    }),
    timeline: (r) => [
      {
        date: r.data.date,
        kind: 'peer-review',
        node: r,
        title: `${r.data.title}, reported to the ${r.data.reportedTo}`,
      },
    ],
    openData: 'peer-reviews',
  },
  statement: {
    collection: 'statements',
    plain: false,
    documents: (a) => a.statements,
    parts: null,
    ref: 'statements',
    path: (s) => `/${s.authority.slug}/statements/${s.slug}/`,
    title: (s) => s.data.title,
    authority: (s) => s.authority,
    plan: null,
    date: (s) => ({ date: s.data.date, note: s.data.dateNotes.date }),
    dates: null, // statements never move a council's time
    overview: 'Statements',
    sources: (s) => s.data.sources,
    search: (s) => doc('Statement', s.data.title, `${s.authority.data.name} › Statements`),
    feed: (s) => ({ title: s.data.title, summary: s.data.summary }),
    timeline: (s) => [
      { date: s.data.date, note: s.data.dateNotes.date, kind: 'statement', node: s, title: s.data.title },
    ],
    openData: 'statements',
  },
} satisfies KindTable;

/**
 * The row of a node's kind. Looked up when called, never cached, so every derived list follows the
 * table as it is (a test adds a row and watches it appear).
 */
export function rowOf<N extends LinkableNode>(node: N): KindRow<N> {
  return (kinds as unknown as Record<string, KindRow<N>>)[node.kind]!;
}

/** Every row, in the table's order. */
export function kindRows(): KindRow<LinkableNode>[] {
  return Object.values(kinds as unknown as Record<string, KindRow<LinkableNode>>);
}

/** The types a statement can be about ("inspections"): each kind's `ref`, in the table's order. */
export function statementTypes(): string[] {
  return kindRows().flatMap((row) => (row.ref === null ? [] : [row.ref]));
}

/** Every plain kind (`plain: true`) with its row, in the table's order. */
export function plainKinds(): { kind: string; row: KindRow<PlainDocumentNode> & { collection: CollectionName } }[] {
  return Object.entries(kinds as unknown as Record<string, KindRow<PlainDocumentNode>>).flatMap(([kind, row]) =>
    row.plain && row.collection ? [{ kind, row: { ...row, collection: row.collection } }] : [],
  );
}

/** The `documents` column of a plain kind: the council's documents of that kind, as the graph built them. */
export function plainDocuments(kind: string): (authority: AuthorityNode) => readonly PlainDocumentNode[] {
  return (authority) => authority.plainDocuments.get(kind) ?? [];
}

/** The site path of any node with a page: stable, human-readable, always with a trailing slash. */
export function urlOf(node: LinkableNode): string {
  return rowOf(node).path(node);
}

/** A node's name on its own page and in links: "Recommendation 8", "Action 1.1.1". */
export function titleOf(node: LinkableNode): string {
  return rowOf(node).title(node);
}

/** A document's date and what it records about it; empty for a kind with no date of its own. */
export function dateOf(node: LinkableNode): Dated {
  return rowOf(node).date?.(node) ?? {};
}

/** Every document of a council, kind by kind in the table's order, each with its row. */
export function documentsOf(authority: AuthorityNode): { row: KindRow<LinkableNode>; node: LinkableNode }[] {
  return kindRows().flatMap((row) => (row.documents?.(authority) ?? []).map((node) => ({ row, node })));
}

/** Every node with a page: each council, its documents and their parts. */
export function pageNodes(authorities: readonly AuthorityNode[]): LinkableNode[] {
  return authorities.flatMap((authority) => [
    authority,
    ...documentsOf(authority).flatMap(({ row, node }) => [node, ...(row.parts?.(node) ?? [])]),
  ]);
}

/**
 * An inspection's date, the one precedence: its report's publication date, else the end of its
 * fieldwork, else its start; undefined when the source gives none.
 */
export function inspectionDate(data: Pick<Inspection, 'published' | 'fieldworkEnd' | 'fieldworkStart'>) {
  return data.published ?? data.fieldworkEnd ?? data.fieldworkStart;
}

/**
 * When an inspection began, for what came before it: its fieldwork's start, else its date (above).
 * Judgements and documents dated before it are the council's history.
 */
export function inspectionBegan(data: Pick<Inspection, 'published' | 'fieldworkEnd' | 'fieldworkStart'>) {
  return data.fieldworkStart ?? inspectionDate(data);
}

/** Why an inspection's dates are not in its source, where it says. */
function inspectionDateNote(data: Inspection): DateNoteFields | undefined {
  return data.notInSource.dates ? { notInSource: data.notInSource.dates } : undefined;
}

/** A monitoring visit's date: its letter's, else the visit's, with what the visit records about it. */
function visitDate(data: MonitoringVisit): Dated {
  return data.letter
    ? { date: data.letter, note: data.dateNotes.letter }
    : { date: data.visited, note: data.dateNotes.visited };
}

/** An inspection on the timeline: its fieldwork and its report, or its title when neither is dated. */
function inspectionEvents(inspection: InspectionNode): TimelineItem[] {
  const { fieldworkStart, fieldworkEnd, published } = inspection.data;
  const items: TimelineItem[] = [];
  if (fieldworkStart)
    items.push({
      date: fieldworkStart,
      kind: 'inspection',
      node: inspection,
      title: `${inspection.data.inspectorate} inspection`,
      detail: fieldworkEnd ? `Fieldwork ${formatDate(fieldworkStart)} to ${formatDate(fieldworkEnd)}` : undefined,
    });
  if (published)
    items.push({
      date: published,
      kind: 'report',
      node: inspection,
      title: `${inspection.data.title}: report published`,
    });
  if (!fieldworkStart && !published)
    items.push({
      date: undefined,
      note: inspectionDateNote(inspection.data) ?? {},
      kind: 'report',
      node: inspection,
      title: inspection.data.title,
    });
  return items;
}

/** A monitoring visit on the timeline: the visit, its letter, and the dates a plan gives for it. */
function visitEvents(visit: MonitoringVisitNode): TimelineItem[] {
  return [
    {
      date: visit.data.visited,
      note: visit.data.dateNotes.visited,
      kind: 'monitoring-visit',
      node: visit,
      title: visit.data.title,
    },
    ...(visit.data.letter
      ? [
          {
            date: visit.data.letter,
            note: visit.data.dateNotes.letter,
            kind: 'monitoring-visit' as const,
            node: visit,
            title: `${visit.data.title}: the inspector's letter`,
          },
        ]
      : []),
    ...visit.data.sourceDates.map((stated) => ({
      date: stated.date,
      kind: 'monitoring-visit' as const,
      node: visit,
      title: `${visit.data.title}: a date the plan gives for it`,
      detail: `“${stated.words}”`,
    })),
  ];
}

/** A plan on the timeline: each version's publication, then the stages its latest version sets. */
function planEvents(plan: PlanNode): TimelineItem[] {
  return [
    ...plan.versions.map((version) => ({
      date: version.data.published,
      kind: 'plan-version' as const,
      node: version,
      title: `${plan.data.title}, ${version.data.label} published`,
    })),
    ...plan.latest.data.stages.map((stage) => ({
      date: stage.due,
      kind: 'stage' as const,
      node: plan.latest,
      deadline: true,
      tag: 'Due' as const,
      title: `Stage ${stage.number} due: ${stage.title}`,
      detail: stage.when,
    })),
  ];
}

const short = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** A document's search entry: its type, title and trail, filtered by its type and council. */
export function doc(
  type: string,
  title: string,
  breadcrumb: string,
  filters: Record<string, string[]> = {},
  authority?: string,
): SearchMeta {
  const name = authority ?? breadcrumb.split(' › ')[0]!;
  return { type, title, breadcrumb, filters: { type: [type], authority: [name], ...filters } };
}

function recommendationSearch(node: RecommendationNode): SearchMeta {
  const { inspection } = node;
  return {
    type: 'Recommendation',
    title: `${recommendationLabel(node)} — ${short(node.data.text)}`,
    breadcrumb: `${inspection.authority.data.name} › ${inspection.data.title}`,
    ref: `recommendation ${node.id}`,
    filters: {
      type: ['Recommendation'],
      authority: [inspection.authority.data.name],
      inspection: [inspection.data.title],
      repeated: [node.data.repeated ? 'Repeated' : 'Not repeated'],
    },
  };
}

function paragraphSearch(node: ParagraphNode): SearchMeta {
  const { inspection } = node;
  return {
    type: 'Paragraph',
    title: `Paragraph ${node.number} of the ${inspection.data.title}`,
    breadcrumb: `${inspection.authority.data.name} › ${inspection.data.title}`,
    ref: `paragraph ${node.number}`,
    filters: {
      type: ['Paragraph'],
      authority: [inspection.authority.data.name],
      inspection: [inspection.data.title],
    },
  };
}

function actionSearch(node: ActionNode): SearchMeta {
  const { plan } = node.version;
  return {
    type: 'Action',
    title: `Action ${node.ref} — ${short(firstSentence(node.data.desiredOutcome[0] ?? node.data.actions[0] ?? ''))}`,
    breadcrumb: `${plan.authority.data.name} › ${plan.data.title} › Objective ${node.objective.ref}`,
    ref: `action ${node.ref}`,
    filters: {
      type: ['Action'],
      authority: [plan.authority.data.name],
      version: [node.version.data.label],
      theme: [`${node.theme.ref}. ${node.theme.title}`],
      lead: node.leadRoles.map((r) => (r.abbreviation ? `${r.name} (${r.abbreviation})` : r.name)),
      rating: [node.rating?.label ?? notYetRated],
    },
  };
}

/** An inspection's own word for its recommendations: "recommendation(s)" unless the report says otherwise. */
export function recommendationTerm(inspection: Pick<InspectionNode, 'data'>): { singular: string; plural: string } {
  return inspection.data.recommendationTerm ?? { singular: 'recommendation', plural: 'recommendations' };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A recommendation as its report names it: "Recommendation 8", "Area for improvement b". */
export function recommendationLabel(recommendation: Pick<RecommendationNode, 'id' | 'inspection'>): string {
  return capitalise(recommendationRef(recommendation));
}

/** The same in running text: "recommendation 8", "area for improvement b". */
export function recommendationRef(recommendation: Pick<RecommendationNode, 'id' | 'inspection'>): string {
  return `${recommendationTerm(recommendation.inspection).singular} ${recommendation.id}`;
}

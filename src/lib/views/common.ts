/**
 * What pages say, as data: the pieces every page view is made of. A view is a pure function of the
 * graph and the page's node; its template only renders it. Nothing here imports Astro.
 */
import type { Rating } from '../../schemas/plan-version.ts';
import { asOfLabel, asOfReason, type AsOf } from '../graph/as-of.ts';
import { dateLabel, machineDate, type DateNoteFields } from '../base/dates.ts';
import type {
  ActionNode,
  AuthorityNode,
  LinkableNode,
  PlanNode,
  PlanVersionNode,
  RecommendationNode,
} from '../graph/graph.ts';
import { judgedAt } from '../derivations/as-at.ts';
import { dueLabel, firstSentence, needsDueHint, recommendationLabel as labelOf } from '../derivations/labels.ts';
import { isOverdue } from '../derivations/overdue.ts';
import { urlOf } from '../publishing/urls.ts';
import { sourceHeading } from './source.ts';
import { noRatingColumnTag, notYetRated } from '../base/vocabulary.ts';

/** A tag shown beside text: always a word, never colour alone. */
export type TagKind = 'overdue' | 'repeated' | 'unaddressed' | 'deadline' | 'scheduled' | 'inference' | 'plain';

/** A run of text: plain, a link, a tag, a hint, a rating or a date. */
export type Inline =
  | string
  | {
      text: string;
      href?: string;
      rel?: 'license';
      /** Words a link says before its text to screen readers only: "Action " before "1.2.2" in a table. */
      hiddenPrefix?: string;
      hint?: true;
      /** A hint on a line of its own: a recommendation's words under its label in a row header. */
      block?: true;
      strong?: true;
      tag?: TagKind;
      datetime?: string;
    }
  | { rating: Rating | null; noScale?: true };

/** A line of a page: runs of text. */
export type Line = Inline[];

/**
 * A column of a table (src/components/Table.astro): its header's words, and whether its cells are
 * numbers (right-aligned, as GOV.UK Frontend's `format: 'numeric'`).
 */
export interface TableColumn {
  text: string;
  numeric?: boolean;
}

/** A cell of a table: a line (text, links, tags, hints, ratings), or a bare number. */
export type TableCell = Line | number;

/** A breadcrumb. */
export interface Crumb {
  label: string;
  href: string;
}

/** A row of a summary list: a key, its value, and any list under it. */
export interface Row {
  key: string;
  /** Where the key is a phrase of the site's own (src/lib/views/site-words.ts): its glossary entry. */
  keyHref?: string;
  value: Line;
  /** Paragraphs after the value, one a line: a row that says several things (one per notice, per plan). */
  paragraphs?: Line[];
  list?: Line[];
  /**
   * True when the row repeats what other pages own (their titles, an objective's aims, a version's
   * name): the page shows it, but search leaves it out, so each text is found on the page that owns it.
   */
  repeats?: true;
}

/** The box at the foot of a page that says where its words came from and how they were read. */
export interface Provenance {
  /** "About this transcription", or "About this statement" for one written for the site. */
  heading: string;
  /**
   * What the page's text is: transcribed from the documents its "Source document" block names (the
   * block says which, so this does not list them again), or "Written for this site by …".
   */
  intro: string;
  /** Inferences, each said to be one. */
  inferences: string[];
  notes: string[];
}

/** One action as the action tables show it. */
export interface ActionRow {
  ref: string;
  href: string;
  /** The desired outcome's first sentence; an ellipsis marks that more follows. */
  outcome: string;
  lead: string;
  timescale: string;
  /** "due January 2020" (at the precision of the words) where the timescale's words say more than its date. */
  dueHint?: string;
  overdue: boolean;
  rating: Rating | null;
  /** True when the action's plan version has no rating column: said so, never "Not yet rated". */
  noScale?: true;
  evidence: string[];
}

/** The start of every trail: the register and the council. */
export function authorityCrumbs(authority: AuthorityNode): Crumb[] {
  return [
    { label: 'Councils', href: '/' },
    { label: authority.data.name, href: urlOf(authority) },
  ];
}

/** The trail to a plan. */
export function planCrumbs(plan: PlanNode): Crumb[] {
  return [...authorityCrumbs(plan.authority), { label: plan.data.title, href: urlOf(plan) }];
}

/** A link to a node's page. */
export function link(text: string, node: LinkableNode): Inline {
  return { text, href: urlOf(node) };
}

/** The first sentence of a text, with an ellipsis when the text goes on. */
export function excerpt(text: string): string {
  const first = firstSentence(text);
  return first.length < text.trim().length ? `${first} …` : first;
}

/**
 * The date "overdue" is judged against for a plan version, and why, in words: the one place the
 * views read it. The date is {@link judgedAt}'s: each plan keeps its own time, and an earlier
 * version is judged at its own date.
 */
export function asOfFor(version: PlanVersionNode): { asOf: AsOf; label: string; reason: string } {
  const asOf = judgedAt(version);
  return { asOf, label: asOfLabel(asOf), reason: asOfReason(asOf) };
}

/** A recommendation's name in links and lists, as its report names it: "Recommendation 8", "Area for improvement b". */
export function recommendationLabel(recommendation: Pick<RecommendationNode, 'id' | 'inspection'>): string {
  return labelOf(recommendation);
}

/** A rating as a view shows it: a plan version with no rating column says so, never "Not yet rated". */
export function ratingOf(action: ActionNode): Inline {
  return action.version.data.ratingScale ? { rating: action.rating } : { rating: action.rating, noScale: true };
}

/**
 * What a list shows for an action's desired outcome: its first sentence, with an ellipsis where
 * more follows (in that paragraph or a later one, such as 1.2.1's citation), or that the source
 * does not give it. Every list links the action, whose page has the outcome in full.
 */
export function outcomeOf(action: ActionNode): string {
  const [first, ...rest] = action.data.desiredOutcome;
  if (!first) return 'Desired outcome not in the source';
  const shown = excerpt(first);
  return rest.length > 0 && !shown.endsWith(' …') ? `${shown} …` : shown;
}

/** A cell the source does not give, as lists and tables show it (the action's page adds why). */
export const cellNotInSource = 'Not in the source';

/** The lead as lists show it: the plan's words, or that the source names none. */
export function leadText(action: Pick<ActionNode, 'data'>): string {
  return action.data.lead ?? cellNotInSource;
}

/** The timescale as lists show it: the plan's words, or that the source gives none. */
export function timescaleText(action: Pick<ActionNode, 'data'>): string {
  return action.data.timescale ?? cellNotInSource;
}

/** The timescale as a sentence quotes it: “31st December 2019”, or "no timescale in the source" (never quoted). */
export function quotedTimescale(action: Pick<ActionNode, 'data'>): string {
  return action.data.timescale === undefined ? 'no timescale in the source' : `“${action.data.timescale}”`;
}

/**
 * An objective bullet's citation as it follows the bullet: the plan's bracketed words, or, where the
 * plan gives none, a plain statement that it gives none: never bracketed as if it were a citation.
 */
export function citationOf(aim: {
  citation?: string | undefined;
  notInSource?: { citation?: string | undefined } | undefined;
}): {
  text: string;
  hint: true;
} {
  if (aim.citation !== undefined) return { text: `(${aim.citation})`, hint: true };
  return {
    text: `– no citation in the plan${aim.notInSource?.citation ? `: ${aim.notInSource.citation}` : ''}`,
    hint: true,
  };
}

/** A plan's cell the source does not give, with the note saying why: "Not in the source (…)". */
export function notInSourceNote(note: string | undefined): Inline {
  return { text: note ? `Not in the source (${note})` : cellNotInSource, hint: true };
}

/** An action as a table row, with "overdue" judged at its own version's date ({@link judgedAt}). */
export function actionRow(action: ActionNode): ActionRow {
  return {
    ref: action.ref,
    href: urlOf(action),
    outcome: outcomeOf(action),
    lead: leadText(action),
    timescale: timescaleText(action),
    ...(needsDueHint(action) ? { dueHint: `due ${dueLabel(action)}` } : {}),
    overdue: isOverdue(action),
    rating: action.rating,
    ...(action.version.data.ratingScale ? {} : { noScale: true as const }),
    evidence: action.data.evidence,
  };
}

/** Inline runs joined with commas: for lists of links. */
export function joinInline(items: readonly Inline[], separator = ', '): Line {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}

/**
 * Provenance of a transcribed document: its inferences and notes. The documents themselves are
 * named once, in the page's source block (views/source.ts), which this points to.
 */
export function transcription(
  sources: readonly { title: string }[],
  notes: readonly string[],
  inferences: readonly string[] = [],
): Provenance {
  const several = sources.length > 1;
  return {
    heading: 'About this transcription',
    intro: `Transcribed from the ${several ? 'documents' : 'document'} under “${sourceHeading(several)}” below.`,
    inferences: inferences.map((i) => `Inference: ${i}`),
    notes: [...notes],
  };
}

/** A date at the precision the source gives, for a <time> element. */
export function when(date: string, note?: DateNoteFields): Inline {
  const datetime = machineDate(date);
  return { text: dateLabel(date, note), ...(datetime ? { datetime } : {}) };
}

/** The inferences a document records about its dates, as sentences: "The issue date 2011 is inferred: …". */
export function dateInferences(
  dateNotes: Partial<Record<string, DateNoteFields>>,
  dates: Partial<Record<string, string>>,
  names: Record<string, string>,
): string[] {
  return Object.entries(names).flatMap(([field, name]) => {
    const inferred = dateNotes[field]?.inferred;
    const date = dates[field];
    return inferred && date
      ? [`The ${name}, ${dateLabel(date)}, is inferred, not read in the document: ${inferred}`]
      : [];
  });
}

/** A date the sources do not give: "Not in the source", with the document's note on why. */
export function notInSourceDate(note?: DateNoteFields): Inline {
  return { text: note?.notInSource ? `Not in the source (${note.notInSource})` : 'Not in the source', hint: true };
}

/** Renders a line as plain text: for tests, titles and text alternatives. */
export function plain(line: Line | Inline): string {
  const parts = Array.isArray(line) ? line : [line];
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      if ('rating' in part) return `[${part.rating?.label ?? (part.noScale ? noRatingColumnTag : notYetRated)}]`;
      if (part.tag) return `[${part.text}]`;
      if (part.href) return `‹${part.text}›`;
      return part.text;
    })
    .join('');
}

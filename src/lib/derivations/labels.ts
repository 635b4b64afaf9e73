import type { judgementValues } from '../../schemas/inspection.ts';
import type { dotValues } from '../../schemas/plan-outline.ts';
import type { ActionNode, InspectionNode } from '../graph/graph.ts';
import { formatDate } from '../base/dates.ts';
import { dotWords, notStated } from '../base/vocabulary.ts';
import { firstSentence, plural } from '../base/text.ts';
import { recommendationTerm } from '../graph/kinds.ts';
// A node's title and a recommendation's name are the kinds table's (src/lib/graph/kinds.ts).
export { recommendationLabel, recommendationRef, recommendationTerm, titleOf } from '../graph/kinds.ts';
export { firstSentence, plural };

/** A judgement as a reader writes it: "requires-improvement" → "Requires improvement". */
export function judgementLabel(judgement: (typeof judgementValues)[number]): string {
  const words = judgement.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Direction of travel in words (an arrow is not always good news). */
export function dotLabel(dot: (typeof dotValues)[number] | null): string {
  return dot === null ? notStated : dotWords[dot];
}

/**
 * How many recommendations an inspection has, in words, saying when the sources give only some:
 * "16 recommendations", "13 recommendations; 7 are in the sources", "4 areas for improvement".
 */
export function recommendationListing(inspection: Pick<InspectionNode, 'data' | 'recommendations'>): string {
  const term = recommendationTerm(inspection);
  const listed = inspection.recommendations.length;
  const total = inspection.data.recommendationCount;
  if (total === undefined || total === listed) return plural(listed, term.singular, term.plural);
  return `${plural(total, term.singular, term.plural)}; ${listed} ${listed === 1 ? 'is' : 'are'} in the sources`;
}

/** The due date in words for an action: "31 December 2019", "Immediate", "No date given". */
export function dueLabel(action: ActionNode): string {
  if (action.due.kind === 'immediate') return 'Immediate';
  if (action.due.kind === 'date') return dueAtPrecision(action)!.text;
  return 'No date given';
}

/** A day in a timescale's words: "31st December 2019", "31 st December 2019", "1 Feb '20". */
const dayInWords = /\b\d{1,2}\s*(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s+(?:\d{4}|'?\d{2})\b/;

/**
 * The due date at the precision the timescale's words give: a day only where they name one
 * ("End January 2020" is due January 2020, never "31 January 2020").
 */
export function dueAtPrecision(action: ActionNode): { text: string; datetime: string } | undefined {
  if (action.due.kind !== 'date') return undefined;
  const date = dayInWords.test(action.data.timescale ?? '') ? action.due.date : action.due.date.slice(0, 7);
  return { text: formatDate(date), datetime: date };
}

/** True when the timescale's words say more than its date ("End January 2020 for …"), so the date is worth adding. */
export function needsDueHint(action: ActionNode): boolean {
  if (action.due.kind !== 'date') return false;
  const words = (action.data.timescale ?? '').replace(/(\d+)\s*(st|nd|rd|th)\b/g, '$1').trim();
  return words !== dueAtPrecision(action)!.text;
}

/**
 * The word for an inspection's `published` date: "Published" only where a source gives the
 * publication date, else "Report dated" (the report's own date, which may not be when it was published).
 */
export function publishedLabel(data: { publishedIs?: 'publication' | 'report-date' }): string {
  return data.publishedIs === 'report-date' ? 'Report dated' : 'Published';
}

/**
 * The council's view beside the inspectors': for a recommendation, what the council's own plan says
 * (the ratings it gives the actions answering it, self-assessed, as at each plan's latest version) and
 * what inspectors said most recently (a monitoring visit's finding, quoted, tied to it only where the
 * visit's letter makes the link). Each is headed and worded as what it is, so neither reads as the
 * other. Pure; the recommendation page, its status lines, the board pack and the open data use it.
 */
import { dateLabel, formatDate } from '../base/dates.ts';
import { latestFinding } from '../derivations/visits.ts';
import { answersTo } from '../derivations/coverage.ts';
import type { MonitoringVisitNode, RecommendationNode } from '../graph/graph.ts';
import { plural, recommendationRef } from '../derivations/labels.ts';
import { link, type Line, type Row } from './common.ts';
import { urlOf } from '../publishing/urls.ts';
import { ratedWords } from './status.ts';

export { latestFinding };

export const councilHeading = "What the council's plan says";
export const inspectorsHeading = 'What inspectors said most recently';
export const noFinding = "No inspector's finding on this is published here.";

/** A visit's date at the precision the sources give: the visit's, and the letter's where given. */
export function visitWhen(visit: MonitoringVisitNode): string {
  const { visited, letter, dateNotes } = visit.data;
  const when =
    visited === undefined ? 'date of the visit not in the source' : `visited ${dateLabel(visited, dateNotes.visited)}`;
  return `${when}${letter ? `, letter dated ${dateLabel(letter, dateNotes.letter)}` : ''}`;
}

/** What the council's plan says: one row per plan, its latest version's ratings of the answering actions. */
export interface CouncilSaysView {
  heading: string;
  rows: Row[];
  note: string;
}

/** What inspectors said most recently: the finding quoted, its visit and date, or that none is published. */
export interface InspectorsSayView {
  heading: string;
  /** The finding, in the letter's words. */
  quote?: string;
  /** The visit, linked, with its date at the precision known, and the letter's words tying it. */
  source?: Line;
  /** Said where no finding is tied to the recommendation. */
  none?: string;
  /** The visit, linked, with its date at the precision known: the status row and the board pack say it so. */
  visit?: { title: string; href: string; when: string };
  /** Said where the visits' dates do not say which came last, so "most recent" is not known. */
  order?: string;
  note: string;
}

export interface SideBySideView {
  council: CouncilSaysView;
  inspectors: InspectorsSayView;
}

export function councilSays(recommendation: RecommendationNode): CouncilSaysView {
  const { plans } = recommendation.inspection;
  const ref = recommendationRef(recommendation);
  const rows: Row[] = plans.map((plan) => {
    const version = plan.latest;
    const answer = answersTo(recommendation).find((a) => a.version === version);
    const actions = answer?.actions ?? [];
    return {
      key: `${plan.data.title}, ${version.data.label} (${formatDate(version.data.published)})`,
      value:
        actions.length === 0
          ? [`No action in `, link(version.data.label, version), ` answers ${ref}.`]
          : version.data.ratingScale
            ? [
                `Its ratings of the ${actions.length === 1 ? 'action' : `${actions.length} actions`} answering it: `,
                ...ratedWords(actions, version),
              ]
            : [
                `${plural(actions.length, 'action')} answer${actions.length === 1 ? 's' : ''} it; the plan has no rating column, so it rates none of them.`,
              ],
    };
  });
  return {
    heading: councilHeading,
    rows:
      rows.length > 0
        ? rows
        : [
            {
              key: 'Plan',
              value: [`No improvement plan answering the ${recommendation.inspection.data.title} is published here.`],
            },
          ],
    note: 'These ratings are the council’s own assessment of its actions, as its plan gives them at that version; they are not an inspector’s judgement.',
  };
}

export function inspectorsSay(recommendation: RecommendationNode, asAt?: string): InspectorsSayView {
  const tie = latestFinding(recommendation, asAt);
  const note =
    'A finding is shown here only where the visit’s letter itself says it concerns this recommendation; it is not the council’s rating.';
  if (!tie) return { heading: inspectorsHeading, none: noFinding, note };
  const order = tie.certain ? undefined : orderUnknown;
  return {
    heading: inspectorsHeading,
    quote: tie.finding,
    source: [
      link(tie.visit.data.title, tie.visit),
      ` (${visitWhen(tie.visit)}). The letter ties it: “${tie.words}”`,
      ...(order ? [` ${order}`] : []),
    ],
    visit: { title: tie.visit.data.title, href: urlOf(tie.visit), when: visitWhen(tie.visit) },
    ...(order ? { order } : {}),
    note,
  };
}

/** Said wherever the most recent finding is shown and the visits' dates do not order them. */
export const orderUnknown = 'The dates of the visits as the sources give them do not say which came last.';

export function sideBySide(recommendation: RecommendationNode, asAt?: string): SideBySideView {
  return { council: councilSays(recommendation), inspectors: inspectorsSay(recommendation, asAt) };
}

/** The status line's row for the inspectors: the most recent tied finding's visit and date, or none. */
export function inspectorsRow(recommendation: RecommendationNode, asAt?: string): Row {
  // The page's box (inspectorsSay) decides what is said; the row says it in one line.
  const view = inspectorsSay(recommendation, asAt);
  return {
    key: 'Inspectors (most recent)',
    value: view.visit
      ? [
          { text: view.visit.title, href: view.visit.href },
          ` (${view.visit.when}): “${view.quote}”`,
          ...(view.order ? [' ', { text: view.order, hint: true } as const] : []),
        ]
      : [view.none!],
  };
}

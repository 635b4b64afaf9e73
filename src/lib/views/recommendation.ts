/**
 * The recommendation page: the report's words, its status line, and what each plan version does about
 * it. The plan maps recommendations to objectives, not to single actions: an action is shown here only
 * as one of the actions of an objective that cites the recommendation, and the page says so.
 */
import { answersTo } from '../derivations/coverage.ts';
import { formatDate } from '../base/dates.ts';
import type { ActionNode, Graph, ParagraphNode, RecommendationNode } from '../graph/graph.ts';
import { plural, recommendationRef, recommendationTerm, titleOf } from '../derivations/labels.ts';
import { judgedAt } from '../derivations/as-at.ts';
import { objectiveAnchor, urlOf } from '../publishing/urls.ts';
import type { WarningView } from './action.ts';
import {
  actionRow,
  citationOf,
  authorityCrumbs,
  joinInline,
  link,
  recommendationLabel,
  type ActionRow,
  type Crumb,
  type Inline,
  type Line,
} from './common.ts';
import { inspectorsRow, sideBySide, type SideBySideView } from './side-by-side.ts';
import { defaultStatusOptions, dueHint, recommendationStatus, type StatusOptions, type StatusView } from './status.ts';
import { listWords, nounFor } from '../base/text.ts';

/** One objective citing the recommendation, with its aims and all its actions. */
export interface ObjectiveAnswerView {
  /** "Objective 1.1", linking to it in its version. */
  heading: Inline;
  /** The objective's bullets, each with its citation as a hint. */
  aims: Line[];
  /** Why all its actions are listed: the plan cites the recommendation for the objective as a whole. */
  mapping: string;
  caption: string;
  rows: ActionRow[];
}

/** How one plan version answers the recommendation. */
export interface VersionAnswerView {
  /** For the heading's id. */
  id: string;
  heading: Line;
  objectives: ObjectiveAnswerView[];
  /** "The actions of objective 1.1 cite paragraphs 24, 25 of the report.", absent when none. */
  paragraphs?: Line;
}

export interface RecommendationView {
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  /** The report's words, exactly. */
  quote: string;
  /** The "Repeated" tag and what it repeats; absent when not repeated. */
  repeated?: Line;
  notes: string[];
  /** One status line per plan answering the inspection, each as of its own plan's date, with the inspectors' row. */
  status: StatusView[];
  /** The council's plan's ratings beside the inspectors' most recent finding. */
  sideBySide: SideBySideView;
  answersHeading: string;
  /** Said when no plan answering the inspection is published here. */
  noPlan?: string;
  warnings: WarningView[];
  /** Newest version first. */
  versions: VersionAnswerView[];
  previous?: { label: string; href: string };
  next?: { label: string; href: string };
}

/**
 * An action's row: its due hint at the precision of its timescale's words; "Overdue" at its version's
 * judging date (judgedAt: its plan's as-of date in the latest version, a past version's own date).
 */
function row(action: ActionNode): ActionRow {
  const { dueHint: _, ...base } = actionRow(action);
  const hint = dueHint(action);
  return { ...base, ...(hint ? { dueHint: hint } : {}) };
}

/** Which of an objective's actions are listed: all of them, said so. */
const listed = (count: number) =>
  count === 1
    ? 'its one action is listed'
    : count === 2
      ? 'both its actions are listed'
      : `all ${count} of its actions are listed`;

const paragraphsOf = (actions: readonly ActionNode[]): ParagraphNode[] =>
  [...new Set(actions.flatMap((a) => a.paragraphs))].sort((a, b) => a.number - b.number);

/** Everything the recommendation page says. */
export function recommendationView(
  _graph: Graph,
  recommendation: RecommendationNode,
  options: StatusOptions = defaultStatusOptions,
): RecommendationView {
  const { inspection } = recommendation;
  const { authority } = inspection;
  const term = recommendationTerm(inspection);
  const ref = recommendationRef(recommendation);
  const label = recommendationLabel(recommendation);
  const latest = new Set(inspection.plans.map((p) => p.latest));
  const answers = answersTo(recommendation).reverse();
  const answeredNow = answers.some((a) => latest.has(a.version) && a.actions.length > 0);

  const warnings: WarningView[] = [];
  if (inspection.plans.length > 0 && !answeredNow) {
    warnings.push({
      title: `No action answers this ${term.singular}`,
      line: [`No objective in the latest version of the improvement plan cites ${ref}, so no action answers it.`],
    });
  }

  const versions: VersionAnswerView[] = answers.map((answer) => {
    const { version } = answer;
    const objectiveRefs = answer.objectives.map((o) => o.ref);
    const cited = paragraphsOf(answer.actions);
    const isLatest = version === version.plan.latest;
    return {
      id: `version-${version.slug}`,
      heading: [
        'In ',
        link(titleOf(version), version),
        ' ',
        {
          text: `(${formatDate(version.data.published)}${latest.has(version) ? ', latest version published here' : ''})`,
          hint: true,
        },
      ],
      objectives: answer.objectives.map((objective) => ({
        heading: { text: `Objective ${objective.ref}`, href: `${urlOf(version)}#${objectiveAnchor(objective.ref)}` },
        aims: objective.aims.map((aim) => [aim.data.text, ' ', citationOf(aim.data)]),
        mapping:
          objective.actions.length === 0
            ? `The plan cites ${ref} for objective ${objective.ref}, which has no actions in this version.`
            : `The plan cites ${ref} for objective ${objective.ref} as a whole, not for single actions: ${listed(objective.actions.length)}, and the plan does not say which of them concern this ${term.singular}.`,
        caption: `Actions of objective ${objective.ref} (${plural(objective.actions.length, 'action')})${isLatest ? '' : `, “Overdue” as of ${formatDate(judgedAt(version).date)}, the date of ${version.data.label}`}`,
        // A past version's rows are judged as of that version's own date; the latest's as of its plan's.
        rows: objective.actions.map(row),
      })),
      ...(cited.length > 0
        ? {
            paragraphs: [
              `The actions of ${nounFor(objectiveRefs.length, 'objective')} ${listWords(objectiveRefs)} cite ${nounFor(cited.length, 'paragraph')} `,
              ...joinInline(cited.map((p) => link(String(p.number), p))),
              ' of the report.',
            ],
          }
        : {}),
    };
  });

  const index = inspection.recommendations.indexOf(recommendation);
  const previous = inspection.recommendations[index - 1];
  const next = inspection.recommendations[index + 1];
  const from = recommendation.repeatedFrom;
  return {
    title: `${label}, ${inspection.data.title}, ${authority.data.shortName}`,
    description: recommendation.data.text,
    breadcrumbs: [...authorityCrumbs(authority), { label: inspection.data.title, href: urlOf(inspection) }],
    caption: inspection.data.title,
    heading: label,
    quote: recommendation.data.text,
    ...(recommendation.data.repeated
      ? {
          repeated: [
            { text: 'Repeated', tag: 'repeated' },
            ' ',
            ...(from
              ? [`This ${term.singular} repeats one made in the `, link(from.data.title, from), '.']
              : [`The report repeats this ${term.singular} from an earlier report.`]),
          ],
        }
      : {}),
    notes: recommendation.data.notes,
    status: recommendationStatus(recommendation, options).map((s) => ({
      ...s,
      rows: [...s.rows, inspectorsRow(recommendation)],
    })),
    sideBySide: sideBySide(recommendation),
    answersHeading: 'What is being done about it',
    ...(inspection.plans.length === 0
      ? {
          noPlan: `No improvement plan answering the ${inspection.data.title} is published here, so this site cannot say what is being done about it.`,
        }
      : {}),
    warnings,
    versions,
    ...(previous ? { previous: { label: `Previous: ${recommendationRef(previous)}`, href: urlOf(previous) } } : {}),
    ...(next ? { next: { label: `Next: ${recommendationRef(next)}`, href: urlOf(next) } } : {}),
  };
}

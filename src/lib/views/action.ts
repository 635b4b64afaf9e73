/** The action page: an action in its latest appearance, what it answers, and its history. */
import { listWords } from '../base/text.ts';
import type { Rating } from '../../schemas/plan-version.ts';
import { historyOf, type DiffPart } from '../derivations/changes.ts';
import { formatDate } from '../base/dates.ts';
import type { ActionNode, Graph, ObjectiveNode } from '../graph/graph.ts';
import { successor } from '../derivations/history.ts';
import { dotLabel, plural, recommendationTerm, titleOf } from '../derivations/labels.ts';
import { isOverdue } from '../derivations/overdue.ts';
import { objectiveAnchor, themeAnchor, urlOf } from '../publishing/urls.ts';
import {
  citationOf,
  joinInline,
  link,
  notInSourceNote,
  planCrumbs,
  quotedTimescale,
  ratingOf,
  recommendationLabel,
  type Crumb,
  type Inline,
  type Line,
  type Row,
  timescaleText,
} from './common.ts';
import {
  actionAsOf,
  actionStatus,
  defaultStatusOptions,
  dueHint,
  type StatusOptions,
  type StatusView,
} from './status.ts';

/** A warning box: a title and what it says. */
export interface WarningView {
  title: string;
  line: Line;
}

/** One version's state of the action in its history. */
export interface HistoryView {
  heading: Line;
  /** Absent when the action is not in that version. */
  rows?: { key: string; value: Line; diff?: DiffPart[] }[];
  absent?: string;
}

export interface ActionView {
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  rating: Rating | null;
  /** True when the plan version has no rating column. */
  noScale?: true;
  overdue: boolean;
  /** The status line: rating, due, late, slipped and, for "Immediate", how long, as of its plan's date. */
  status: StatusView;
  warnings: WarningView[];
  rows: Row[];
  /** A section with no paragraphs says `empty`, or `missing` (a state, "Not in the source", with its note). */
  sections: { heading: string; paragraphs: string[]; list?: true; empty?: string; missing?: Line }[];
  notes: string[];
  historyHeading: string;
  history: HistoryView[];
  previous?: { label: string; href: string };
  next?: { label: string; href: string };
}

/** How an objective answers recommendations, said at the level the plan maps them: the objective. */
export function answersThroughObjective(objective: ObjectiveNode): Row {
  const count = plural(objective.actions.length, 'action');
  const recommendations = objective.recommendations;
  if (recommendations.length === 0) {
    const internal = objective.aims.some((a) => a.data.internal);
    const visits = [...new Set(objective.aims.flatMap((a) => a.monitoringVisits))];
    return {
      key: 'Recommendations, through its objective',
      repeats: true,
      value: [
        objective.aims.every((a) => a.data.citation === undefined)
          ? `None: the plan gives objective ${objective.ref} no citation.`
          : internal
            ? `None: objective ${objective.ref} is an internal objective, not an inspection recommendation.`
            : visits.length > 0
              ? `None: objective ${objective.ref} cites monitoring visits only, not an inspection recommendation.`
              : `None: objective ${objective.ref} cites no recommendation, monitoring visit or internal need.`,
      ],
    };
  }
  // One inspection's term names them all ("recommendations 1 and 3", "areas for improvement a and b").
  const term = recommendationTerm(recommendations[0]!.inspection);
  const ids = recommendations.map((r) => r.id);
  return {
    key: 'Recommendations, through its objective',
    repeats: true,
    value: [
      `Objective ${objective.ref} answers ${recommendations.length === 1 ? term.singular : term.plural} ${listWords(ids)}. `,
      `The plan cites ${term.plural} for an objective as a whole, not for each of its actions (this objective has ${count}), so it does not say which of them this action answers.`,
    ],
    list: recommendations.map((r) => [
      link(recommendationLabel(r), r),
      ...(r.data.repeated ? [' ', { text: 'Repeated', tag: 'repeated' } as Inline] : []),
      ` of the ${r.inspection.data.title}`,
    ]),
  };
}

/** The lead in the plan's words, and which roles it names as accountable and which in another part. */
export function leadRows(action: ActionNode): Row[] {
  const { data, leadRoles, version } = action;
  const roles = version.plan.authority.roles;
  const name = (r: { name: string; abbreviation?: string | undefined }) =>
    r.abbreviation ? `${r.name} (${r.abbreviation})` : r.name;
  if (data.lead === undefined) return [{ key: 'Lead', value: [notInSourceNote(data.notInSource.lead)] }];
  const rows: Row[] = [{ key: "Lead, in the plan's words", value: [data.lead] }];
  const partners = data.partners ?? [];
  if (partners.length > 0) {
    // The roles are the site's reading of the plan's words, and the leads page lists them: not searched here.
    rows.push({ key: 'Accountable lead', repeats: true, value: [listWords(leadRoles.map(name))] });
    rows.push({
      key: 'Also named in the lead, not as lead',
      repeats: true,
      value: [],
      list: partners.map((p) => {
        const role = roles.get(p.role);
        return [role ? name(role) : p.role, { text: ` (the plan: “${p.words}”)`, hint: true }];
      }),
    });
  } else if (leadRoles.some((r) => r.abbreviation)) {
    rows.push({ key: 'Lead roles', repeats: true, value: [listWords(leadRoles.map(name))] });
  }
  return rows;
}

/** Everything the action page says about an action (its newest appearance) as of a date. */
export function actionView(
  _graph: Graph,
  action: ActionNode,
  neighbours: { previous?: string; next?: string } = {},
  options: StatusOptions = defaultStatusOptions,
): ActionView {
  const { version, objective, theme, data } = action;
  const { plan } = version;
  const asOf = actionAsOf(action);
  const overdue = isOverdue(action);
  const warnings: WarningView[] = [];
  if (plan.latest !== version) {
    const renumberedAs = successor(action);
    warnings.push(
      renumberedAs
        ? {
            title: `Renumbered as action ${renumberedAs.ref}`,
            line: [
              'In ',
              link(renumberedAs.version.data.label, renumberedAs.version),
              ' this action became ',
              link(`action ${renumberedAs.ref}`, renumberedAs),
              '.',
            ],
          }
        : {
            title: 'Not in the latest version',
            line: [
              'This action last appeared in ',
              link(version.data.label, version),
              '; ',
              link(plan.latest.data.label, plan.latest),
              ' does not include it.',
            ],
          },
    );
  }
  if (overdue) {
    warnings.push({
      title: 'Overdue',
      line: [
        `Its timescale, ${quotedTimescale(action)}, passed before ${asOf.label}, and it is not rated complete. ${asOf.reason}`,
      ],
    });
  }
  const visits = action.monitoringVisits;
  const rows: Row[] = [
    {
      key: 'Theme',
      repeats: true,
      value: [{ text: `Theme ${theme.ref}: ${theme.title}`, href: `${urlOf(version)}#${themeAnchor(theme.ref)}` }],
    },
    {
      key: 'Objective',
      repeats: true,
      value: [{ text: `Objective ${objective.ref}`, href: `${urlOf(version)}#${objectiveAnchor(objective.ref)}` }],
      list: objective.aims.map((aim) => [aim.data.text, ' ', citationOf(aim.data)]),
    },
    answersThroughObjective(objective),
    {
      key: 'Report paragraphs it cites',
      repeats: true,
      value:
        action.paragraphs.length > 0
          ? joinInline(action.paragraphs.map((p) => link(`Paragraph ${p.number}`, p)))
          : ['None'],
    },
    {
      key: 'Monitoring visits it cites',
      repeats: true,
      value: visits.length > 0 ? joinInline(visits.map((v) => link(v.data.title, v))) : ['None'],
    },
    ...(data.internal ? [{ key: 'Other sources', value: ["The council's internal data"] }] : []),
    ...leadRows(action),
    {
      key: 'Timescale',
      value: [
        data.timescale ?? notInSourceNote(data.notInSource.timescale),
        // At the precision of the words: "End January 2020" is January 2020, never an invented day.
        ...(dueHint(action) ? [{ text: ` (${dueHint(action)})`, hint: true } as Inline] : []),
      ],
    },
    { key: 'Rating', value: [ratingOf(action)] },
    { key: 'Direction of travel', value: [dotLabel(data.dot)] },
    { key: 'Version', repeats: true, value: [`${titleOf(version)}, ${formatDate(version.data.published)}`] },
  ];
  const history = historyOf(action);
  const historyViews: HistoryView[] = history.map((entry, i) => {
    const heading: Line = [
      link(entry.version.data.label, entry.version),
      `, ${formatDate(entry.version.data.published)}`,
    ];
    if (!entry.action) return { heading, absent: 'Not in this version.' };
    const a = entry.action;
    const change =
      entry.rating &&
      { better: 'better', worse: 'worse', 'first-rated': 'first rated', 'no-longer-rated': 'no longer rated' }[
        entry.rating
      ];
    const moved = entry.timescale;
    const movedText =
      moved &&
      `${moved.direction === 'slipped' ? 'Slipped' : moved.direction === 'earlier' ? 'Brought forward' : 'Changed'}${moved.months !== undefined && moved.months !== 0 ? ` by ${plural(Math.abs(moved.months), 'month')}` : ''}`;
    const previousHad = i > 0 && history[i - 1]!.action;
    return {
      heading,
      rows: [
        ...(entry.renumberedFrom
          ? [{ key: 'Reference', value: [`renumbered from ${entry.renumberedFrom} to ${a.ref}`] }]
          : []),
        { key: 'Rating', value: [ratingOf(a), ...(change ? [` (${change})`] : [])] },
        { key: 'Direction of travel', value: [dotLabel(a.data.dot)] },
        {
          key: 'Timescale',
          value: [
            timescaleText(a),
            ...(movedText
              ? [' ', { text: movedText, tag: moved.direction === 'slipped' ? 'overdue' : 'plain' } as Inline]
              : []),
          ],
        },
        {
          key: 'Evidence of progress',
          value: [entry.evidence.length > 0 ? entry.evidence.join(' ') : previousHad ? 'none new' : 'none reported'],
        },
        ...entry.wording.map((f) => ({ key: `${f.label} reworded`, value: [], diff: f.diff })),
      ],
    };
  });
  const pageOf = (ref: string) => `${urlOf(plan)}actions/${ref}/`;
  return {
    title: `Action ${action.ref}, ${plan.data.title}`,
    description: data.desiredOutcome[0] ?? `Action ${action.ref}: ${data.actions[0] ?? ''}`,
    breadcrumbs: planCrumbs(plan),
    caption: plan.data.title,
    heading: `Action ${action.ref}`,
    rating: action.rating,
    ...(version.data.ratingScale ? {} : { noScale: true as const }),
    overdue,
    status: actionStatus(action, options),
    warnings,
    rows,
    sections: [
      {
        heading: 'Desired outcome for children',
        paragraphs: data.desiredOutcome,
        missing: [
          { text: 'Not in the source', strong: true },
          ...(data.notInSource.desiredOutcome
            ? [{ text: `: ${data.notInSource.desiredOutcome}`, hint: true } as Inline]
            : []),
        ],
      },
      { heading: 'The actions', paragraphs: data.actions, list: true },
      {
        heading: 'What difference will it make to children?',
        paragraphs: data.impact,
        empty: 'The plan gives no impact for this action.',
      },
      {
        heading: 'How will we measure the difference to children?',
        paragraphs: data.measure,
        empty: 'The plan gives no measure for this action.',
      },
      { heading: 'Evidence of progress', paragraphs: data.evidence, empty: `None reported in ${version.data.label}.` },
    ],
    notes: data.notes,
    historyHeading: 'History across versions',
    history: historyViews,
    ...(neighbours.previous
      ? { previous: { label: `Previous: action ${neighbours.previous}`, href: pageOf(neighbours.previous) } }
      : {}),
    ...(neighbours.next ? { next: { label: `Next: action ${neighbours.next}`, href: pageOf(neighbours.next) } } : {}),
  };
}

/**
 * Status lines: where an action, and the actions answering a recommendation, stand as of the date
 * their version is judged at (judgedAt, src/lib/derivations/as-at.ts): rating, due date, late or not,
 * slipped or not, and how long "Immediate" actions have been timed so. Pure; the recommendation and
 * action views put them on their pages.
 *
 * What is said, and at what precision:
 * - "late" is {@link isOverdue}: a dated timescale certainly before that date, not rated complete.
 *   Each plan keeps its own time (src/lib/graph/as-of.ts), and an earlier version its own date.
 * - "slipped" is a timescale moved later between two consecutive versions (src/lib/derivations/changes.ts).
 * - a due date is shown at the precision the timescale's words give ("End January 2020" is January 2020,
 *   never an invented 31 January).
 * - "Immediate" actions are counted from the version that introduced them (its published date, at its
 *   precision) to that judging date, in calendar months (or years, where a date gives only the year),
 *   and flagged once that reaches the threshold the site configuration sets.
 * - nothing says an action is complete, or still open, beyond what the ratings say: a rating means
 *   complete only where the plan's scale marks it so.
 */
import { listWords, nounFor } from '../base/text.ts';
import { siteConfig } from '../../site.config.ts';
import { slipsOf } from '../derivations/changes.ts';
import { immediateTime, stillImmediate, type Elapsed } from '../derivations/immediate.ts';
import { completeRatingOf, ratedComplete } from '../derivations/ratings.ts';
import { formatDate } from '../base/dates.ts';
import { asOfLabel, type AsOf } from '../graph/as-of.ts';
import type { ActionNode, PlanNode, PlanVersionNode, RecommendationNode } from '../graph/graph.ts';
import { dueAtPrecision, needsDueHint, plural, recommendationRef } from '../derivations/labels.ts';
import { compareRefs, isOverdue } from '../derivations/overdue.ts';
import { answersTo } from '../derivations/coverage.ts';
import { objectiveAnchor, urlOf } from '../publishing/urls.ts';
import {
  asOfFor,
  joinInline,
  link,
  notInSourceNote,
  quotedTimescale,
  ratingOf,
  type Inline,
  type Line,
  type Row,
} from './common.ts';

/** Settings of the status lines; the site configuration gives the defaults. */
export interface StatusOptions {
  /** Calendar months an "Immediate" action may be timed so before its status line flags it. */
  immediateFlagMonths: number;
}

/** The settings from the site configuration (src/site.config.ts). */
export const defaultStatusOptions: StatusOptions = { immediateFlagMonths: siteConfig.immediateFlagMonths };

/** A status line: a heading, its rows and the note saying which date it is judged as of, and why. */
export interface StatusView {
  heading: string;
  rows: Row[];
  note: string;
}

/** A time between two dates in words: "6 calendar months", "within the same calendar year". */
export function elapsedWords(time: Elapsed): string {
  return time.amount === 0 ? `within the same calendar ${time.unit}` : plural(time.amount, `calendar ${time.unit}`);
}

/**
 * "due January 2020" where the timescale's words say more than their date ("End January 2020 for …"),
 * at the precision of the words; undefined where the words are the date.
 */
export function dueHint(action: ActionNode): string | undefined {
  const due = dueAtPrecision(action);
  return due && needsDueHint(action) ? `due ${due.text}` : undefined;
}

/** The date an "Immediate" action's time is counted to (its version's judging date, `to`), in words. */
function countedTo(action: ActionNode, to: AsOf): string {
  return action.version.plan.latest === action.version
    ? `${asOfLabel(to)}, the date this plan is judged as of`
    : `${formatDate(to.date)}, the date of ${action.version.data.label}, the last version published here that includes it`;
}

/** What the sources say about whether an action is complete, in words that claim no more. */
export function completeness(action: ActionNode): string {
  const { version } = action;
  const scale = version.data.ratingScale;
  if (!scale) return 'This plan has no rating column, so the sources published here do not say whether it is complete.';
  if (action.rating && ratedComplete(action))
    return `Rated ${action.rating.label}, which the plan's ${scale.name} scale defines as complete.`;
  const complete = completeRatingOf(version);
  if (complete)
    return `No version published here rates it ${complete.label}, the rating the plan's ${scale.name} scale uses for complete.`;
  return `The plan's ${scale.name} scale has no rating meaning complete, so no version published here records it as complete.`;
}

const flagText = (options: StatusOptions) => `“Immediate” for ${plural(options.immediateFlagMonths, 'month')} or more`;

/**
 * The date an action's page judges it as of, in words: its version's judging date (judgedAt). The
 * page shows an action's newest appearance, so an action of an earlier version is one the latest
 * version no longer includes, and the reason says so (the plan says nothing of it after that).
 */
export function actionAsOf(action: ActionNode): ReturnType<typeof asOfFor> {
  const { version } = action;
  const { plan } = version;
  const judged = asOfFor(version);
  if (plan.latest === version) return judged;
  return {
    ...judged,
    label: formatDate(judged.asOf.date),
    reason: `Judged as of ${formatDate(judged.asOf.date)}, the date of ${version.data.label}, the last version published here that includes it; ${plan.latest.data.label} (${formatDate(plan.latest.data.published)}) does not.`,
  };
}

/** Everything an action's status line says: rating, due, late, slipped and, for "Immediate", how long. */
export function actionStatus(action: ActionNode, options: StatusOptions = defaultStatusOptions): StatusView {
  const { version } = action;
  const { plan } = version;
  const asOf = actionAsOf(action);
  const rows: Row[] = [{ key: 'Rating', value: [ratingOf(action)] }];

  const due = dueAtPrecision(action);
  rows.push({
    key: 'Due',
    value:
      action.due.kind === 'immediate'
        ? ['“Immediate” (the plan gives no date)']
        : due
          ? [due, { text: ` (the plan: “${action.data.timescale}”)`, hint: true }]
          : action.data.timescale === undefined
            ? ['No date: ', notInSourceNote(action.data.notInSource.timescale)]
            : [`No date: the plan says “${action.data.timescale}”`],
  });

  const late = isOverdue(action);
  rows.push({
    key: 'Late',
    value: late
      ? [
          { text: 'Late', tag: 'overdue' },
          ` Its timescale passed before ${asOf.label}, and ${version.data.ratingScale ? 'it is not rated complete' : 'the plan has no rating column to record completion'}.`,
        ]
      : action.rating && ratedComplete(action) && action.due.kind === 'date'
        ? [`No: rated ${action.rating.label} (complete).`]
        : action.due.kind === 'date'
          ? [`No: due ${due!.text}, not before ${asOf.label}.`]
          : [
              `Not judged: ${action.due.kind === 'immediate' ? '“Immediate”' : 'its timescale'} gives no date to be late against.`,
            ],
  });

  const slips = slipsOf(action);
  rows.push({
    key: 'Slipped',
    value:
      slips.length > 0
        ? [
            { text: 'Slipped', tag: 'overdue' },
            ' ',
            ...joinInline(
              slips.map((s, i) => ({
                text: `${i === 0 ? 'In' : 'in'} ${s.after.version.data.label} its timescale moved from ${quotedTimescale(s.before)} to ${quotedTimescale(s.after)}${s.months ? ` (${plural(s.months, 'month')} later)` : ''}`,
              })),
              '; ',
            ),
            '.',
          ]
        : plan.versions.indexOf(version) === 0
          ? [`No earlier version is published here to compare its timescale with.`]
          : ['No: its timescale has not moved later between the versions published here.'],
  });

  const immediate = immediateTime(action, options.immediateFlagMonths);
  if (immediate) {
    const since = `${immediate.since.data.label} (${formatDate(immediate.since.data.published)})`;
    const to = countedTo(action, immediate.to);
    rows.push({
      key: 'Timed “Immediate”',
      value: [
        ...(immediate.flagged ? [{ text: flagText(options), tag: 'overdue' } as Inline, ' '] : []),
        !immediate.elapsed
          ? `Since ${since}. `
          : immediate.elapsed.amount === 0
            ? `Since ${since}, the same calendar ${immediate.elapsed.unit} as ${to}. `
            : `Since ${since}: ${elapsedWords(immediate.elapsed)} to ${to}. `,
        completeness(action),
      ],
    });
  } else if (action.due.kind === 'immediate' || !version.data.ratingScale || ratedComplete(action)) {
    rows.push({ key: 'Complete', value: [completeness(action)] });
  }

  return { heading: `Status as of ${asOf.label}`, rows, note: asOf.reason };
}

/** How many actions of a list have each rating, in the scale's order: "2 Green, 1 Amber". */
export function ratedWords(actions: readonly ActionNode[], version: PlanVersionNode): Line {
  const scale = version.data.ratingScale;
  if (!scale) return ['Not rated: the plan has no rating column.'];
  const rated = actions.filter((a) => a.rating);
  if (rated.length === 0) return [`None of the ${actions.length} yet.`];
  const counts = scale.ratings
    .map((r) => ({ r, n: rated.filter((a) => a.rating!.id === r.id).length }))
    .filter((c) => c.n > 0)
    .map((c) => `${c.n} ${c.r.label}${c.r.complete ? ' (complete)' : ''}`);
  return [`${rated.length} of ${actions.length}: ${listWords(counts)}.`];
}

const refs = (actions: readonly ActionNode[]) =>
  joinInline([...actions].sort((a, b) => compareRefs(a.ref, b.ref)).map((a) => link(a.ref, a)));

/**
 * A recommendation's status line for one plan: the actions of the objectives citing it in the plan's
 * latest version, counted as the plan maps them (through objectives), as of that plan's own date.
 */
export function recommendationPlanStatus(
  recommendation: RecommendationNode,
  plan: PlanNode,
  options: StatusOptions = defaultStatusOptions,
): StatusView {
  const version = plan.latest;
  const asOf = asOfFor(version);
  const answer = answersTo(recommendation).find((a) => a.version === version);
  const heading = `Status as of ${asOf.label}`;
  const ref = recommendationRef(recommendation);
  if (!answer || answer.actions.length === 0) {
    return {
      heading,
      rows: [
        {
          key: 'Actions',
          value: [
            'None: ',
            answer ? `the objectives citing ${ref} in ` : `no objective in `,
            link(version.data.label, version),
            answer ? ` of the ${plan.data.title} have no actions.` : ` of the ${plan.data.title} cites ${ref}.`,
          ],
        },
      ],
      note: asOf.reason,
    };
  }
  const { actions, objectives } = answer;
  const rows: Row[] = [];
  rows.push({
    key: 'Actions',
    value: [
      `${actions.length}, through ${nounFor(objectives.length, 'objective')} `,
      ...joinInline(objectives.map((o) => ({ text: o.ref, href: `${urlOf(version)}#${objectiveAnchor(o.ref)}` }))),
      ' of ',
      link(version.data.label, version),
      {
        text: ` (the plan cites ${ref} for ${objectives.length === 1 ? 'the objective' : 'each objective'} as a whole)`,
        hint: true,
      },
    ],
  });
  // The plan's own ratings: the council's self-assessment, never an inspector's (see side-by-side.ts).
  rows.push({ key: 'Rated by the council', value: ratedWords(actions, version) });

  const late = actions.filter((a) => isOverdue(a));
  rows.push({
    key: 'Late',
    value:
      late.length === 0
        ? [`None as of ${asOf.label}.`]
        : [
            { text: `${late.length} late`, tag: 'overdue' },
            ` as of ${asOf.label}: `,
            ...refs(late),
            version.data.ratingScale
              ? ' (timescale passed, not rated complete).'
              : ' (timescale passed; the plan has no rating column, so the sources do not say whether they are complete).',
          ],
  });

  const slipped = actions.filter((a) => slipsOf(a).length > 0);
  rows.push({
    key: 'Slipped',
    value:
      plan.versions.length === 1
        ? [`Not known: ${version.data.label} is the only version published here.`]
        : slipped.length === 0
          ? ['None between the versions published here.']
          : [
              { text: `${slipped.length} slipped`, tag: 'overdue' },
              ' (timescale moved later between versions): ',
              ...refs(slipped),
              '.',
            ],
  });

  const ahead = actions
    .filter((a) => a.due.kind === 'date' && !isOverdue(a) && !ratedComplete(a))
    .sort((a, b) => (a.due as { date: string }).date.localeCompare((b.due as { date: string }).date));
  const first = ahead[0];
  if (first) {
    const date = (first.due as { date: string }).date;
    const same = ahead.filter((a) => (a.due as { date: string }).date === date);
    const shown = dueAtPrecision(first)!;
    rows.push({ key: 'Next due', value: [shown, ` (${nounFor(same.length, 'action')} `, ...refs(same), ').'] });
  } else {
    rows.push({ key: 'Next due', value: [`No dated timescale on or after ${asOf.label}.`] });
  }

  const immediate = actions.filter(stillImmediate);
  if (immediate.length > 0) {
    const times = immediate.map((a) => ({ a, t: immediateTime(a, options.immediateFlagMonths)! }));
    const flagged = times.filter((x) => x.t.flagged).map((x) => x.a);
    const sinces = [...new Set(times.map((x) => x.t.since))];
    const sinceWords = listWords(sinces.map((v) => `${v.data.label} (${formatDate(v.data.published)})`));
    rows.push({
      key: 'Timed “Immediate”',
      value: [
        `${immediate.length} of ${actions.length}, since ${sinceWords}; `,
        ...(flagged.length > 0
          ? [
              { text: `${flagged.length} ${flagText(options)}`, tag: 'overdue' } as Inline,
              ` as of ${asOf.label}: `,
              ...refs(flagged),
              '.',
            ]
          : [`none for ${plural(options.immediateFlagMonths, 'month')} or more as of ${asOf.label}.`]),
      ],
    });
  }
  return { heading, rows, note: asOf.reason };
}

/** A recommendation's status lines: one per plan answering its inspection, each in its own time. */
export function recommendationStatus(
  recommendation: RecommendationNode,
  options: StatusOptions = defaultStatusOptions,
): StatusView[] {
  const { inspection } = recommendation;
  const plans = inspection.plans;
  if (plans.length === 0)
    return [
      {
        heading: 'Status',
        rows: [
          {
            key: 'Actions',
            value: [`Not known: no improvement plan answering the ${inspection.data.title} is published here.`],
          },
        ],
        note: 'Status lines count the actions of a published improvement plan; none is published here for this report.',
      },
    ];
  return plans.map((plan) => {
    const status = recommendationPlanStatus(recommendation, plan, options);
    return plans.length > 1 ? { ...status, heading: `${status.heading}: ${plan.data.title}` } : status;
  });
}

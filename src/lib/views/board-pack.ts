// Everything a plan version's board pack says: what is late, what slipped, what changed, ratings
// by theme and where each recommendation stands. Pure; the page only renders it.
import type { Rating } from '../../schemas/plan-version.ts';
import { changesIn, slippedSinceLastVersion, type VersionChanges } from '../derivations/changes.ts';
import { answersTo } from '../derivations/coverage.ts';
import { formatDate } from '../base/dates.ts';
import { judgedAt } from '../derivations/as-at.ts';
import type { ActionNode, PlanVersionNode, RecommendationNode } from '../graph/graph.ts';
import { inspectorsHeading, inspectorsSay } from './side-by-side.ts';
import { dueLabel, plural, titleOf } from '../derivations/labels.ts';
import { leadText, outcomeOf, timescaleText } from './common.ts';
import { byDeadline, overdueActions } from '../derivations/overdue.ts';
import { ratingCounts } from '../derivations/ratings.ts';
import { objectiveAnchor, themeAnchor, urlOf } from '../publishing/urls.ts';
import { notYetRated } from '../base/vocabulary.ts';
import { stillImmediate } from '../derivations/immediate.ts';

/** A link: its words and its site path. */
export interface Link {
  label: string;
  url: string;
}

/** One action as the pack lists it. */
export interface ActionRow {
  ref: string;
  url: string;
  outcome: string;
  lead: string;
  timescale: string;
  due: string;
  rating: Rating | null;
}

/** An action whose timescale moved later since the previous version. */
export interface SlipRow {
  ref: string;
  url: string;
  before: string;
  after: string;
  /** "2 months later", or "later" where the timescales give no dates to measure. */
  by: string;
}

/** One kind of change since the previous version, and how many. */
export interface ChangeCount {
  label: string;
  count: number;
}

/** Actions of one theme by rating, in the scale's order with "Not yet rated" last. */
export interface ThemeRow {
  label: string;
  url: string;
  counts: number[];
  total: number;
  late: number;
}

/** Where one recommendation stands in this version. */
export interface RecommendationRow {
  label: string;
  url: string;
  text: string;
  repeated: boolean;
  objectives: Link[];
  actions: number;
  /** "2 Green, 1 Amber, 4 Not yet rated", or "" with no actions. */
  ratings: string;
  late: number;
  /** What the plan does about it in this version, in words. */
  status: string;
  /** What inspectors said most recently as at the pack's date: a tied finding quoted, or that none is published. */
  inspectors: { quote?: string; visit?: string; url?: string; when?: string; order?: string; none?: string };
}

/** The board pack of one plan version, as at a date. */
export interface BoardPackView {
  title: string;
  authority: string;
  version: Link;
  published: string;
  asAt: string;
  asAtText: string;
  source: string;
  latest?: Link;
  summary: string[];
  late: ActionRow[];
  lateEmpty: string;
  slipped: SlipRow[];
  slippedEmpty: string;
  changes?: { previous: Link; url: string; counts: ChangeCount[] };
  changesEmpty: string;
  ratingColumns: string[];
  themes: ThemeRow[];
  themeTotals: ThemeRow;
  /** The inspection the plan answers; absent where the sources name none (`noInspection` says so). */
  inspection?: Link;
  noInspection?: string;
  /** The heading of the inspectors' column, beside the council's own ratings. */
  inspectorsHeading: string;
  recommendations: RecommendationRow[];
}

const actionRow = (action: ActionNode): ActionRow => ({
  ref: action.ref,
  url: urlOf(action),
  outcome: outcomeOf(action),
  lead: leadText(action),
  timescale: timescaleText(action),
  due: dueLabel(action),
  rating: action.rating,
});

function changeCounts(changes: VersionChanges): ChangeCount[] {
  const ratings = (direction: string) => changes.ratings.filter((r) => r.direction === direction).length;
  const timescales = (direction: string) => changes.timescales.filter((t) => t.direction === direction).length;
  return [
    { label: 'New actions', count: changes.added.length },
    { label: 'Actions removed', count: changes.removed.length },
    { label: 'Actions renumbered', count: changes.renumbered.length },
    { label: 'Ratings better', count: ratings('better') },
    { label: 'Ratings worse', count: ratings('worse') },
    { label: 'Rated for the first time', count: ratings('first-rated') },
    { label: 'No longer rated', count: ratings('no-longer-rated') },
    { label: 'Timescales slipped', count: timescales('slipped') },
    { label: 'Timescales brought forward', count: timescales('earlier') },
    { label: 'Timescales otherwise changed', count: timescales('changed') },
    { label: 'Actions with new evidence of progress', count: changes.evidence.length },
    { label: 'Actions with changed wording', count: changes.wording.length },
  ];
}

/** Counts in a scale's order, "Not yet rated" last, in words: "2 Green, 4 Not yet rated". */
function ratingWords(actions: readonly ActionNode[], ratings: readonly Rating[]): string {
  return ratingCounts(actions, ratings)
    .filter((c) => c.count > 0)
    .map((c) => `${c.count} ${c.label}`)
    .join(', ');
}

/**
 * The board pack of a plan version, as at the date the version is judged at (judgedAt: the plan's
 * as-of date for its latest version, an earlier version's own date), for "late" and for what
 * inspectors had said by then.
 */
export function boardPackView(version: PlanVersionNode): BoardPackView {
  const { plan } = version;
  const scale = version.data.ratingScale?.ratings ?? [];
  const asAt = judgedAt(version).date;
  const asAtText = formatDate(asAt);
  const late = byDeadline(overdueActions(version.actions));
  const slipped = slippedSinceLastVersion(version);
  const changes = changesIn(version);
  const rated = version.actions.filter((a) => a.rating).length;
  const immediate = version.actions.filter(stillImmediate);
  const themeRow = (label: string, url: string, actions: readonly ActionNode[]): ThemeRow => ({
    label,
    url,
    counts: ratingCounts(actions, scale).map((c) => c.count),
    total: actions.length,
    late: overdueActions(actions).length,
  });
  const recommendations = (plan.inspection?.recommendations ?? []).map((recommendation): RecommendationRow => {
    const answer = answersTo(recommendation).find((a) => a.version === version);
    const actions = answer?.actions ?? [];
    const lateHere = overdueActions(actions).length;
    return {
      label: titleOf(recommendation),
      url: urlOf(recommendation),
      // Whole: a meeting reads what the report asks, not its first sentence (5 and 7 have more).
      text: recommendation.data.text,
      repeated: recommendation.data.repeated,
      objectives: (answer?.objectives ?? []).map((o) => ({
        label: `Objective ${o.ref}`,
        url: `${urlOf(version)}#${objectiveAnchor(o.ref)}`,
      })),
      actions: actions.length,
      ratings: ratingWords(actions, scale),
      late: lateHere,
      status:
        actions.length === 0
          ? `No action in ${version.data.label} answers it.`
          : `${plural(actions.length, 'action')} answer it${lateHere > 0 ? `; ${lateHere} late` : ''}.`,
      inspectors: inspectorsAt(recommendation, asAt),
    };
  });
  const ofWhich = changes ? ` since ${changes.previous.data.label}` : '';
  return {
    title: `Board pack: ${titleOf(version)}`,
    authority: plan.authority.data.name,
    version: { label: titleOf(version), url: urlOf(version) },
    published: formatDate(version.data.published),
    asAt,
    asAtText,
    source: version.data.sources.map((s) => s.title).join('; '),
    latest: plan.latest === version ? undefined : { label: titleOf(plan.latest), url: urlOf(plan.latest) },
    summary: [
      `${version.data.label} of the plan, dated ${formatDate(version.data.published)}, has ${plural(version.actions.length, 'action')} in ${plural(version.themes.length, 'theme')}; ${rated === 0 ? 'none is rated yet' : `${rated} ${rated === 1 ? 'is' : 'are'} rated`}.`,
      late.length === 0
        ? `As at ${asAtText}, no action is late: none is past the date its timescale gives without being rated complete.`
        : `As at ${asAtText}, ${plural(late.length, 'action')} ${late.length === 1 ? 'is' : 'are'} late: past the date ${late.length === 1 ? 'its' : 'their'} timescale gives, and not rated complete.`,
      ...(immediate.length > 0
        ? [
            `${plural(immediate.length, 'action')} ${immediate.length === 1 ? 'has' : 'have'} the timescale "Immediate", which gives no date, so ${immediate.length === 1 ? 'it is' : 'they are'} not counted as late.`,
          ]
        : []),
      changes
        ? `${slipped.length === 0 ? 'No timescale slipped' : `${plural(slipped.length, 'timescale')} slipped`}${ofWhich}.`
        : 'This is the first version of the plan published here, so there is no earlier version here to compare with.',
    ],
    late: late.map(actionRow),
    lateEmpty: `No action is late as at ${asAtText}.`,
    slipped: slipped.map((s) => ({
      ref: s.after.ref,
      url: urlOf(s.after),
      before: timescaleText(s.before),
      after: timescaleText(s.after),
      by:
        s.months !== undefined && s.months >= 1
          ? `${plural(s.months, 'month')} later`
          : s.days !== undefined
            ? `${plural(s.days, 'day')} later`
            : 'later',
    })),
    slippedEmpty: changes
      ? `No timescale slipped${ofWhich}.`
      : 'This is the first version of the plan published here: there is no earlier version here to compare with.',
    changes: changes && {
      previous: { label: changes.previous.data.label, url: urlOf(changes.previous) },
      url: `${urlOf(version)}changes/`,
      counts: changeCounts(changes),
    },
    changesEmpty:
      'This is the first version of the plan published here: there is no earlier version here to compare with.',
    ratingColumns: [...scale.map((r) => r.label), notYetRated],
    themes: version.themes.map((t) =>
      themeRow(
        `${t.ref}. ${t.title}`,
        `${urlOf(version)}#${themeAnchor(t.ref)}`,
        t.objectives.flatMap((o) => o.actions),
      ),
    ),
    themeTotals: themeRow('All themes', urlOf(version), version.actions),
    ...(plan.inspection
      ? { inspection: { label: plan.inspection.data.title, url: urlOf(plan.inspection) } }
      : {
          noInspection: `The inspection the plan answers is not in the sources published here${plan.data.notInSource.inspection ? ` (${plan.data.notInSource.inspection})` : ''}, so no recommendation is listed.`,
        }),
    inspectorsHeading,
    recommendations,
  };
}

/** The most recent finding tied to the recommendation among visits that may have taken place by `asAt`. */
function inspectorsAt(recommendation: RecommendationNode, asAt: string): RecommendationRow['inspectors'] {
  // The recommendation page's box decides what is said, the unknown order of visits included.
  const view = inspectorsSay(recommendation, asAt);
  if (!view.visit) return { none: view.none! };
  return {
    quote: view.quote!,
    visit: view.visit.title,
    url: view.visit.href,
    when: view.visit.when,
    ...(view.order ? { order: view.order } : {}),
  };
}

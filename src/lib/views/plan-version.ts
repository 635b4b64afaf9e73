/** The plan-version page (and the plan page, which shows the latest version). */
import type { Rating } from '../../schemas/plan-version.ts';
import { changesIn, slippedSinceLastVersion } from '../derivations/changes.ts';
import { directionsByTheme, ratingsByTheme, type ChartTable } from '../derivations/chart-data.ts';
import { formatDate } from '../base/dates.ts';
import { filterTokens, recommendationFilterValue, type FilterTokens } from '../search/filters.ts';
import type { Graph, PlanVersionNode } from '../graph/graph.ts';
import { plural, recommendationTerm, titleOf } from '../derivations/labels.ts';
import { evidenceKindLabel } from '../derivations/notice-view.ts';
import { feedsFor, type FeedLink } from '../publishing/feeds.ts';
import { noRatingColumn, ratingCounts } from '../derivations/ratings.ts';
import { objectiveAnchor, themeAnchor, urlOf } from '../publishing/urls.ts';
import {
  actionRow,
  asOfFor,
  citationOf,
  notInSourceNote,
  authorityCrumbs,
  link,
  planCrumbs,
  recommendationLabel,
  transcription,
  type ActionRow,
  type Crumb,
  type Inline,
  type Line,
  type Provenance,
} from './common.ts';
import { notYetRated } from '../base/vocabulary.ts';
import { statusReportsView, type StatusReportsView } from './status-reports.ts';

/** An action in the outline, with its filter values: lead role ids, the rating's filter value, the recommendations answered. */
export interface OutlineActionView extends ActionRow, FilterTokens {}

export interface PlanVersionView {
  title: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  lead: Line;
  /** The date "overdue" is judged as of, and why: this version's own judging date (see judgedAt). */
  asOfNote: string;
  /**
   * Corrections made to this version since it was published, oldest first: each shown as a
   * correction with its date and note, never as the plan's own words (src/lib/content/published.ts).
   */
  corrections: { label: string; when: string; date: string; note: string }[];
  nav: Line[];
  /** Links at the top of the page to the actions and their filters, for a phone reader many screens above them. */
  jump: { label: string; href: string }[];
  owner?: string;
  /** The feeds that follow this plan and its council. */
  feeds: FeedLink[];
  /** Said where ratings would be when the version has no rating column. */
  noRatingColumn?: string;
  ratingCountsCaption: string;
  ratingCounts: { rating: Rating | null; count: number }[];
  total: number;
  charts: { kind: 'stacked'; table: ChartTable; title: string; summary: string }[];
  contents: {
    label: string;
    href: string;
    hint?: string;
    children?: { label: string; href: string; hint: string }[];
  }[];
  stages: { heading: string; when: string; milestones: string[] }[];
  /** The summary the stages fold under, so the actions are fewer screens down. */
  stagesSummary: string;
  ratingIntroduction?: string;
  /** Each rating and its definition; a rating the plan does not define says "Not in the source". */
  ratings: { rating: Rating | null; definition: string | Line }[];
  filters: {
    themes: { value: string; label: string }[];
    leads: { value: string; label: string }[];
    ratings: { value: string; label: string }[];
    /** The recommendations some action answers, in the report's order: "Recommendation " (hidden) + "8". */
    recommendations: { value: string; hidden: string; label: string }[];
    /**
     * The recommendation filter's heading: an action answers a recommendation through its
     * objective's citation, so the heading says that ("Objective cites recommendation").
     */
    recommendationsLegend: string;
  };
  themes: {
    anchor: string;
    ref: string;
    heading: string;
    /** Every filter value of the theme's actions, so a filter hides a theme none of whose actions match. */
    filter: FilterTokens;
    objectives: {
      anchor: string;
      heading: string;
      /** Every filter value of the objective's actions. */
      filter: FilterTokens;
      aims: { text: string; citation: string; cites: Line[] }[];
      actionsLabel: string;
      actions: OutlineActionView[];
    }[];
  }[];
  actionCount: number;
  /** Summaries of the plan's ratings the council reported on a date (committee minutes), as the source gives them. */
  statusReports?: StatusReportsView;
  provenance: Provenance;
}

/** Everything a plan version's page says; `asLatest` for the plan's own address. */
export function planVersionView(_graph: Graph, version: PlanVersionNode, asLatest = false): PlanVersionView {
  const { plan } = version;
  const isLatest = plan.latest === version;
  const changes = changesIn(version);
  const slipped = slippedSinceLastVersion(version);
  const unrated = version.actions.filter((a) => !a.rating).length;
  const noDot = version.actions.filter((a) => !a.data.dot).length;
  const scale = version.data.ratingScale;
  const roles = plan.authority.roles;
  const leadIds = new Set(version.actions.flatMap((a) => a.data.leadRoles));
  const answered = new Set(version.actions.flatMap((a) => a.recommendations));
  // Reported summaries are the plan's, dated on their own: shown with its latest version.
  const reports = isLatest ? statusReportsView(plan) : undefined;
  const nav: Line[] = [
    [{ text: 'Actions by lead role', href: `${urlOf(plan)}leads/` }, ': who is answerable for what'],
    [{ text: 'Actions by deadline', href: `${urlOf(plan)}deadlines/` }, ', overdue first'],
    [
      { text: `Board pack for ${version.data.label}`, href: `${urlOf(version)}board-pack/` },
      ': one printable page for a meeting',
    ],
    plan.inspection
      ? [
          `Answers the ${recommendationTerm(plan.inspection).plural} of the `,
          link(plan.inspection.data.title, plan.inspection),
          ', objective by objective',
        ]
      : ['The inspection it answers: ', notInSourceNote(plan.data.notInSource.inspection)],
    ...plan.data.restsOn.map((r): Line => [
      'Also answers: ',
      r.source?.file && /^https?:/.test(r.source.file) ? { text: r.title, href: r.source.file } : r.title,
      ' ',
      {
        text: `(${evidenceKindLabel(r.kind)}${r.date ? `, ${formatDate(r.date)}` : ''}, not published on this site)`,
        hint: true,
      },
    ]),
  ];
  if (changes) {
    nav.push([
      { text: `What changed since ${changes.previous.data.label}`, href: `${urlOf(version)}changes/` },
      ...(slipped.length > 0
        ? [': ', { text: `${plural(slipped.length, 'timescale')} slipped`, tag: 'overdue' } as Inline]
        : []),
    ]);
  }
  if (plan.versions.length > 1) {
    nav.push([
      'Versions: ',
      ...plan.versions.flatMap((v, i): Inline[] => [
        ...(i > 0 ? [', '] : []),
        v === version ? { text: v.data.label, strong: true } : link(v.data.label, v),
      ]),
    ]);
  }
  return {
    title: asLatest ? `${plan.data.title} (latest version published here)` : titleOf(version),
    breadcrumbs: asLatest ? authorityCrumbs(plan.authority) : planCrumbs(plan),
    caption: plan.authority.data.name,
    heading: plan.data.title,
    lead: [
      `${version.data.label}, dated ${formatDate(version.data.published)}. `,
      ...(isLatest
        ? ['This is the latest version published here.']
        : ['A newer version exists: ', link(plan.latest.data.label, plan.latest), '.']),
    ],
    asOfNote: `${asOfFor(version).reason} “Overdue” below means due before then and not rated complete.`,
    corrections: version.corrections.map((c) => ({
      label: 'Correction',
      when: formatDate(c.date),
      date: c.date,
      note: c.note,
    })),
    nav,
    ...(scale ? {} : { noRatingColumn }),
    ...(plan.data.owner ? { owner: plan.data.owner } : {}),
    feeds: feedsFor(version, plan.authority),
    ratingCountsCaption: `Actions in ${version.data.label}, by rating`,
    ratingCounts: scale
      ? ratingCounts(version.actions, scale.ratings).map((c) => ({ rating: c.rating, count: c.count }))
      : [],
    total: version.actions.length,
    charts: [
      ...(scale
        ? [
            {
              kind: 'stacked' as const,
              table: ratingsByTheme(version),
              title: `Actions by theme and rating, ${version.data.label}`,
              summary: `Stacked bars of the actions in each theme by rating. ${unrated} of ${version.actions.length} actions are not yet rated.`,
            },
          ]
        : []),
      {
        kind: 'stacked',
        table: directionsByTheme(version),
        title: `Actions by theme and direction of travel, ${version.data.label}`,
        summary: `Stacked bars of the actions in each theme by direction of travel since the previous version. ${noDot} of ${version.actions.length} actions have no direction stated.`,
      },
    ],
    jump: [
      { label: `Go to the ${plural(version.actions.length, 'action')}`, href: '#actions' },
      { label: 'Filter them', href: '#plan-filters' },
      { label: 'Contents of this page', href: '#contents' },
    ],
    contents: [
      { label: 'Progress at a glance', href: '#glance' },
      { label: 'The plan in its own words', href: '#plan-text' },
      ...(version.data.stages.length > 0 ? [{ label: 'Stages of the improvement journey', href: '#stages' }] : []),
      { label: 'How progress is rated', href: '#ratings' },
      ...version.themes.map((theme) => ({
        label: `Theme ${theme.ref}: ${theme.title}`,
        href: `#${themeAnchor(theme.ref)}`,
        children: theme.objectives.map((o) => ({
          label: `Objective ${o.ref}`,
          href: `#${objectiveAnchor(o.ref)}`,
          hint: `(${plural(o.actions.length, 'action')})`,
        })),
      })),
    ],
    stagesSummary: `Show the ${plural(version.data.stages.length, 'stage')} and their milestones`,
    stages: version.data.stages.map((stage) => ({
      heading: `Stage ${stage.number}: ${stage.title}`,
      when: stage.when,
      milestones: stage.milestones,
    })),
    ...(scale?.introduction ? { ratingIntroduction: scale.introduction } : {}),
    ratings: scale
      ? [
          ...scale.ratings.map((r) => ({
            rating: r as Rating | null,
            definition:
              r.definition ??
              ([
                { text: 'Not in the source', strong: true },
                { text: ': the plan published here does not define this rating', hint: true },
              ] as Line),
          })),
          { rating: null, definition: 'The plan gives the action no rating in this version.' },
        ]
      : [],
    filters: {
      themes: version.themes.map((t) => ({ value: t.ref, label: `${t.ref}. ${t.title}` })),
      leads: [...roles.values()]
        .filter((r) => leadIds.has(r.id))
        .map((r) => ({ value: r.id, label: r.abbreviation ? `${r.name} (${r.abbreviation})` : r.name })),
      ratings: scale
        ? [...scale.ratings.map((r) => ({ value: r.id, label: r.label })), { value: 'not-rated', label: notYetRated }]
        : [],
      recommendations: (plan.inspection?.recommendations ?? [])
        .filter((r) => answered.has(r))
        .map((r) => ({
          value: recommendationFilterValue(r),
          hidden: recommendationLabel(r).slice(0, -r.id.length),
          label: r.id,
        })),
      recommendationsLegend: `Objective cites ${plan.inspection ? recommendationTerm(plan.inspection).singular : 'recommendation'}`,
    },
    themes: version.themes.map((theme) => ({
      anchor: themeAnchor(theme.ref),
      ref: theme.ref,
      heading: `Theme ${theme.ref}: ${theme.title}`,
      filter: filterTokens(theme.objectives.flatMap((o) => o.actions)),
      objectives: theme.objectives.map((objective) => ({
        anchor: objectiveAnchor(objective.ref),
        heading: `Objective ${objective.ref}`,
        filter: filterTokens(objective.actions),
        aims: objective.aims.map((aim) => ({
          text: aim.data.text,
          citation: citationOf(aim.data).text,
          cites: [
            ...aim.recommendations.map((r): Line => [
              link(recommendationLabel(r), r),
              ...(r.data.repeated ? [' ', { text: 'Repeated', tag: 'repeated' } as Inline] : []),
            ]),
            ...aim.monitoringVisits.map((v): Line => [link(v.data.title, v)]),
          ],
        })),
        actionsLabel: `Actions of objective ${objective.ref}`,
        actions: objective.actions.map((a) => ({ ...actionRow(a), ...filterTokens([a]) })),
      })),
    })),
    actionCount: version.actions.length,
    ...(reports ? { statusReports: reports } : {}),
    provenance: transcription(version.data.sources, version.data.notes),
  };
}

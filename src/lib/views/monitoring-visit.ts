/** The monitoring-visit page: its dates as the sources give them, findings, and what cites it. */
import { formatDate } from '../base/dates.ts';
import { dateInferences, notInSourceDate } from './common.ts';
import type { Graph, MonitoringVisitNode } from '../graph/graph.ts';
import { titleOf } from '../derivations/labels.ts';
import { objectiveAnchor, urlOf } from '../publishing/urls.ts';
import {
  actionRow,
  authorityCrumbs,
  joinInline,
  link,
  recommendationLabel,
  transcription,
  when,
  type ActionRow,
  type Crumb,
  type Inline,
  type Line,
  type Provenance,
  type Row,
} from './common.ts';
import { siteWordHref, siteWords } from './site-words.ts';

export interface MonitoringVisitView {
  title: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  rows: Row[];
  inferencesHeading: string;
  /** Each inference, tagged as one. */
  inferences: Line[];
  findingsHeading: string;
  findings: string[];
  /** Per finding (same order), what its letter ties it to, linked; absent for a finding it ties to nothing. */
  concerns: (Line | undefined)[];
  noFindings: string;
  citedIn: { id: string; heading: string; objectives?: Line; caption: string; rows: ActionRow[] }[];
  provenance: Provenance;
}

/** The dates of a visit, each at the precision and in the words its source gives. */
export function visitDateRows(visit: MonitoringVisitNode): Row[] {
  const { data } = visit;
  const rows: Row[] = [
    {
      key: 'Visit',
      value: [
        data.visited ? when(data.visited, data.dateNotes.visited) : notInSourceDate(data.dateNotes.visited),
        ...(data.visitedReadFrom
          ? [{ text: ` (${readFromWords(visit, data.visitedReadFrom)})`, hint: true } as Inline]
          : []),
      ],
    },
  ];
  if (data.letter) rows.push({ key: "Inspector's letter", value: [when(data.letter, data.dateNotes.letter)] });
  for (const stated of data.sourceDates) {
    rows.push({
      key: 'A date the plan gives for it',
      value: [
        when(stated.date),
        { text: ` (the plan: “${stated.words}”; it does not say what the date is of)`, hint: true },
      ],
    });
  }
  if (!data.letter && data.sourceDates.length === 0) {
    // Say only what is missing: a visit dated to the day (or days) lacks only its letter's date.
    const day = data.visited !== undefined && /^\d{4}-\d{2}-\d{2}(\/|$)/.test(data.visited);
    rows.push({
      key: 'Other dates',
      value: [
        day
          ? "Not in the sources: they give no date for the visit's letter."
          : 'Not in the sources: they give no day for the visit and no date for its letter.',
      ],
    });
  }
  return rows;
}

/**
 * Where the visit's date was read from: "the plan's citation" only where a plan published here
 * cites the visit in those words; otherwise the words and the source they are in, which may be a
 * council's minutes or a third party's report, never "the plan" of a council that has none.
 */
function readFromWords(visit: MonitoringVisitNode, words: string): string {
  const citedByPlan =
    (visit.citedByActions.length > 0 || visit.citedByAims.length > 0) && visit.data.citedAs.includes(words);
  if (citedByPlan) return `read from the plan's citation “${words}”`;
  const source = visit.data.sources[0]?.title;
  return source ? `read from “${words}” in ${source}` : `read from “${words}”`;
}

/** Everything the monitoring-visit page says. */
export function monitoringVisitView(_graph: Graph, visit: MonitoringVisitNode): MonitoringVisitView {
  const { inspection, authority, data } = visit;
  const versions = [
    ...new Set([...visit.citedByActions.map((a) => a.version), ...visit.citedByAims.map((a) => a.objective.version)]),
  ].reverse();
  return {
    title: `${data.title}, ${authority.data.shortName}`,
    breadcrumbs: [...authorityCrumbs(authority), { label: inspection.data.title, href: urlOf(inspection) }],
    caption: authority.data.name,
    heading: data.title,
    rows: [
      { key: 'Follows', value: [link(inspection.data.title, inspection)] },
      ...visitDateRows(visit),
      {
        key: siteWords.citedAs.term,
        keyHref: siteWordHref(siteWords.citedAs),
        value: [data.citedAs.map((c) => `“${c}”`).join(', ') || 'Not cited'],
      },
    ],
    inferencesHeading: 'What this site infers',
    inferences: [
      ...dateInferences(
        data.dateNotes,
        { visited: data.visited, letter: data.letter },
        { visited: "visit's date", letter: "letter's date" },
      ),
      ...data.inferences,
    ].map((i): Line => [{ text: 'Inference', tag: 'inference' }, ' ', i]),
    findingsHeading: 'Findings',
    findings: data.findings,
    concerns: data.findings.map((finding) => {
      const tie = visit.ties.find((t) => t.finding === finding);
      if (!tie) return undefined;
      const named = [
        ...tie.recommendations.map((r) => link(recommendationLabel(r), r)),
        ...tie.areas.map((a) => `“${a}”`),
      ];
      return ['The letter says this concerns ', ...joinInline(named), `: “${tie.words}”`];
    }),
    noFindings: "The sources published here do not report this visit's findings.",
    citedIn: versions.map((version) => {
      const objectives = [
        ...new Set(visit.citedByAims.filter((a) => a.objective.version === version).map((a) => a.objective)),
      ];
      const actions = visit.citedByActions.filter((a) => a.version === version);
      return {
        id: `cited-${version.slug}`,
        heading: `Cited in ${titleOf(version)}`,
        ...(objectives.length > 0
          ? {
              objectives: [
                'Objectives that answer it: ',
                ...objectives.flatMap((o, i): Inline[] => [
                  ...(i > 0 ? [', '] : []),
                  { text: o.ref, href: `${urlOf(version)}#${objectiveAnchor(o.ref)}` },
                ]),
              ],
            }
          : {}),
        caption: `Actions that cite this visit, ${version.data.label} (${formatDate(version.data.published)})`,
        rows: actions.map((a) => actionRow(a)),
      };
    }),
    provenance: transcription(data.sources, data.notes),
  };
}

/**
 * "Where it stands": the summary list of a council's position, on the register's card and at the
 * top of its overview. Every word, count and link is decided here; PositionSummary.astro renders it.
 *
 * Only the intervention's recorded life says what is current (issue 12, finding 2): a notice whose
 * newest recorded fact is older than the council's as-of date and ends nothing is shown as history,
 * with "no source published here says whether it was still in force". Dates are at the precision
 * their source gives (finding 6): nothing here formats a date a source did not give to the day.
 */
import { asOfLabel, asOfReason } from '../graph/as-of.ts';
import { judgedAt } from '../derivations/as-at.ts';
import { dateLabel, formatDate } from '../base/dates.ts';
import { factLabel, standingDetail } from '../derivations/intervention.ts';
import { judgementLabel, plural, publishedLabel, titleOf } from '../derivations/labels.ts';
import { positionOf, type Position } from '../derivations/position.ts';
import { noRatingColumn, ratingCounts } from '../derivations/ratings.ts';
import type { AuthorityNode } from '../graph/graph.ts';
import { urlOf } from '../publishing/urls.ts';
import { latestVisit } from '../derivations/visits.ts';
import { visitWhen } from './side-by-side.ts';
import { excerpt, joinInline, link, type Inline, type Line, type Row } from './common.ts';
import { latestStatusReportLine } from './status-reports.ts';

/** What "Where it stands" says, row by row. */
export interface PositionView {
  rows: Row[];
}

const none: Line = ['None published here'];

/** "Where it stands" for a council, from its position (positionOf). */
export function positionView(authority: AuthorityNode, position: Position = positionOf(authority)): PositionView {
  const { latestJudgement, intervention, plans, overdue, slipped, latestStatement } = position;
  const rows: Row[] = [];

  if (latestJudgement) {
    const { inspection, judgement } = latestJudgement;
    rows.push({
      key: 'Latest judgement',
      value: [
        { text: judgementLabel(judgement.judgement), strong: true },
        ` (${judgement.area.toLowerCase()}), `,
        link(inspection.data.title, inspection),
        ...(inspection.data.published
          ? [`, ${publishedLabel(inspection.data).toLowerCase()} ${formatDate(inspection.data.published)}`]
          : []),
      ],
    });
  } else rows.push({ key: 'Latest judgement', value: none });

  const notices = [...intervention.standing, ...intervention.history];
  const standing: Line[] = intervention.standing.map((s) => [
    link(titleOf(s.notice), s.notice),
    `: ${factLabel(s.latest)}.`,
  ]);
  const history: Line[] = intervention.history.map((s) => [
    { text: 'History:', strong: true },
    ' ',
    link(titleOf(s.notice), s.notice),
    `: ${standingDetail(s, intervention.asOf)}`,
  ]);
  rows.push({
    key: notices.some((s) => s.notice.data.kind === 'direction') ? 'Notices and directions' : 'Improvement notice',
    value: notices.length === 0 ? none : [],
    ...(notices.length > 0 ? { paragraphs: [...standing, ...history] } : {}),
  });

  rows.push({
    key: 'Improvement plan',
    value: plans.length === 0 ? none : [],
    ...(plans.length > 0
      ? {
          paragraphs: plans.map((v): Line => [
            link(v.plan.data.title, v.plan),
            `, ${v.data.label} (${formatDate(v.data.published)}), ${plural(v.actions.length, 'action')}`,
          ]),
        }
      : {}),
  });

  for (const v of plans) {
    if (!v.data.ratingScale) {
      rows.push({ key: 'Actions by rating', value: [noRatingColumn] });
      continue;
    }
    const counts = ratingCounts(v.actions, v.data.ratingScale.ratings).filter((c) => c.count > 0);
    rows.push({
      key: 'Actions by rating',
      value: counts.flatMap((c, i): Inline[] => [...(i > 0 ? [', '] : []), `${c.count} `, { rating: c.rating }]),
    });
  }

  // A summary of ratings the council reported (committee minutes), as the plan page gives it.
  const reportedLines = authority.plans.map(latestStatusReportLine).filter((l): l is Line => l !== undefined);
  if (reportedLines.length > 0)
    rows.push({ key: 'Ratings the council reported', value: [], paragraphs: reportedLines });

  if (plans.length > 0) {
    rows.push({
      key: 'Overdue actions',
      value: [],
      paragraphs: plans.map((v): Line => {
        const late = overdue.filter((a) => a.version === v);
        return [
          late.length > 0
            ? { text: `${plural(late.length, 'action')} overdue`, href: `${urlOf(v.plan)}deadlines/`, tag: 'overdue' }
            : 'None overdue',
          ` as of ${asOfLabel(judgedAt(v))}${plans.length > 1 ? ` in ${v.plan.data.title}` : ''}.`,
          ' ',
          { text: asOfReason(judgedAt(v)), hint: true },
        ];
      }),
    });
    rows.push({
      key: 'Slipped since the last version',
      value:
        slipped.length > 0
          ? [
              {
                text: `${plural(slipped.length, 'timescale')} slipped`,
                href: `${urlOf(plans[0]!)}changes/#timescales-slipped`,
                tag: 'overdue',
              },
            ]
          : plans.some((v) => v.previous)
            ? ['No timescale slipped']
            : [`Nothing to compare: ${plans[0]!.data.label} is the first version published here`],
    });
  }

  const visit = latestVisit(authority);
  rows.push({
    key: 'Latest monitoring visit',
    value:
      visit.kind === 'none'
        ? none
        : visit.kind === 'unknown'
          ? [
              'Not known: the dates of ',
              ...joinInline(visit.candidates.map((v) => link(v.data.title, v))),
              ' as the sources give them do not say which came last',
            ]
          : [link(visit.visit.data.title, visit.visit), ` (${visitWhen(visit.visit)})`],
    ...(visit.kind === 'latest'
      ? {
          paragraphs:
            visit.visit.data.findings.length === 0
              ? [['Its findings are not reported in the sources published here.']]
              : visit.visit.data.findings.slice(0, 2).map((f): Line => [`Inspectors found: “${excerpt(f)}”`]),
        }
      : {}),
  });

  rows.push({
    key: 'Latest statement',
    value: latestStatement
      ? [
          link(latestStatement.data.title, latestStatement),
          `, ${dateLabel(latestStatement.data.date, latestStatement.data.dateNotes.date)}`,
        ]
      : none,
  });
  return { rows };
}

/**
 * The inspection page: the report's facts at the precision the sources give them, its
 * recommendations with how the latest plan answers them (through objectives, as the plan maps them),
 * its paragraphs, monitoring visits and what followed.
 */
import { answerCountWords, latestAnswer, unaddressedRecommendations } from '../derivations/coverage.ts';
import { formatDate } from '../base/dates.ts';
import {
  judgementLabel,
  plural,
  publishedLabel,
  recommendationLabel,
  recommendationListing,
  recommendationRef,
  recommendationTerm,
  titleOf,
} from '../derivations/labels.ts';
import { paragraphGroups } from '../derivations/paragraph-listing.ts';
import { ratingCounts } from '../derivations/ratings.ts';
import type { InspectionNode } from '../graph/graph.ts';
import { urlOf } from '../publishing/urls.ts';
import { authorityCrumbs, link, transcription, type Crumb, type Line, type Provenance, type Row } from './common.ts';

export interface InspectionView {
  title: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  rows: Row[];
  summary: string[];
  judgements: { caption: string; rows: { area: string; judgement: string; statedIn: string }[] } | { missing: Line };
  recommendations: {
    heading: string;
    /** "5 areas for improvement in the report; 4 are in the sources", where the counts differ. */
    listing?: string;
    /** Said where no plan answering the report is published here. */
    noPlan?: string;
    /** Recommendations no action in the latest plan answers. */
    unaddressed?: { title: string; text: string };
    items: {
      heading: Line;
      href: string;
      text: string;
      /** How the latest plan version answers it, with its actions' ratings. */
      answer?: Line;
      /** "No action answers this recommendation". */
      unaddressed?: string;
    }[];
    /** Where the report's recommendations are not among the sources. */
    none?: Line;
  };
  paragraphGroups: { heading: string; links: Line[] }[];
  monitoringVisits: Line[];
  followed: Line[];
  provenance: Provenance;
}

const hint = (text: string) => ({ text, hint: true as const });
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Everything the inspection page says. */
export function inspectionView(_graph: unknown, inspection: InspectionNode): InspectionView {
  const { data, authority } = inspection;
  const term = recommendationTerm(inspection);
  const unaddressed = new Set(unaddressedRecommendations(inspection));
  const notGiven = 'Not given in the sources';
  const rows: Row[] = [
    { key: 'Inspectorate', value: [data.inspectorate] },
    {
      key: 'Fieldwork',
      value: [
        data.fieldworkStart
          ? data.fieldworkEnd
            ? `${formatDate(data.fieldworkStart)} to ${formatDate(data.fieldworkEnd)}`
            : formatDate(data.fieldworkStart)
          : notGiven,
      ],
    },
    {
      key: publishedLabel(data),
      value: [
        data.published ? formatDate(data.published) : notGiven,
        ...(data.notInSource.dates ? [hint(` (${data.notInSource.dates})`)] : []),
      ],
    },
    ...(data.inspectors ? [{ key: 'Inspection team', value: [data.inspectors] }] : []),
  ];
  const later = inspection.repeatedIn[0];
  if (later)
    rows.push({
      key: 'Recommendations repeated later',
      value: [
        `${plural(inspection.repeatedIn.length, 'recommendation')} of `,
        link(later.inspection.data.title, later.inspection),
        " repeat this report's",
      ],
    });
  const items = inspection.recommendations.map((r) => {
    const answer = latestAnswer(r);
    const heading: Line = [{ text: recommendationLabel(r), href: urlOf(r) }];
    if (r.data.repeated) heading.push(' ', { text: 'Repeated', tag: 'repeated' });
    const item: InspectionView['recommendations']['items'][number] = { heading, href: urlOf(r), text: r.data.text };
    if (unaddressed.has(r)) item.unaddressed = `No action answers this ${term.singular}`;
    else if (answer && answer.actions.length > 0)
      item.answer = [
        `${answerCountWords(answer)} in `,
        link(answer.version.data.label, answer.version),
        ...(answer.version.data.ratingScale
          ? [
              ' of the plan:',
              ...ratingCounts(answer.actions, answer.version.data.ratingScale.ratings)
                .filter((c) => c.count > 0)
                .flatMap((c): Line => [` ${c.count} `, { rating: c.rating }]),
            ]
          : [' of the plan, which has no rating column.']),
      ];
    return item;
  });
  return {
    title: `${data.title}, ${authority.data.shortName}`,
    breadcrumbs: authorityCrumbs(authority),
    caption: authority.data.name,
    heading: data.title,
    rows,
    summary: data.summary,
    judgements:
      data.judgements.length > 0
        ? {
            caption: `Judgements of the ${data.title}`,
            rows: data.judgements.map((j) => ({
              area: j.area,
              judgement: judgementLabel(j.judgement),
              statedIn: j.statedIn ?? 'The sources listed below',
            })),
          }
        : {
            missing: data.notInSource.judgements
              ? [{ text: 'Not in the source', strong: true }, hint(`: ${data.notInSource.judgements}`)]
              : ['The sources give no judgements for this inspection.'],
          },
    recommendations: {
      heading: capitalise(term.plural),
      ...(data.recommendationCount !== undefined && data.recommendationCount !== inspection.recommendations.length
        ? { listing: recommendationListing(inspection) }
        : {}),
      ...(inspection.plans.length === 0 && inspection.recommendations.length > 0
        ? {
            noPlan: `No improvement plan answering this report is published here, so this site cannot say which actions answer its ${term.plural}.`,
          }
        : {}),
      ...(unaddressed.size > 0
        ? {
            unaddressed: {
              title: `${plural(unaddressed.size, term.singular, term.plural)} with no action`,
              text: `No action in the latest improvement plan answers ${[...unaddressed].map((r) => recommendationRef(r)).join(', ')}.`,
            },
          }
        : {}),
      items,
      ...(inspection.recommendations.length === 0
        ? {
            none: [
              `The ${term.plural} of this report are not among the sources published here.`,
              ...(data.notInSource.recommendations ? [hint(` ${data.notInSource.recommendations}`)] : []),
            ],
          }
        : {}),
    },
    paragraphGroups: paragraphGroups(inspection.paragraphs).map((g) => ({
      heading: g.heading,
      links: g.paragraphs.map((p) => [link(`Paragraph ${p.number}`, p)]),
    })),
    monitoringVisits: inspection.monitoringVisits.map((v) => [
      link(v.data.title, v),
      ...(v.data.letter ? [hint(`, letter of ${formatDate(v.data.letter)}`)] : []),
    ]),
    followed: [
      ...inspection.notices.map((n): Line => [link(titleOf(n), n), ' rests on this inspection']),
      ...inspection.plans.map((p): Line => [link(p.data.title, p), ' answers its recommendations']),
    ],
    provenance: transcription(data.sources, data.notes),
  };
}

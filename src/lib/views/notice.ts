/**
 * The notice page: the notice as transcribed, "Not in the source" where it is silent, and
 * "Were the targets met?" judged from the notice's own council's documents as of its own time.
 */
import { formatDate } from '../base/dates.ts';
import { dateInferences, notInSourceDate } from './common.ts';
import { factLabel, noticeKindLabel } from '../derivations/intervention.ts';
import { titleOf } from '../derivations/labels.ts';
import { evidenceKindLabel, kindWord, measureGroups, noneGiven, noticeField } from '../derivations/notice-view.ts';
import { directionWords, valueLabel } from '../derivations/targets.ts';
import type { NoticeNode } from '../graph/graph.ts';
import { urlOf } from '../publishing/urls.ts';
import { asOfLabel, asOfReason } from '../graph/as-of.ts';
import {
  authorityCrumbs,
  link,
  transcription,
  when,
  type Crumb,
  type Line,
  type Provenance,
  type Row,
} from './common.ts';
import { indicatorChart, targetsTable, type ChartView, type TargetsTableView } from './targets.ts';
import { siteWordHref, siteWords } from './site-words.ts';

/** A field the notice may not give: its words, or "Not in the source" and the author's note. */
export type Given = { given: true; text: string } | { given: false; missing: Line };

export interface NoticeView {
  title: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  /** For a partial source: which part is published here, and what that means. */
  part?: string;
  rows: Row[];
  life: { label: string; replacedBy?: Line; text: string; source: Line }[];
  basis: { leadIn?: string; text: string } | { missing: Line };
  measures: {
    general: { leadIn?: string; items: { number: number; marker: string; text: string }[] };
    leadIn?: string;
    groups: { heading?: string; items: { text: string; targets: Line[] }[] }[];
    /** What to say where the notice lists no measures. */
    none?: string;
  };
  targets: {
    heading: string;
    /** How a target is judged, and as of when. */
    intro: string[];
    table?: TargetsTableView;
    none?: string;
  };
  charts: ChartView[];
  expectations: string[];
  reviews: { items: Line[]; none?: string; assessedBy?: string };
  consequence: { title: string; leadIn?: string; text?: string; missing?: Line };
  peerReviews: { intro: Line; conclusions: string[] }[];
  provenance: Provenance;
}

const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
const hint = (text: string) => ({ text, hint: true as const });
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Not in the source" and the author's note on why. */
function missing(note?: string): Line {
  return [{ text: 'Not in the source', strong: true }, ...(note ? [hint(`: ${note}`)] : [])];
}

function fieldLine(notice: NoticeNode, field: Parameters<typeof noticeField>[1]): Line {
  const f = noticeField(notice, field);
  return f.given ? [f.text] : missing(f.note);
}

/** A document a notice rests on: linked where it is published here or has a public address. */
function restsOnLine(r: NoticeNode['restsOn'][number]): Line {
  const title: Line[number] = r.inspection
    ? { text: r.data.title, href: urlOf(r.inspection) }
    : r.data.source?.file && /^https?:/.test(r.data.source.file)
      ? { text: r.data.title, href: r.data.source.file }
      : r.data.title;
  const notHere = !r.inspection && r.data.kind !== 'inspection' ? ', not published on this site' : '';
  return [
    title,
    hint(` (${evidenceKindLabel(r.data.kind)}${r.data.date ? `, ${formatDate(r.data.date)}` : ''}${notHere})`),
  ];
}

/** Everything the notice page says. */
export function noticeView(_graph: unknown, notice: NoticeNode): NoticeView {
  const { data, authority } = notice;
  const word = kindWord(notice);
  const rows: Row[] = [];
  if (data.kind !== 'improvement-notice' || data.statutory !== undefined || data.notInSource.statutory)
    rows.push({
      key: 'Kind',
      value: [
        noticeKindLabel(notice),
        ...(data.statutory === undefined
          ? [
              hint(
                ` (the source does not say whether it is statutory${data.notInSource.statutory ? `: ${data.notInSource.statutory}` : ''})`,
              ),
            ]
          : []),
      ],
    });
  rows.push(
    { key: 'Issued by', value: fieldLine(notice, 'issuedBy') },
    {
      key: 'Issued',
      value: [data.issued ? when(data.issued, data.dateNotes.issued) : notInSourceDate(data.dateNotes.issued)],
    },
    { key: 'To', value: fieldLine(notice, 'addressee') },
    { key: 'Poor performance in', value: fieldLine(notice, 'area') },
  );
  const only = notice.restsOn[0];
  const restsOn = { key: siteWords.restsOn.term, keyHref: siteWordHref(siteWords.restsOn) };
  rows.push(
    notice.restsOn.length === 0
      ? { ...restsOn, value: missing(data.notInSource.basis) }
      : notice.restsOn.length === 1 && only?.inspection && data.restsOn.length === 0
        ? { ...restsOn, value: [link(only.inspection.data.title, only.inspection)] }
        : { ...restsOn, value: [], list: notice.restsOn.map(restsOnLine) },
  );
  if (notice.follows) rows.push({ key: 'Follows', value: [link(titleOf(notice.follows), notice.follows)] });
  if (notice.followedBy.length > 0)
    rows.push({ key: 'Followed by', value: [], list: notice.followedBy.map((n) => [link(titleOf(n), n)]) });
  if (notice.replaces.length > 0)
    rows.push({ key: 'Replaces', value: [], list: notice.replaces.map((n) => [link(titleOf(n), n)]) });
  if (data.appoints.length > 0)
    rows.push({
      key: 'Appoints',
      value: [],
      list: data.appoints.map((a) => [
        a.role === 'commissioner' ? 'A commissioner' : 'A trust',
        ...(a.name ? [`: ${a.name}`] : []),
        ...(a.text ? [hint(` (“${a.text}”)`)] : []),
      ]),
    });

  const caption = `Were the targets of the ${titleOf(notice)} met?`;
  const table = notice.targets.length > 0 ? targetsTable(notice.targets, caption, false) : undefined;
  // The answer people come for, in the first screen: the counts, linked to the table.
  if (table) rows.push({ key: 'Were the targets met?', value: [{ text: table.counts, href: '#targets' }] });

  const basis = noticeField(notice, 'basis');
  const consequence = noticeField(notice, 'consequence');
  const indicators = [...new Set(notice.targets.flatMap((t) => (t.indicator ? [t.indicator] : [])))];
  const asOf = authority.asOf;

  return {
    title: `${titleOf(notice)}, ${authority.data.shortName}`,
    breadcrumbs: authorityCrumbs(authority),
    caption: authority.data.name,
    heading: titleOf(notice),
    ...(data.part
      ? {
          part: `The sources give only part of this ${word}: ${data.part}. What is not in that part is marked “Not in the source”.`,
        }
      : {}),
    rows,
    life: data.life.map((event) => ({
      label: capitalise(
        factLabel({
          event: event.event,
          date: event.date,
          replacedBy: event.replacedBy ? notice.replacedBy : undefined,
        }),
      ),
      ...(event.replacedBy && notice.replacedBy
        ? { replacedBy: [link(titleOf(notice.replacedBy), notice.replacedBy)] }
        : {}),
      text: event.text,
      source: [
        'Source: ',
        event.source.file && /^https?:/.test(event.source.file)
          ? { text: event.source.title, href: event.source.file }
          : event.source.title,
      ],
    })),
    basis: basis.given
      ? {
          // A lead-in that starts a sentence of its own ("On the basis of …") is the source's
          // words as they stand; only a lower-case one continues the site's "The notice was issued".
          ...(data.leadIns.basis
            ? {
                leadIn: /^[a-z]/.test(data.leadIns.basis)
                  ? `The ${word} was issued ${data.leadIns.basis}`
                  : data.leadIns.basis,
              }
            : {}),
          text: basis.text,
        }
      : { missing: missing(basis.note) },
    measures: {
      general: {
        ...(data.leadIns.generalMeasures ? { leadIn: data.leadIns.generalMeasures } : {}),
        items: data.generalMeasures.map((text, i) => ({ number: i + 1, marker: `(${roman[i] ?? i + 1}) `, text })),
      },
      ...(data.leadIns.measures ? { leadIn: data.leadIns.measures } : {}),
      groups: measureGroups(data.measures).map((group) => ({
        ...(group.heading ? { heading: group.heading } : {}),
        items: group.measures.map((m) => ({
          text: m.text,
          targets: notice.targets
            .filter((t) => t.measure === m)
            .map((t) => [
              `${valueLabel(t.data, t.indicator?.data)} ${t.data.dueText ?? ''}`.trimEnd(),
              t.data.basisText ? ` (${t.data.basisText})` : '',
              ...(t.indicator ? [hint(` — ${directionWords(t, t.indicator.data).label.toLowerCase()}`)] : []),
            ]),
        })),
      })),
      ...(data.measures.length === 0 ? { none: noneGiven(notice, 'measures') } : {}),
    },
    targets: {
      heading: 'Were the targets met?',
      intro:
        notice.targets.length > 0
          ? [
              `A target is met when a figure from ${authority.data.shortName}'s own documents published here, for the same period (and basis, where the target gives one), is at or above it, or at or below it where lower is better. With no such figure, it is not yet known while its period may not have ended by ${asOfLabel(asOf)}; after that, or where the target gives no number or period, the documents published here do not say.`,
              asOfReason(asOf),
            ]
          : [],
      ...(table ? { table } : { none: noneGiven(notice, 'targets') }),
    },
    charts: indicators.filter((i) => i.targets.some((t) => t.data.due)).map(indicatorChart),
    expectations: data.expectations,
    reviews: {
      items: data.reviews.map((r) => [
        r.text,
        hint(
          ` (${
            r.date
              ? `review in ${formatDate(r.date)}`
              : r.dataPeriod
                ? `once ${formatDate(r.dataPeriod)} performance data is in; the ${word} gives no date for it`
                : 'date not given'
          })`,
        ),
      ]),
      ...(data.reviews.length === 0 ? { none: noneGiven(notice, 'reviews') } : {}),
      ...(data.assessedBy ? { assessedBy: `By: ${data.assessedBy}` } : {}),
    },
    consequence: consequence.given
      ? {
          title: 'If the council does not comply',
          ...(data.leadIns.consequence ? { leadIn: data.leadIns.consequence } : {}),
          text: consequence.text,
        }
      : { title: 'If the council does not comply', missing: missing(consequence.note) },
    peerReviews: notice.peerReviews.map((review) => ({
      intro: [
        link(review.data.title, review),
        `, reported to the ${review.data.reportedTo} on `,
        when(review.data.date),
        '. Its main conclusions:',
      ],
      conclusions: review.data.conclusions,
    })),
    provenance: transcription(data.sources, data.notes, [
      ...dateInferences(data.dateNotes, { issued: data.issued }, { issued: 'issue date' }),
      ...data.inferences,
    ]),
  };
}

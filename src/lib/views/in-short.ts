// "In short": four plain sentences a parent reads on one phone screen, every figure a link, and
// the judgement history. Pure, from the existing derivations; the templates only render it.
import { repeatedRecommendations } from '../derivations/coverage.ts';
import { certainlyBefore, compareOptionalDates, endOf, formatDate, startOf } from '../base/dates.ts';
import type { AuthorityNode, InspectionNode, LinkableNode, MonitoringVisitNode } from '../graph/graph.ts';
import {
  dueAtPrecision,
  judgementLabel,
  plural,
  publishedLabel,
  recommendationListing,
  recommendationTerm,
} from '../derivations/labels.ts';
import { judgedAt } from '../derivations/as-at.ts';
import { overdueActions } from '../derivations/overdue.ts';
import { inspectionDate, positionOf, type ActionDeadline } from '../derivations/position.ts';
import { inspectionBegan } from '../graph/kinds.ts';
import { asOfLabel, type AsOf } from '../graph/as-of.ts';
import { ratingCounts } from '../derivations/ratings.ts';
import { urlOf } from '../publishing/urls.ts';
import { latestVisit } from '../derivations/visits.ts';
import { excerpt } from './common.ts';
import { visitWhen } from './side-by-side.ts';
import { stillImmediate } from '../derivations/immediate.ts';

/** A run of a sentence: plain words, or words that link to the page they count. */
export type Part = string | { text: string; url: string };

/** One row of the judgement history, oldest first. */
export interface JudgementRow {
  date: string;
  inspection: { text: string; url: string };
  area: string;
  judgement: string;
}

/** What "In short" says about a council. */
export interface InShortView {
  /** Sentences, each a list of parts, in the order: judgement, told to fix, the latest visit, being done, next. */
  sentences: Part[][];
  history: JudgementRow[];
  /** The date a document must be older than to be history: the latest judgement's. */
  historyBefore?: string;
}

const link = (text: string, node: LinkableNode, hash = ''): Part => ({ text, url: `${urlOf(node)}${hash}` });

const dateOf = inspectionDate;

/** The overall (or first) judgement of an inspection. */
const headline = (inspection: InspectionNode) =>
  inspection.data.judgements.find((j) => /overall/i.test(j.area)) ?? inspection.data.judgements[0];

/** "In short" for a council, with "late" judged at `asAt` (YYYY-MM-DD). */
export function inShortView(authority: AuthorityNode, asAt: string): InShortView {
  const position = positionOf(authority);
  const sentences: Part[][] = [];
  const latest = position.latestJudgement;
  const unknown = position.judgementOrderUnknown;
  if (unknown.length > 1)
    sentences.push([
      'The sources do not say which judgement is the latest: ',
      ...unknown.flatMap((i, n): Part[] => [
        ...(n === 0 ? [] : [n === unknown.length - 1 ? ' or ' : ', ']),
        link(i.data.title, i),
        inspectionDate(i) ? ` (${formatDate(inspectionDate(i)!)})` : ' (undated)',
      ]),
      '.',
    ]);

  if (latest) {
    const { inspection, judgement } = latest;
    const when = dateOf(inspection);
    sentences.push([
      `The latest judgement is “${judgementLabel(judgement.judgement).toLowerCase()}” (${judgement.area.toLowerCase()}), in the `,
      link(inspection.data.title, inspection),
      when
        ? `, ${inspection.data.published ? publishedLabel(inspection.data).toLowerCase() : 'dated'} ${formatDate(when)}.`
        : '.',
    ]);
    // A later report with no judgement in the sources: the latest judgement may not be the latest word.
    for (const newer of position.newerUnjudged)
      sentences.push([
        'The ',
        link(newer.data.title, newer),
        inspectionDate(newer) ? ' may be newer' : ' is undated, so may be newer',
        '; no judgement from it is in the sources.',
      ]);
    const recommendations = inspection.recommendations;
    const repeated = repeatedRecommendations(inspection);
    // The count and the word are the inspection page's (recommendationListing): its known total,
    // saying when the sources give only some, in the report's own term ("areas for improvement").
    const listing = recommendationListing(inspection);
    const partial = listing.includes(';');
    sentences.push(
      recommendations.length === 0 && inspection.data.recommendationCount === undefined
        ? [`The ${recommendationTerm(inspection).plural} of that report are not among the documents published here.`]
        : [
            'It told the council to fix ',
            link(listing, inspection, '#recommendations'),
            repeated.length > 0
              ? partial
                ? `; ${repeated.length} of those are repeated from an earlier report.`
                : `, ${repeated.length} of them repeated from an earlier report.`
              : '.',
          ],
    );
  } else {
    sentences.push(['No inspection judgement is among the documents published here.']);
  }

  // The latest monitoring visit: the inspectors' own words since the report, before the council's plan,
  // so a phone's first screen names it.
  const visit = latestVisit(authority);
  if (visit.kind === 'latest') {
    const { data } = visit.visit;
    const first = data.findings[0];
    // Short enough for a phone's first screen: the link is the visit's date where its title is no more
    // than that date, and the finding is quoted to its first clause (marked "…"); the visit page has it whole.
    const dated = visitDateInTitle(visit.visit);
    sentences.push([
      'Latest monitoring visit published here: ',
      link(dated ? formatDate(data.visited!) : data.title, visit.visit),
      dated ? '' : ` (${visitWhen(visit.visit)})`,
      first ? `; inspectors found “${firstClause(first)}”` : '; its findings are not in the sources published here.',
    ]);
  } else if (visit.kind === 'unknown') {
    sentences.push([
      `${plural(authority.monitoringVisits.length, 'monitoring visit')} are published here; their dates do not say which came last.`,
    ]);
  }

  for (const version of position.plans) {
    const rated = ratingCounts(version.actions, version.data.ratingScale?.ratings ?? []).filter(
      (c) => c.rating && c.count > 0,
    );
    const late = overdueActions(version.actions); // each plan keeps its own time
    const planAsAt = formatDate(judgedAt(version).date);
    const immediate = version.actions.filter(stillImmediate).length;
    sentences.push([
      'The ',
      link(`${version.plan.data.title}, ${version.data.label}`, version),
      ` (${formatDate(version.data.published)}) has `,
      link(plural(version.actions.length, 'action'), version, '#actions-heading'),
      ': ',
      rated.length === 0 ? 'none is rated yet' : rated.map((c) => `${c.count} rated ${c.label}`).join(', '),
      '; ',
      late.length === 0
        ? `none is late as at ${planAsAt}`
        : link(
            `${plural(late.length, 'action')} ${late.length === 1 ? 'is' : 'are'} late as at ${planAsAt}`,
            version.plan,
            'deadlines/',
          ),
      immediate > 0
        ? ` (${immediate} ${immediate === 1 ? 'is' : 'are'} timed “Immediate”, which gives no date, so ${immediate === 1 ? 'it is' : 'they are'} not counted as late).`
        : '.',
    ]);
  }
  if (position.plans.length === 0) sentences.push(['No improvement plan is among the documents published here.']);

  sentences.push(
    nextSentence(
      position,
      asAt ? (asAt === authority.asOf.date ? asOfLabel(authority.asOf) : formatDate(asAt)) : undefined,
    ),
  );

  const judged = authority.inspections
    .filter((i) => headline(i))
    .sort((a, b) => compareOptionalDates(dateOf(a), dateOf(b)));
  return {
    sentences,
    history: judged.map((inspection) => {
      const j = headline(inspection)!;
      return {
        date: dateOf(inspection) ? formatDate(dateOf(inspection)!) : 'Not in the source',
        inspection: { text: inspection.data.title, url: urlOf(inspection) },
        area: j.area,
        judgement: judgementLabel(j.judgement),
      };
    }),
    historyBefore: latest ? inspectionBegan(latest.inspection.data) : undefined,
  };
}

/**
 * "Next": the soonest of the timeline's deadlines and the plans' action deadlines, so an action
 * due "by 1st November 2019" is not skipped for a stage due in December. Where the two overlap
 * (a month and a day in it), the order is not known, so both are said, and said to be unordered.
 */
function nextSentence(position: ReturnType<typeof positionOf>, asAtWords: string | undefined): Part[] {
  const event = position.upcoming[0];
  const deadline = position.actionDeadlines[0];
  const eventParts: Part[] = event ? [link(event.title, event.node), `, ${formatDate(event.date)}`] : [];
  const deadlineParts: Part[] = deadline ? actionDeadlineParts(deadline) : [];
  // "Next" is as at a date, or a 2019 deadline reads as next to a reader years later: an action's
  // deadline as at its own plan's date, an event of the timeline as at the council's.
  const eventAsAt = nextAsAt(position.asOf);
  const deadlineAsAt = deadline ? nextAsAt(judgedAt(deadline.actions[0]!.version)) : undefined;
  // "as at October 2019 (the date of …)"; a date already followed by "(inferred)" takes the reason inside it.
  const bracketed = ({ at, why }: AsAtWords) => (at.endsWith(')') ? `${at.slice(0, -1)}; ${why})` : `${at} (${why})`);
  const next = (asAt: AsAtWords | undefined, more = '') => `Next${asAt ? `, ${bracketed(asAt)}` : ''}${more}: `;
  const aside = (asAt: AsAtWords | undefined) => (asAt ? ` (${asAt.at}, ${asAt.why})` : '');
  if (event && deadline) {
    if (endOf(deadline.date) < startOf(event.date)) return [next(deadlineAsAt), ...deadlineParts, '.'];
    if (endOf(event.date) < startOf(deadline.date)) return [next(eventAsAt), ...eventParts, '.'];
    const unordered = 'in an order the documents do not settle';
    if (eventAsAt?.at === deadlineAsAt?.at && eventAsAt?.why === deadlineAsAt?.why)
      return [next(eventAsAt, `, ${unordered}`), ...eventParts, '; and ', ...deadlineParts, '.'];
    return [
      `Next, ${unordered}: `,
      ...eventParts,
      aside(eventAsAt),
      '; and ',
      ...deadlineParts,
      aside(deadlineAsAt),
      '.',
    ];
  }
  if (event) return [next(eventAsAt), ...eventParts, '.'];
  if (deadline) return [next(deadlineAsAt), ...deadlineParts, '.'];
  return [
    asAtWords
      ? `No deadline after ${asAtWords} is set in the documents published here.`
      : 'No deadline is set in the documents published here.',
  ];
}

/** The date "next" is judged as at, at its precision ("as at October 2019"), and what dates it. */
interface AsAtWords {
  at: string;
  why: string;
}

/** "Next"'s as-at date: undefined where nothing is dated (then nothing is known to be past). */
function nextAsAt(asOf: AsOf): AsAtWords | undefined {
  if (!asOf.date) return undefined;
  const at = `as at ${asOfLabel(asOf)}`;
  switch (asOf.reason) {
    case 'latest-version':
    case 'earlier-version':
      return { at, why: `the date of the plan's ${asOf.dated}` };
    case 'newest-document':
      return { at, why: 'the date of the newest document published here' };
    case 'configured':
      return { at, why: `the date this site is set to for ${asOf.council}` };
    case 'none':
      return undefined;
  }
}

/** "action 4.1.1 of the plan, due by 1 November 2019", each action a link, the date as precise as the words. */
export function actionDeadlineParts(deadline: ActionDeadline, withDate = true): Part[] {
  const { actions } = deadline;
  const refs = actions.flatMap((a, i): Part[] => [
    ...(i === 0 ? [] : [i === actions.length - 1 ? ' and ' : ', ']),
    link(a.ref, a),
  ]);
  return [
    actions.length === 1 ? 'action ' : 'actions ',
    ...refs,
    ' of the ',
    link(actions[0]!.version.plan.data.title, actions[0]!.version),
    ...(withDate ? [`, due by ${dueAtPrecision(actions[0]!)!.text}`] : []),
  ];
}

/** A quotation cut to its first clause where its first sentence is long, marked "…": "Risk is now identified promptly at the front door …". */
function firstClause(text: string): string {
  const sentence = excerpt(text);
  const clause = /^(.{20,}?)[,;:] /.exec(sentence);
  return sentence.length > 60 && clause ? `${clause[1]} …` : sentence;
}

/** True when a visit's title already gives its date as the page does ("Monitoring visit, December 2023"), with no letter date to add. */
function visitDateInTitle(visit: MonitoringVisitNode): boolean {
  const { visited, letter, dateNotes, title } = visit.data;
  return (
    visited !== undefined && letter === undefined && !dateNotes.visited?.inferred && title.includes(formatDate(visited))
  );
}

/** True for a document dated before the latest judgement's inspection: history, not the present. */
export function isHistory(date: string | undefined, view: Pick<InShortView, 'historyBefore'>): boolean {
  // Only what is certainly older: a notice of "2011" is not history beside a report of January 2011.
  return Boolean(date && view.historyBefore && certainlyBefore(date, view.historyBefore));
}

/** The words of a sentence without its links, for a text alternative or a test. */
export function sentenceText(parts: readonly Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

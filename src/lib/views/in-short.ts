// "In short": four plain sentences a parent reads on one phone screen, every figure a link, and
// the judgement history. Pure, from the existing derivations; the templates only render it.
import { repeatedRecommendations } from '../derivations/coverage.ts';
import { compareDates, formatDate } from '../base/dates.ts';
import type { AuthorityNode, InspectionNode, LinkableNode } from '../graph/graph.ts';
import { judgementLabel, plural } from '../derivations/labels.ts';
import { overdueActions } from '../derivations/overdue.ts';
import { positionOf } from '../derivations/position.ts';
import { ratingCounts } from '../derivations/ratings.ts';
import { urlOf } from '../publishing/urls.ts';
import { latestVisit } from '../derivations/visits.ts';
import { excerpt } from './common.ts';

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
  /** Sentences, each a list of parts, in the order: judgement, told to fix, being done, the latest visit, next. */
  sentences: Part[][];
  history: JudgementRow[];
  /** The date a document must be older than to be history: the latest judgement's. */
  historyBefore?: string;
}

const link = (text: string, node: LinkableNode, hash = ''): Part => ({ text, url: `${urlOf(node)}${hash}` });

const dateOf = (inspection: InspectionNode) =>
  inspection.data.published ?? inspection.data.fieldworkEnd ?? inspection.data.fieldworkStart;

/** The overall (or first) judgement of an inspection. */
const headline = (inspection: InspectionNode) =>
  inspection.data.judgements.find((j) => /overall/i.test(j.area)) ?? inspection.data.judgements[0];

/** "In short" for a council, with "late" judged at `asAt` (YYYY-MM-DD). */
export function inShortView(authority: AuthorityNode, asAt: string): InShortView {
  const position = positionOf(authority);
  const sentences: Part[][] = [];
  const latest = position.latestJudgement;

  if (latest) {
    const { inspection, judgement } = latest;
    const when = dateOf(inspection);
    sentences.push([
      `The latest judgement is “${judgementLabel(judgement.judgement).toLowerCase()}” (${judgement.area.toLowerCase()}), in the `,
      link(inspection.data.title, inspection),
      when ? `, published ${formatDate(when)}.` : '.',
    ]);
    const recommendations = inspection.recommendations;
    const repeated = repeatedRecommendations(inspection);
    sentences.push(
      recommendations.length === 0
        ? ['The recommendations of that report are not among the documents published here.']
        : [
            'It told the council to fix ',
            link(plural(recommendations.length, 'recommendation'), inspection, '#recommendations'),
            repeated.length > 0 ? `, ${repeated.length} of them repeated from an earlier report.` : '.',
          ],
    );
  } else {
    sentences.push(['No inspection judgement is among the documents published here.']);
  }

  for (const version of position.plans) {
    const rated = ratingCounts(version.actions, version.data.ratingScale?.ratings ?? []).filter(
      (c) => c.rating && c.count > 0,
    );
    const late = overdueActions(version.actions, version.plan.asOf); // each plan keeps its own time
    const planAsAt = formatDate(version.plan.asOf.date);
    const immediate = version.actions.filter((a) => a.due.kind === 'immediate' && !a.rating?.complete).length;
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

  // The latest monitoring visit: the inspectors' own words beside the council's plan above.
  const visit = latestVisit(authority);
  if (visit.kind === 'latest') {
    const { data } = visit.visit;
    const first = data.findings[0];
    sentences.push([
      'The latest monitoring visit published here was in ',
      link(formatDate(data.visited), visit.visit),
      first
        ? `; inspectors found: “${excerpt(first)}”`
        : '; its findings are not reported in the sources published here.',
    ]);
  } else if (visit.kind === 'unknown') {
    sentences.push([
      `${plural(authority.monitoringVisits.length, 'monitoring visit')} are published here; their dates do not say which came last.`,
    ]);
  }

  const next = position.upcoming[0];
  sentences.push(
    next
      ? ['Next: ', link(next.title, next.node), `, ${formatDate(next.date)}.`]
      : [
          asAt
            ? `No deadline after ${formatDate(asAt)} is set in the documents published here.`
            : 'No deadline is set in the documents published here.',
        ],
  );

  const judged = authority.inspections
    .filter((i) => headline(i))
    .sort((a, b) => compareDates(dateOf(a) ?? '', dateOf(b) ?? ''));
  return {
    sentences,
    history: judged.map((inspection) => {
      const j = headline(inspection)!;
      return {
        date: formatDate(dateOf(inspection) ?? ''),
        inspection: { text: inspection.data.title, url: urlOf(inspection) },
        area: j.area,
        judgement: judgementLabel(j.judgement),
      };
    }),
    historyBefore: latest ? (latest.inspection.data.fieldworkStart ?? dateOf(latest.inspection)) : undefined,
  };
}

/** True for a document dated before the latest judgement's inspection: history, not the present. */
export function isHistory(date: string | undefined, view: Pick<InShortView, 'historyBefore'>): boolean {
  return Boolean(date && view.historyBefore && compareDates(date, view.historyBefore) < 0);
}

/** The words of a sentence without its links, for a text alternative or a test. */
export function sentenceText(parts: readonly Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

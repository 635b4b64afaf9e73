import type { LifeEvent } from '../../schemas/notice.ts';
import { isBefore, type AsOf } from '../graph/as-of.ts';
import { compareDates, dateInSentence, endOf, formatDate, type DateNoteFields } from '../base/dates.ts';
import type { AuthorityNode, NoticeNode } from '../graph/graph.ts';

/**
 * The intervention's life as data: what is known about each notice or direction, derived only from
 * the facts published here (issued, reviewed, lifted, replaced), never from the absence of a fact.
 */

/** The newest fact published here about a notice. */
export interface NoticeFact {
  /** "issued", or an event of its life. */
  event: 'issued' | LifeEvent['event'];
  /** Absent where the source gives no date (an issue date not in the source). */
  date: string | undefined;
  /** What the notice records about the date: an inference is shown as one. */
  note?: DateNoteFields;
  /** The source's words, for life events. */
  text?: string;
  /** The notice that replaced it, for "replaced". */
  replacedBy?: NoticeNode;
}

/** Where a notice stands, from the facts. */
export interface NoticeStanding {
  notice: NoticeNode;
  /** Its newest fact. */
  latest: NoticeFact;
  /** True when a fact ends it: lifted, replaced or revoked. */
  ended: boolean;
  /**
   * True when it belongs to history on the council's overview: it ended, or its newest fact is
   * certainly older than the council's as-of date, so nothing published here says it still stood then.
   */
  history: boolean;
}

/** A notice's newest fact: its last life event, or its issue. */
export function latestFact(notice: NoticeNode): NoticeFact {
  const event = notice.data.life.at(-1);
  if (!event) return { event: 'issued', date: notice.data.issued, note: notice.data.dateNotes.issued };
  return {
    event: event.event,
    date: event.date,
    text: event.text,
    replacedBy: event.event === 'replaced' ? notice.replacedBy : undefined,
  };
}

/** Where a notice stands as of a date, from its facts only. */
export function noticeStanding(notice: NoticeNode, asOf: AsOf): NoticeStanding {
  const latest = latestFact(notice);
  const ended = latest.event === 'lifted' || latest.event === 'replaced' || latest.event === 'revoked';
  // An undated fact is never certainly older than the as-of date: nothing moves it into history.
  const older = latest.date !== undefined && isBefore(endOf(latest.date), asOf);
  return { notice, latest, ended, history: ended || older };
}

/** A council's intervention: notices and directions whose facts reach its as-of date, and history. */
export interface Intervention {
  asOf: AsOf;
  /** Not ended, and their newest fact is not older than the as-of date; newest first. */
  standing: NoticeStanding[];
  /** Ended, or their newest fact is older than the as-of date; newest first. */
  history: NoticeStanding[];
}

/** Derives a council's intervention from the facts about its notices, as of its own date. */
export function interventionOf(authority: AuthorityNode): Intervention {
  const all = [...authority.notices]
    .sort((a, b) => compareIssued(b.data.issued, a.data.issued))
    .map((n) => noticeStanding(n, authority.asOf));
  return { asOf: authority.asOf, standing: all.filter((s) => !s.history), history: all.filter((s) => s.history) };
}

/** Display order of issue dates; an undated notice comes last (newest first: first), its place not known. */
function compareIssued(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  return compareDates(a, b);
}

/** "Improvement notice" or "Direction", with "statutory"/"non-statutory" only where the source says. */
export function noticeKindLabel(notice: Pick<NoticeNode, 'data'>): string {
  const kind = notice.data.kind === 'direction' ? 'direction' : 'improvement notice';
  const statutory =
    notice.data.statutory === true ? 'Statutory ' : notice.data.statutory === false ? 'Non-statutory ' : '';
  const words = `${statutory}${kind}`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A fact in words: "issued 2011", "lifted on 7 July 2017", "replaced by a direction in November 2015". */
export function factLabel(fact: NoticeFact): string {
  const when = dateInSentence(fact.date, fact.note);
  switch (fact.event) {
    case 'issued':
      return `issued ${when}`;
    case 'reviewed':
      return `reviewed ${when}`;
    case 'lifted':
      return `lifted ${when}`;
    case 'revoked':
      return `revoked ${when}`;
    case 'replaced':
      return `replaced ${fact.replacedBy ? `by ${fact.replacedBy.data.kind === 'direction' ? 'a direction' : 'a further notice'} ` : ''}${when}`;
  }
}

/**
 * What the overview says about one notice: its newest fact, and, where that fact is older than the
 * council's as-of date and ends nothing, that no source published here says whether it still stood.
 */
export function standingSentence(standing: NoticeStanding, asOf: AsOf): string {
  return `${standing.notice.data.title}: ${standingDetail(standing, asOf)}`;
}

/** The same without the notice's title: "issued in 2011. The newest fact …". */
export function standingDetail(standing: NoticeStanding, asOf: AsOf): string {
  const fact = factLabel(standing.latest);
  if (standing.ended || !standing.history) return `${fact}.`;
  return `${fact}; no source published here says whether it was still in force in ${formatDate(asOf.date)}.`;
}

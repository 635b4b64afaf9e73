/**
 * The register (/): every council's card, each with its own "In short" and "Where it stands", as of
 * its own newest document (each plan as of its latest version), never another council's.
 */
import { authorityAsAt } from '../derivations/as-at.ts';
import type { AuthorityNode, Graph } from '../graph/graph.ts';
import { interventionOf } from '../derivations/intervention.ts';
import { formatDate } from '../base/dates.ts';
import { urlOf } from '../publishing/urls.ts';
import { inShortView, type InShortView } from './in-short.ts';
import { positionView, type PositionView } from './position.ts';
import type { Line } from './common.ts';
import { siteWordHref, siteWords } from './site-words.ts';

/**
 * Where a council's notices and directions stand, from their facts only, as of its own newest
 * document: one still standing then ("standing"); only ended ones, or ones no source here says still
 * stood then ("past"); none published here ("none").
 */
export type InterventionStanding = 'standing' | 'past' | 'none';

/** One council on the register. */
export interface RegisterCard {
  name: string;
  href: string;
  /** Distinguishes the card's heading ids. */
  id: string;
  standing: InterventionStanding;
  /** The standing in words, at the precision of the council's own date. */
  standingText: string;
  /** "Newest document: October 2019", or that nothing here is dated. */
  newest: string;
  inShort: InShortView;
  position: PositionView;
}

/** One choice of the register's filter. */
export interface RegisterFilter {
  value: InterventionStanding | 'all';
  label: string;
  count: number;
}

export interface RegisterView {
  heading: string;
  lead: string;
  /** How each council's time is kept, the site's phrase linked to its glossary entry. */
  note: Line;
  /** What the filter chooses by, its choices' words following it. */
  filterLegend: string;
  filters: RegisterFilter[];
  /** The cards, by name. */
  cards: RegisterCard[];
}

function standingOf(authority: AuthorityNode): { standing: InterventionStanding; text: string } {
  const { standing, history, asOf } = interventionOf(authority);
  const when = asOf.date ? formatDate(asOf.date) : undefined;
  if (standing.length > 0)
    return {
      standing: 'standing',
      text: `A notice or direction stood at its newest document${when ? ` (${when})` : ''}`,
    };
  if (history.length > 0)
    return {
      standing: 'past',
      text: `A notice or direction in the past; none published here is known to stand${when ? ` in ${when}` : ''}`,
    };
  return { standing: 'none', text: 'No notice or direction published here' };
}

/** The register of councils: an index and a filter by where their notices stand, then each council's card. */
export function registerView(graph: Pick<Graph, 'authorities'>): RegisterView {
  const cards = [...graph.authorities]
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'))
    .map((authority): RegisterCard => {
      const asAt = authorityAsAt(authority);
      const { standing, text } = standingOf(authority);
      return {
        name: authority.data.name,
        href: urlOf(authority),
        id: authority.slug,
        standing,
        standingText: text,
        newest: asAt ? `Newest document: ${formatDate(asAt)}` : 'No dated document published here',
        inShort: inShortView(authority, asAt),
        position: positionView(authority),
      };
    });
  const count = (value: InterventionStanding) => cards.filter((c) => c.standing === value).length;
  return {
    heading: 'Councils',
    lead: "What councils' children's services were told to fix, by inspectors and by the government, and what each council says it is doing about it, with every action linked to the recommendation it answers. Whether a council was under an improvement notice or direction, and when, is said only where a document published here says so.",
    note: [
      { text: siteWords.ownTime.term, href: siteWordHref(siteWords.ownTime) },
      ": its position is as of its own newest document published here (each plan as of its latest version), never another council's.",
    ],
    filterLegend: "Notices and directions at each council's own newest document:",
    filters: [
      { value: 'all', label: 'all', count: cards.length },
      { value: 'standing', label: 'one standing', count: count('standing') },
      { value: 'past', label: 'in the past only', count: count('past') },
      { value: 'none', label: 'none published here', count: count('none') },
    ].filter((f) => f.value === 'all' || f.count > 0) as RegisterFilter[],
    cards,
  };
}

/**
 * Where the home page sends a reader when the site publishes one council only: straight to that
 * council's page (a register of one would be a page with nothing to choose). Undefined for 0 or 2+.
 */
export function openingCouncil(graph: Pick<Graph, 'authorities'>): { name: string; href: string } | undefined {
  if (graph.authorities.length !== 1) return undefined;
  const [only] = graph.authorities;
  return { name: only!.data.name, href: urlOf(only!) };
}

/** One link of the site's own navigation, or one step of a breadcrumb trail. */
export interface NavigationLink {
  label: string;
  href: string;
}

/**
 * The site's own navigation in its header: where the brand leads, and the links beside it. The
 * register ("Councils") is listed only when there are councils to choose from: on a one-council
 * site the home page is that council, and a link named "Councils" would lead back to it.
 */
export function siteNavigation(graph: Pick<Graph, 'authorities'>): { home: string; links: NavigationLink[] } {
  const only = openingCouncil(graph);
  return {
    home: only?.href ?? '/',
    links: [
      ...(only ? [] : [{ label: 'Councils', href: '/' }]),
      { label: 'Search', href: '/search/' },
      { label: 'Glossary', href: '/glossary/' },
      { label: 'Open data', href: '/data/' },
      { label: 'Accessibility', href: '/accessibility/' },
    ],
  };
}

/**
 * A page's breadcrumb trail as shown on the page at `here`. Trails start at the register
 * ("Councils", the home page); on a one-council site the home page is the council, so the trail
 * starts at the council instead: the register step goes where the council is the next step (or the
 * page itself), and becomes the council where it is not (the search, glossary and open data pages).
 */
export function shownCrumbs(
  crumbs: readonly NavigationLink[],
  graph: Pick<Graph, 'authorities'>,
  here: string,
): NavigationLink[] {
  const only = openingCouncil(graph);
  if (!only || crumbs[0]?.href !== '/') return [...crumbs];
  const [, ...rest] = crumbs;
  if (rest[0]?.href === only.href || here === only.href) return rest;
  return [{ label: only.name, href: only.href }, ...rest];
}

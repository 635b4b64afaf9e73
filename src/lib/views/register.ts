/**
 * The register (/): every council's card, each with its own "In short" and "Where it stands", as of
 * its own newest document (each plan as of its latest version), never another council's.
 */
import { authorityAsAt } from '../derivations/as-at.ts';
import type { Graph } from '../graph/graph.ts';
import { urlOf } from '../publishing/urls.ts';
import { inShortView, type InShortView } from './in-short.ts';
import { positionView, type PositionView } from './position.ts';

/** One council on the register. */
export interface RegisterCard {
  name: string;
  href: string;
  /** Distinguishes the card's heading ids. */
  id: string;
  inShort: InShortView;
  position: PositionView;
}

export interface RegisterView {
  heading: string;
  lead: string;
  /** How each council's time is kept. */
  note: string;
  cards: RegisterCard[];
}

/** The register of councils. */
export function registerView(graph: Pick<Graph, 'authorities'>): RegisterView {
  return {
    heading: 'Councils under intervention',
    lead: "When inspectors judge a council's children's services inadequate, the government can serve an improvement notice and the council publishes an improvement plan. This register shows, for each council, what it was told to fix and what it says it is doing about it, with every action linked to the recommendation it answers.",
    note: "Each council keeps its own time: its position is as of its own newest document published here (each plan as of its latest version), never another council's.",
    cards: graph.authorities.map((authority) => ({
      name: authority.data.name,
      href: urlOf(authority),
      id: authority.slug,
      inShort: inShortView(authority, authorityAsAt(authority)),
      position: positionView(authority),
    })),
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

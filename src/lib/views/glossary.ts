/** The glossary page: abbreviations spelled out, each saying who gives its meaning. */
import type { Graph } from '../graph/graph.ts';
import { glossaryAnchor, meaningNote, meaningOf } from '../publishing/abbreviations.ts';
import type { Crumb } from './common.ts';
import { siteWordAnchor, siteWords } from './site-words.ts';

export interface GlossaryView {
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  heading: string;
  lead: string;
  /** How to read an entry, and where the glossary is linked from. */
  note: string;
  abbreviationsHeading: string;
  terms: {
    id: string;
    term: string;
    /** What it stands for; absent when neither the documents nor this site say. */
    expansion?: string;
    /** What the page says it stands for: the expansion, or that no one spells it out. */
    meaning: string;
    /** Who gives the meaning: the source documents, this site, or no one. */
    meaningNote: string;
    definition?: string;
    definitionLabel?: string;
  }[];
  /** The site's own phrases ("Rests on", "Met?"), which are no abbreviations and not the documents' words. */
  phrases: {
    heading: string;
    lead: string;
    entries: { id: string; term: string; definition: string }[];
  };
}

/** Everything the glossary page says. */
export function glossaryView(graph: Pick<Graph, 'glossary'>): GlossaryView {
  return {
    title: 'Glossary',
    description:
      'The abbreviations used in inspection reports, improvement notices and plans, spelled out, and the words this site uses explained.',
    breadcrumbs: [{ label: 'Councils', href: '/' }],
    heading: 'Glossary',
    lead: 'The abbreviations the documents use, spelled out. Unless an entry says the source documents spell it out, the spelled-out forms and explanations are written by this site to help readers; they are not quoted from the source documents. Searching for an abbreviation also finds its spelled-out form, and the other way round.',
    abbreviationsHeading: 'Abbreviations',
    note: 'Each entry says who gives its meaning: the source documents, or this site from general knowledge. Where neither does, the entry says so. The first use of each abbreviation on every page links here.',
    terms: graph.glossary.map((t) => ({
      id: glossaryAnchor(t.term),
      term: t.term,
      ...(t.expansion ? { expansion: t.expansion } : {}),
      meaning: meaningOf(t),
      meaningNote: meaningNote(t),
      ...(t.definition ? { definition: t.definition, definitionLabel: "This site's explanation:" } : {}),
    })),
    phrases: {
      heading: 'Words this site uses',
      lead: 'Labels and phrases this site writes on its pages, not words of the source documents, with what each means here. Where a page uses one, it links here.',
      entries: Object.values(siteWords)
        .map((w) => ({ id: siteWordAnchor(w), term: w.term, definition: w.definition }))
        .sort((a, b) => a.term.localeCompare(b.term, 'en')),
    },
  };
}

/** The glossary page: abbreviations spelled out, and plainly marked as this site's words. */
import type { Graph } from '../graph.ts';
import type { Crumb } from './common.ts';

export interface GlossaryView {
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  heading: string;
  lead: string;
  terms: { id: string; term: string; expansion: string; definition?: string; definitionLabel?: string }[];
}

/** Everything the glossary page says. */
export function glossaryView(graph: Pick<Graph, 'glossary'>): GlossaryView {
  return {
    title: 'Glossary',
    description: 'The abbreviations used in inspection reports, improvement notices and plans, spelled out.',
    breadcrumbs: [{ label: 'Councils', href: '/' }],
    heading: 'Glossary',
    lead: 'The abbreviations the documents use, spelled out. The spelled-out forms and explanations are written by this site to help readers; they are not quoted from the source documents. Searching for an abbreviation also finds its spelled-out form, and the other way round.',
    terms: graph.glossary.map((t) => ({
      id: `term-${t.term.toLowerCase()}`,
      term: t.term,
      expansion: t.expansion,
      ...(t.definition ? { definition: t.definition, definitionLabel: 'This site\'s explanation:' } : {}),
    })),
  };
}

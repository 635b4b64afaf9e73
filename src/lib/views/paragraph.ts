/** The paragraph page: a numbered paragraph of a report, and the actions that cite it. */
import type { Graph, ParagraphNode } from '../graph/graph.ts';
import { plural } from '../derivations/labels.ts';
import { urlOf } from '../publishing/urls.ts';
import { actionRow, authorityCrumbs, type ActionRow, type Crumb } from './common.ts';

export interface ParagraphView {
  title: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  /** The paragraph's text, or what to say when the sources do not give it. */
  text?: string;
  missing?: string;
  citedHeading: string;
  notCited?: string;
  tables: { caption: string; rows: ActionRow[] }[];
  previous?: { label: string; href: string };
  next?: { label: string; href: string };
}

/** Everything the paragraph page says. */
export function paragraphView(_graph: Graph, paragraph: ParagraphNode): ParagraphView {
  const { inspection } = paragraph;
  const { authority } = inspection;
  const siblings = inspection.paragraphs;
  const index = siblings.indexOf(paragraph);
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  const versions = [...new Set(paragraph.citedBy.map((a) => a.version))].reverse();
  return {
    title: `Paragraph ${paragraph.number}, ${inspection.data.title}, ${authority.data.shortName}`,
    breadcrumbs: [...authorityCrumbs(authority), { label: inspection.data.title, href: urlOf(inspection) }],
    caption: inspection.data.title,
    heading: `Paragraph ${paragraph.number}`,
    ...(paragraph.data.text
      ? { text: paragraph.data.text }
      : {
          missing:
            'The text of this paragraph is not among the source documents published here. Read it in the inspection report itself; the actions below cite it by number.',
        }),
    citedHeading: `Actions that cite paragraph ${paragraph.number}`,
    ...(versions.length === 0 ? { notCited: 'No action in the plans published here cites this paragraph.' } : {}),
    tables: versions.map((version) => {
      const actions = paragraph.citedBy.filter((a) => a.version === version);
      return {
        caption: `${version.plan.data.title}, ${version.data.label}: ${plural(actions.length, 'action')}`,
        rows: actions.map((a) => actionRow(a)),
      };
    }),
    ...(previous ? { previous: { label: `Previous: paragraph ${previous.number}`, href: urlOf(previous) } } : {}),
    ...(next ? { next: { label: `Next: paragraph ${next.number}`, href: urlOf(next) } } : {}),
  };
}

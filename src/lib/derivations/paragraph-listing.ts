import type { ParagraphNode } from '../graph/graph.ts';

/** A group of an inspection's numbered paragraphs under one heading. */
export interface ParagraphGroup {
  heading: string;
  paragraphs: ParagraphNode[];
}

/**
 * The inspection page's lists of paragraphs: those an improvement plan cites, then the others. A
 * report imported whole records paragraphs nobody cites, so "cited by the improvement plan" is said
 * only of the paragraphs that are.
 */
export function paragraphGroups(paragraphs: readonly ParagraphNode[]): ParagraphGroup[] {
  const cited = paragraphs.filter((p) => p.citedBy.length > 0);
  const others = paragraphs.filter((p) => p.citedBy.length === 0);
  return [
    ...(cited.length ? [{ heading: 'Paragraphs cited by the improvement plan', paragraphs: cited }] : []),
    ...(others.length
      ? [{ heading: cited.length ? 'Other numbered paragraphs' : 'Numbered paragraphs', paragraphs: others }]
      : []),
  ];
}

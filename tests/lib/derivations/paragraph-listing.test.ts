import { describe, expect, it } from 'vitest';
import { paragraphGroups } from '../../../src/lib/derivations/paragraph-listing.ts';
import type { ParagraphNode } from '../../../src/lib/graph/graph.ts';
import { bundledGraph } from '../../helpers.ts';

const node = (number: number, cited: boolean) =>
  ({ kind: 'paragraph', number, citedBy: cited ? [{}] : [] }) as unknown as ParagraphNode;
const shape = (groups: ReturnType<typeof paragraphGroups>) =>
  groups.map((g) => [g.heading, g.paragraphs.map((p) => p.number)]);

describe('an inspection page says "cited by the improvement plan" only of paragraphs that are', () => {
  it("splits a whole report's paragraphs into those cited and the others", () => {
    expect(shape(paragraphGroups([node(1, false), node(2, true), node(3, false)]))).toEqual([
      ['Paragraphs cited by the improvement plan', [2]],
      ['Other numbered paragraphs', [1, 3]],
    ]);
    expect(shape(paragraphGroups([node(1, false)]))).toEqual([['Numbered paragraphs', [1]]]);
    expect(paragraphGroups([])).toEqual([]);
  });

  it('leaves the bundled Torbay report as it was: every recorded paragraph is cited', () => {
    const inspection = bundledGraph().inspections.get('torbay/ofsted-2018')!;
    expect(shape(paragraphGroups(inspection.paragraphs)).map(([heading]) => heading)).toEqual([
      'Paragraphs cited by the improvement plan',
    ]);
  });
});

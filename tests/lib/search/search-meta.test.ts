import { describe, expect, it } from 'vitest';
import { searchFilterLabels, searchFilters, searchMetaOf } from '../../../src/lib/search/search-meta.ts';
import { bundledGraph, otherGraph, threeGraph } from '../fixtures.ts';

const graph = bundledGraph();
const report = graph.inspections.get('torbay/ofsted-2018')!;

describe('what the search index records about each page', () => {
  it('labels every filter', () => {
    expect(Object.keys(searchFilterLabels)).toEqual([...searchFilters]);
    expect(searchFilterLabels.authority).toBe('Council');
  });

  it('gives recommendations and paragraphs the exact reference councillors type', () => {
    const rec = report.recommendations[0]!;
    const meta = searchMetaOf(rec);
    expect(meta.ref).toBe(`recommendation ${rec.id}`);
    expect(meta.title.startsWith(`Recommendation ${rec.id} — `)).toBe(true);
    expect(meta.title.length).toBeLessThanOrEqual(`Recommendation ${rec.id} — `.length + 90);
    expect(meta.filters.repeated).toEqual([rec.data.repeated ? 'Repeated' : 'Not repeated']);
    const paragraph = report.paragraphs[0]!;
    expect(searchMetaOf(paragraph)).toMatchObject({
      type: 'Paragraph',
      ref: `paragraph ${paragraph.number}`,
      title: `Paragraph ${paragraph.number} of the ${report.data.title}`,
    });
  });

  it("names another council's recommendations in its report's words, under its own council", () => {
    const westshire = otherGraph().inspections.get('westshire/ofsted-2015')!;
    const meta = searchMetaOf(westshire.recommendations[0]!);
    expect(meta.title).toMatch(/^Area for improvement /);
    expect(meta.filters.authority).toEqual([westshire.authority.data.name]);
  });

  it('files rated actions under their rating and documents under their council', () => {
    const v3 = threeGraph().plans.get('fixture/plan')!.latest;
    const rated = searchMetaOf(v3.actionByRef.get('1.1.1')!);
    expect(rated.filters.rating).toEqual(['Green']);
    expect(rated.filters.lead).toEqual(["Director of Children's Services (DCS)"]);
    expect(searchMetaOf(v3.actionByRef.get('1.2.3')!).filters.rating).toEqual(['Not yet rated']);
    const torbay = graph.authorityBySlug.get('torbay')!;
    expect(searchMetaOf(torbay)).toEqual({
      type: 'Council',
      title: 'Torbay Council',
      breadcrumb: 'Councils',
      filters: { type: ['Council'], authority: ['Torbay Council'] },
    });
    const statement = torbay.statements[0]!;
    expect(searchMetaOf(statement)).toMatchObject({
      type: 'Statement',
      breadcrumb: 'Torbay Council › Statements',
      filters: { type: ['Statement'], authority: ['Torbay Council'] },
    });
  });
});

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

describe("an action's search entry", () => {
  it('gives an action its type, title, trail, reference and filters', () => {
    const action = graph.plans.get('torbay/improvement-plan')!.latest.actionByRef.get('1.2.1')!;
    const meta = searchMetaOf(action);
    expect(meta.type).toBe('Action');
    expect(meta.title).toMatch(/^Action 1\.2\.1 — Supervision needs to be timely/);
    expect(meta.breadcrumb).toBe("Torbay Council › Torbay Children's Services Improvement Plan › Objective 1.2");
    expect(meta.ref).toBe('action 1.2.1');
    expect(meta.filters).toMatchObject({
      version: ['Version 1'],
      rating: ['Not yet rated'],
      lead: ['Service managers', 'Team managers', 'Assistant team managers'],
    });
  });
});

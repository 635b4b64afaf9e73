import { describe, expect, it } from 'vitest';
import { paragraphView } from '../../../src/lib/views/paragraph.ts';
import { bundledGraph, threeGraph } from '../fixtures.ts';
import { actionRowText, readable } from './readable.ts';

describe('the paragraph page', () => {
  it('lists the actions citing it, newest version first, with its neighbours', () => {
    const graph = threeGraph();
    const report = graph.inspections.get('fixture/report-2019')!;
    const cited = report.paragraphs.find((p) => p.citedBy.length > 0)!;
    const view = paragraphView(graph, cited);
    expect(view.heading).toBe(`Paragraph ${cited.number}`);
    expect(view.citedHeading).toBe(`Actions that cite paragraph ${cited.number}`);
    expect(view.notCited).toBeUndefined();
    expect(view.tables.map((t) => t.caption.split(':')[0])).toEqual([
      'Fixture Improvement Plan, Version 3',
      'Fixture Improvement Plan, Version 2',
      'Fixture Improvement Plan, Version 1',
    ]);
    expect(view.tables[0]!.caption).toMatch(/: \d+ actions?$/);
    expect(view.title).toBe(`Paragraph ${cited.number}, ${report.data.title}, ${report.authority.data.shortName}`);
  });

  it("says when the sources do not give the paragraph's text, and when nothing cites it", () => {
    const graph = bundledGraph();
    const report = graph.inspections.get('torbay/ofsted-2018')!;
    const paragraph = report.paragraphs[0]!;
    const untexted = { ...paragraph, data: { ...paragraph.data, text: null } };
    expect(paragraphView(graph, untexted).text).toBeUndefined();
    expect(paragraphView(graph, untexted).missing).toBe(
      'The text of this paragraph is not among the source documents published here. Read it in the inspection report itself; the actions below cite it by number.',
    );
    const texted = { ...paragraph, data: { ...paragraph.data, text: 'The words of the report.' } };
    expect(paragraphView(graph, texted).text).toBe('The words of the report.');
    expect(paragraphView(graph, texted).missing).toBeUndefined();
    const uncited = { ...texted, citedBy: [] };
    expect(paragraphView(graph, uncited).notCited).toBe('No action in the plans published here cites this paragraph.');
    expect(paragraphView(graph, uncited).tables).toEqual([]);
  });

  it('links the previous and next paragraphs, and not past either end', () => {
    const graph = bundledGraph();
    const paragraphs = graph.inspections.get('torbay/ofsted-2018')!.paragraphs;
    const first = paragraphView(graph, paragraphs[0]!);
    expect(first.previous).toBeUndefined();
    expect(first.next?.label).toBe(`Next: paragraph ${paragraphs[1]!.number}`);
    const last = paragraphView(graph, paragraphs.at(-1)!);
    expect(last.next).toBeUndefined();
    expect(last.previous?.label).toBe(`Previous: paragraph ${paragraphs.at(-2)!.number}`);
  });
});

describe('the paragraph page, part by part', () => {
  it('on bundled paragraph 24: its text not in the sources, the actions citing it', () => {
    const graph = bundledGraph();
    const paragraph = graph.inspections.get('torbay/ofsted-2018')!.paragraphs.find((p) => p.number === 24)!;
    const view = paragraphView(graph, paragraph);
    expect(view.breadcrumbs.map((c) => c.label)).toEqual([
      'Councils',
      'Torbay Council',
      "Ofsted inspection of children's services, June 2018",
    ]);
    expect(
      readable({
        title: view.title,
        caption: view.caption,
        heading: view.heading,
        text: view.text,
        missing: view.missing,
        citedHeading: view.citedHeading,
        previous: view.previous,
        next: view.next,
      }),
    ).toMatchInlineSnapshot();
    expect(view.tables.map((t) => ({ caption: t.caption, rows: t.rows.map(actionRowText) }))).toMatchInlineSnapshot();
  });

  it("on the fixture's paragraph 10: each version's table judged at that version's date", () => {
    const graph = threeGraph();
    const view = paragraphView(graph, graph.inspections.get('fixture/report-2019')!.paragraphs[0]!);
    expect(
      readable({ heading: view.heading, text: view.text, previous: view.previous, next: view.next }),
    ).toMatchInlineSnapshot();
    expect(view.tables.map((t) => ({ caption: t.caption, rows: t.rows.map(actionRowText) }))).toMatchInlineSnapshot();
  });
});

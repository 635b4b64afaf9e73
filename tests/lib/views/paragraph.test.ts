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
    ).toMatchInlineSnapshot(`
      {
        "caption": "Ofsted inspection of children's services, June 2018",
        "citedHeading": "Actions that cite paragraph 24",
        "heading": "Paragraph 24",
        "missing": "The text of this paragraph is not among the source documents published here. Read it in the inspection report itself; the actions below cite it by number.",
        "next": {
          "href": "/torbay/inspections/ofsted-2018/paragraphs/25/",
          "label": "Next: paragraph 25",
        },
        "previous": {
          "href": "/torbay/inspections/ofsted-2018/paragraphs/22/",
          "label": "Previous: paragraph 22",
        },
        "text": undefined,
        "title": "Paragraph 24, Ofsted inspection of children's services, June 2018, Torbay",
      }
    `);
    expect(view.tables.map((t) => ({ caption: t.caption, rows: t.rows.map(actionRowText) }))).toMatchInlineSnapshot(`
      [
        {
          "caption": "Torbay Children's Services Improvement Plan, Version 1: 4 actions",
          "rows": [
            "2.3.1 | HoS, Service Managers and Team Managers to oversee, social workers to deliver | Immediate | Not yet rated",
            "2.3.2 | HoS, Service Managers and Team Managers | Immediate | Not yet rated",
            "2.3.3 | HoS, Service Managers and Team Managers | Immediate | Not yet rated",
            "2.3.4 | Team Managers and Social Workers – HoS and Service Managers when necessary | Immediate | Not yet rated",
          ],
        },
      ]
    `);
  });

  it("on the fixture's paragraph 10: each version's table judged at that version's date", () => {
    const graph = threeGraph();
    const view = paragraphView(graph, graph.inspections.get('fixture/report-2019')!.paragraphs[0]!);
    expect(readable({ heading: view.heading, text: view.text, previous: view.previous, next: view.next }))
      .toMatchInlineSnapshot(`
      {
        "heading": "Paragraph 10",
        "next": {
          "href": "/fixture/inspections/report-2019/paragraphs/20/",
          "label": "Next: paragraph 20",
        },
        "previous": undefined,
        "text": "Supervision was irregular.",
      }
    `);
    expect(view.tables.map((t) => ({ caption: t.caption, rows: t.rows.map(actionRowText) }))).toMatchInlineSnapshot(`
      [
        {
          "caption": "Fixture Improvement Plan, Version 3: 3 actions",
          "rows": [
            "1.1.1 | DCS | 31st May 2020 | Green",
            "1.1.2 | HoS | Immediate | Red",
            "1.2.3 | DCS | 30th June 2020 | Not yet rated",
          ],
        },
        {
          "caption": "Fixture Improvement Plan, Version 2: 3 actions",
          "rows": [
            "1.1.1 | DCS | 31st March 2020 | Green",
            "1.1.2 | HoS | Immediate | Red",
            "1.1.3 | HoS | 31st December 2019 [Overdue] | Green",
          ],
        },
        {
          "caption": "Fixture Improvement Plan, Version 1: 3 actions",
          "rows": [
            "1.1.1 | DCS | 31st March 2020 | Amber",
            "1.1.2 | HoS | Immediate | Amber",
            "1.1.3 | HoS | 31st December 2019 | Green",
          ],
        },
      ]
    `);
  });
});

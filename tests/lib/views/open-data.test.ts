// openDataView: the /data/ page's downloads, spreadsheets, feeds and data dictionary, including
// each source's publisher, date and public address (issue 13).
import { describe, expect, it } from 'vitest';
import { openData } from '../../../src/lib/publishing/open-data.ts';
import { dictionaryFields, openDataView } from '../../../src/lib/views/open-data.ts';
import { bundledGraph, otherGraph } from '../../helpers.ts';

describe('openDataView', () => {
  it('lists the bundled downloads with their record counts, the spreadsheets and the feeds', () => {
    const graph = bundledGraph();
    const view = openDataView(graph, openData(graph));
    expect(view.downloads.map((d) => `${d.name}: ${d.records}`)).toMatchInlineSnapshot(`
      [
        "authorities: 2",
        "inspections: 5",
        "recommendations: 16",
        "paragraphs: 33",
        "monitoring-visits: 3",
        "notices: 2",
        "indicators: 5",
        "plans: 1",
        "plan-versions: 1",
        "actions: 36",
        "peer-reviews: 1",
        "statements: 1",
        "figures: 0",
        "findings: 4",
        "recommendation-views: 16",
      ]
    `);
    expect(view.spreadsheets).toMatchInlineSnapshot(`
      [
        {
          "csv": "/data/plans/torbay-improvement-plan-v1.csv",
          "rows": 36,
          "title": "Torbay Children's Services Improvement Plan, Version 1",
          "xlsx": "/data/plans/torbay-improvement-plan-v1.xlsx",
        },
      ]
    `);
    expect(view.feeds.map((f) => `${f.text} → ${f.href}`)).toMatchInlineSnapshot(`
      [
        "Statements and new documents from every council → /feed.xml",
        "Torbay Council: statements and new documents → /torbay/feed.xml",
        "Worcestershire County Council: statements and new documents → /worcestershire/feed.xml",
        "Torbay Children's Services Improvement Plan (Torbay Council): new versions and what changed → /torbay/plans/improvement-plan/feed.xml",
      ]
    `);
  });

  it("lists the fixture councils' downloads too", () => {
    const graph = otherGraph();
    const view = openDataView(graph, openData(graph));
    expect(view.downloads.map((d) => `${d.name}: ${d.records}`)).toMatchInlineSnapshot(`
      [
        "authorities: 2",
        "inspections: 3",
        "recommendations: 7",
        "paragraphs: 0",
        "monitoring-visits: 2",
        "notices: 4",
        "indicators: 3",
        "plans: 1",
        "plan-versions: 1",
        "actions: 2",
        "peer-reviews: 0",
        "statements: 1",
        "figures: 3",
        "findings: 4",
        "recommendation-views: 7",
      ]
    `);
  });

  it('describes every source field of every document dataset, the public address among them', () => {
    for (const name of [
      'inspections',
      'monitoring-visits',
      'notices',
      'plans',
      'plan-versions',
      'peer-reviews',
      'statements',
    ] as const) {
      const fields = dictionaryFields(name).filter((f) => f.field.startsWith('sources'));
      expect(
        fields.map((f) => `${f.field}${f.required ? '' : ' (optional)'}`),
        name,
      ).toEqual([
        'sources',
        'sources[].title',
        'sources[].file (optional)',
        'sources[].publisher (optional)',
        'sources[].date (optional)',
        'sources[].address (optional)',
      ]);
    }
    expect(dictionaryFields('notices').find((f) => f.field === 'sources[].address')!.meaning).toMatch(
      /public web address/,
    );
  });

  it('publishes the source fields in the open data itself', () => {
    const data = openData(bundledGraph());
    const plan = (data['plan-versions'] as { sources: object[] }[])[0]!;
    expect(plan.sources).toMatchInlineSnapshot(`
      [
        {
          "date": "2019-10",
          "file": "torbay-improvement-plan-v1-2019-10.txt",
          "publisher": "Torbay Council",
          "title": "Torbay Children's Services Improvement Plan, Version 1, October 2019",
        },
      ]
    `);
  });
});

import { describe, expect, it } from 'vitest';
import { plain } from '../../../src/lib/views/common.ts';
import { monitoringVisitView, visitDateRows } from '../../../src/lib/views/monitoring-visit.ts';
import type { MonitoringVisitNode } from '../../../src/lib/graph/graph.ts';
import { bundledGraph } from '../fixtures.ts';
import { readable } from './readable.ts';

const graph = bundledGraph();
const visit = graph.authorityBySlug.get('torbay')!.monitoringVisits[0]!;
const withData = (data: Partial<MonitoringVisitNode['data']>): MonitoringVisitNode => ({
  ...visit,
  data: { ...visit.data, ...data },
});
const rows = (v: MonitoringVisitNode) => visitDateRows(v).map((r) => [r.key, plain(r.value)]);

describe('the monitoring-visit page', () => {
  it('dates the visit as the source does, saying where a date was read from', () => {
    expect(
      rows(
        withData({ visited: '2019-04', visitedReadFrom: 'April Monitoring Visit', letter: undefined, sourceDates: [] }),
      ),
    ).toEqual([
      // Not among the ways the plan cites the visit, so said with its source, not as the plan's citation.
      [
        'Visit',
        "April 2019 (read from “April Monitoring Visit” in Torbay Children's Services Improvement Plan, version 1, October 2019)",
      ],
      ['Other dates', 'Not in the sources: they give no day for the visit and no date for its letter.'],
    ]);
    expect(
      rows(
        withData({
          visited: '2019-04-10',
          visitedReadFrom: undefined,
          letter: '2019-05-02',
          sourceDates: [{ date: '2019-04-30', words: '30th April' }],
        }),
      ),
    ).toEqual([
      ['Visit', '10 April 2019'],
      ["Inspector's letter", '2 May 2019'],
      ['A date the plan gives for it', '30 April 2019 (the plan: “30th April”; it does not say what the date is of)'],
    ]);
  });

  it('tags inferences as such and never claims findings the sources do not give', () => {
    const view = monitoringVisitView(
      graph,
      withData({ inferences: ['It followed the 2018 inspection.'], findings: [] }),
    );
    expect(view.inferences.map((l) => plain(l))).toEqual(['[Inference] It followed the 2018 inspection.']);
    expect(view.findings).toEqual([]);
    expect(view.noFindings).toBe("The sources published here do not report this visit's findings.");
    expect(view.provenance.heading).toBe('About this transcription');
  });

  it('lists the plan versions that cite it, with the actions and objectives that do', () => {
    const view = monitoringVisitView(graph, visit);
    expect(view.rows[0]).toEqual({
      key: 'Follows',
      value: [{ text: visit.inspection.data.title, href: '/torbay/inspections/ofsted-2018/' }],
    });
    const cited = visit.citedByActions.length + visit.citedByAims.length;
    expect(view.citedIn.length > 0).toBe(cited > 0);
    for (const group of view.citedIn) {
      expect(group.heading).toMatch(/^Cited in /);
      expect(group.caption).toMatch(/^Actions that cite this visit, Version \d+ \(/);
    }
    expect(plain(view.rows.at(-1)!.value)).toBe(visit.data.citedAs.map((c) => `“${c}”`).join(', ') || 'Not cited');
  });
});

describe('the monitoring-visit page, part by part, on every bundled visit', () => {
  const views = [...graph.monitoringVisits.values()].map((v) => monitoringVisitView(graph, v));

  it('sits under the inspection it follows in the trail', () => {
    for (const view of views)
      expect(view.breadcrumbs.map((c) => c.label)).toEqual([
        'Councils',
        'Torbay Council',
        "Ofsted inspection of children's services, June 2018",
      ]);
  });

  it('is headed by the visit and its date at the precision the sources give', () => {
    expect(views.map((v) => readable({ title: v.title, caption: v.caption, heading: v.heading })))
      .toMatchInlineSnapshot(`
      [
        {
          "caption": "Torbay Council",
          "heading": "Monitoring visit, January 2019",
          "title": "Monitoring visit, January 2019, Torbay",
        },
        {
          "caption": "Torbay Council",
          "heading": "Monitoring visit, April 2019",
          "title": "Monitoring visit, April 2019, Torbay",
        },
        {
          "caption": "Torbay Council",
          "heading": "Monitoring visit, October 2019",
          "title": "Monitoring visit, October 2019, Torbay",
        },
      ]
    `);
  });

  it('dates the visit and says how the plan cites it', () => {
    expect(views.map((v) => readable(v.rows))).toMatchInlineSnapshot(`
      [
        [
          {
            "key": "Follows",
            "value": "‹Ofsted inspection of children's services, June 2018›",
          },
          {
            "key": "Visit",
            "value": "January 2019 (read from the plan's citation “Monitoring visit January/April”)",
          },
          {
            "key": "A date the plan gives for it",
            "value": "1 February 2019 (the plan: “Inspectors reported in the two most recent monitoring visits on 1 February 2019 and 8 May 2019”; it does not say what the date is of)",
          },
          {
            "key": "Cited in the plan as",
            "keyHref": "/glossary/#phrase-cited-in-the-plan-as",
            "value": [
              "“Monitoring visit January/April”, “Monitoring visits January, April and October”, “Monitoring Visit January, April and October”",
            ],
          },
        ],
        [
          {
            "key": "Follows",
            "value": "‹Ofsted inspection of children's services, June 2018›",
          },
          {
            "key": "Visit",
            "value": "April 2019 (read from the plan's citation “Monitoring Visit April 2019 KIT”)",
          },
          {
            "key": "A date the plan gives for it",
            "value": "8 May 2019 (the plan: “Inspectors reported in the two most recent monitoring visits on 1 February 2019 and 8 May 2019”; it does not say what the date is of)",
          },
          {
            "key": "Cited in the plan as",
            "keyHref": "/glossary/#phrase-cited-in-the-plan-as",
            "value": [
              "“Monitoring Visit April 2019 KIT”, “April & October Monitoring Visit”, “Monitoring visit April”, “Monitoring visit January/April”, “Monitoring visits January, April and October”, “Monitoring Visit April”, “Monitoring Visit January, April and October”",
            ],
          },
        ],
        [
          {
            "key": "Follows",
            "value": "‹Ofsted inspection of children's services, June 2018›",
          },
          {
            "key": "Visit",
            "value": "October 2019 (read from the plan's citation “October 2019 Monitoring Visit”)",
          },
          {
            "key": "Other dates",
            "value": [
              "Not in the sources: they give no day for the visit and no date for its letter.",
            ],
          },
          {
            "key": "Cited in the plan as",
            "keyHref": "/glossary/#phrase-cited-in-the-plan-as",
            "value": [
              "“October Monitoring Visit”, “April & October Monitoring Visit”, “October 2019 Monitoring Visit”, “October 2019 monitoring visit”, “Monitoring visits January, April and October”, “Monitoring Visit January, April and October”",
            ],
          },
        ],
      ]
    `);
  });

  it('counts the findings, says what each concerns, and tags inferences', () => {
    expect(
      views.map((v) =>
        readable({
          findingsHeading: v.findingsHeading,
          findings: v.findings.length,
          noFindings: v.noFindings,
          concerns: v.concerns,
          inferencesHeading: v.inferencesHeading,
          inferences: v.inferences,
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "concerns": [
            undefined,
            undefined,
          ],
          "findings": 2,
          "findingsHeading": "Findings",
          "inferences": [
            "[Inference] The month is read from the plan's citations ("Monitoring visit January/April", "Monitoring visits January, April and October"), which give no year; 2019 is inferred from the plan's "two most recent monitoring visits on 1 February 2019 and 8 May 2019".",
            "[Inference] The plan gives two dates for its two most recent visits; 1 February 2019 is taken to be this visit's because it is the earlier. The plan cites the visit as January's, so 1 February 2019 may be the date of the inspectors' letter rather than of the visit: the plan does not say which.",
          ],
          "inferencesHeading": "What this site infers",
          "noFindings": "The sources published here do not report this visit's findings.",
        },
        {
          "concerns": [
            undefined,
            undefined,
          ],
          "findings": 2,
          "findingsHeading": "Findings",
          "inferences": [
            "[Inference] The plan gives two dates for its two most recent visits; 8 May 2019 is taken to be this visit's because it is the later. The plan cites the visit as April's, so 8 May 2019 may be the date of the inspectors' letter rather than of the visit: the plan does not say which.",
          ],
          "inferencesHeading": "What this site infers",
          "noFindings": "The sources published here do not report this visit's findings.",
        },
        {
          "concerns": [],
          "findings": 0,
          "findingsHeading": "Findings",
          "inferences": [],
          "inferencesHeading": "What this site infers",
          "noFindings": "The sources published here do not report this visit's findings.",
        },
      ]
    `);
  });

  it('lists the plan versions that cite it, with their actions and objectives', () => {
    expect(views.map((v) => readable(v.citedIn.map((c) => ({ ...c, rows: c.rows.map((r) => r.ref) })))))
      .toMatchInlineSnapshot(`
      [
        [
          {
            "caption": "Actions that cite this visit, Version 1 (October 2019)",
            "heading": "Cited in Torbay Children's Services Improvement Plan, Version 1",
            "id": "cited-v1",
            "rows": [
              "2.3.1",
              "2.3.2",
              "2.3.3",
              "4.1.1",
            ],
          },
        ],
        [
          {
            "caption": "Actions that cite this visit, Version 1 (October 2019)",
            "heading": "Cited in Torbay Children's Services Improvement Plan, Version 1",
            "id": "cited-v1",
            "rows": [
              "1.1.2",
              "1.1.5",
              "1.1.7",
              "2.3.1",
              "2.3.2",
              "2.3.3",
              "2.3.4",
              "2.4.1",
              "4.1.1",
            ],
          },
        ],
        [
          {
            "caption": "Actions that cite this visit, Version 1 (October 2019)",
            "heading": "Cited in Torbay Children's Services Improvement Plan, Version 1",
            "id": "cited-v1",
            "objectives": "Objectives that answer it: ‹1.2›, ‹2.6›, ‹2.8›, ‹3.1›",
            "rows": [
              "1.1.4",
              "1.1.5",
              "1.2.1",
              "2.3.1",
              "2.4.2",
              "2.4.3",
              "2.4.4",
              "2.8.1",
              "3.1.1",
              "3.1.2",
              "4.1.1",
            ],
          },
        ],
      ]
    `);
  });

  it('says where its words came from', () => {
    expect(views.map((v) => readable(v.provenance))).toMatchInlineSnapshot(`
      [
        {
          "heading": "About this transcription",
          "inferences": [],
          "intro": "Transcribed from the document under “Source document” below.",
          "notes": [
            "The plan reports the January and April visits together; the findings are its summary of both.",
          ],
        },
        {
          "heading": "About this transcription",
          "inferences": [],
          "intro": "Transcribed from the document under “Source document” below.",
          "notes": [
            "The plan reports the January and April visits together; the findings are its summary of both.",
          ],
        },
        {
          "heading": "About this transcription",
          "inferences": [],
          "intro": "Transcribed from the document under “Source document” below.",
          "notes": [
            "The plan cites this visit but does not report its findings, and gives no day for it.",
          ],
        },
      ]
    `);
  });
});

// The notice page's view, pinned on the bundled notices and the other-councils fixtures: what the
// page says about the notice, and "Were the targets met?" judged from the notice's own council's
// documents as of its own time.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/graph.ts';
import { parseContent } from '../../../src/lib/content/parse-content.ts';
import { noticeView } from '../../../src/lib/views/notice.ts';
import { plain } from '../../../src/lib/views/common.ts';
import { bundledGraph, otherFiles, otherGraph, otherRoots, withJson } from '../../helpers.ts';
import { readable } from './readable.ts';
import { readSources } from '../../../scripts/read-content.ts';

const bundled = bundledGraph();
const torbay = bundled.notices.get('torbay/improvement-notice-2011')!;
const worcestershire = bundled.notices.get('worcestershire/improvement-notice-2011')!;
const other = otherGraph();
const westshire2015 = other.notices.get('westshire/improvement-notice-2015')!;

/** The "Were the targets met?" table as lines a reader reads. */
const targetLines = (view: ReturnType<typeof noticeView>) =>
  (view.targets.table?.rows ?? []).map(
    (r) =>
      `${plain(r.name)} | ${plain(r.target)} | ${plain(r.due)} | ${plain(r.basis)} | ${plain(r.direction)} | ${plain(r.figure)} | ${r.statusLabel}: ${r.reason}`,
  );

describe('notice view: bundled Torbay 2011 notice', () => {
  const view = noticeView(bundled, torbay);
  it('says what the page says, with the targets judged as of Torbay’s own date', () => {
    expect(
      readable({
        title: view.title,
        breadcrumbs: view.breadcrumbs,
        heading: view.heading,
        rows: view.rows,
        targets: { ...view.targets, table: undefined, counts: view.targets.table?.counts },
        charts: view.charts.map((c) => ({ title: c.title, summary: c.summary, rows: c.table.rows.length })),
        reviews: view.reviews,
        consequence: view.consequence.title,
        provenance: view.provenance.heading,
      }),
    ).toMatchInlineSnapshot(`
      {
        "breadcrumbs": [
          {
            "href": "/",
            "label": "Councils",
          },
          {
            "href": "/torbay/",
            "label": "Torbay Council",
          },
        ],
        "charts": [
          {
            "rows": 2,
            "summary": "Initial assessments within 10 working days. 2 targets; no actual figures are published here. Higher is better.",
            "title": "Initial assessments within 10 working days: targets (no actual figures are published here)",
          },
          {
            "rows": 2,
            "summary": "Core assessments within 35 days. 2 targets; no actual figures are published here. Higher is better.",
            "title": "Core assessments within 35 days: targets (no actual figures are published here)",
          },
        ],
        "consequence": "If the council does not comply",
        "heading": "Improvement Notice, 2011 (inferred)",
        "provenance": "About this transcription",
        "reviews": {
          "assessedBy": "By: The Department for Education which will, on the basis of measurable progress towards the targets outlined above, advise Ministers on any necessary follow-up action.",
          "items": [
            "A review will be carried out on receipt of performance information relating to March 2011 (once March 2011 performance data is in; the notice gives no date for it)",
            "a further assessment will be carried out once October 2011 performance data is available. (once October 2011 performance data is in; the notice gives no date for it)",
          ],
        },
        "rows": [
          {
            "key": "Issued by",
            "value": "Not in the source: the notice's text does not name who issued it, and its "Signed" line is blank",
          },
          {
            "key": "Issued",
            "value": "2011 (inferred)",
          },
          {
            "key": "To",
            "value": [
              "TORBAY COUNCIL ("the Council"), Union House, Union Street, Torquay, Devon TQ1 3YA",
            ],
          },
          {
            "key": "Poor performance in",
            "value": [
              "Children's social care services",
            ],
          },
          {
            "key": "Rests on",
            "keyHref": "/glossary/#phrase-rests-on",
            "value": "‹Inspection of safeguarding and looked after children's services›",
          },
          {
            "key": "Were the targets met?",
            "value": "‹4 targets: for all 4, the documents published here do not say whether they were met.›",
          },
        ],
        "targets": {
          "counts": "4 targets: for all 4, the documents published here do not say whether they were met.",
          "heading": "Were the targets met?",
          "intro": [
            "A target is met when a figure from Torbay's own documents published here, for the same period (and basis, where the target gives one), is at or above it, or at or below it where lower is better. With no such figure, it is not yet known while its period may not have ended by October 2019; after that, or where the target gives no number or period, the documents published here do not say.",
            "As of October 2019. The newest documents published here about Torbay are Torbay Children's Services Improvement Plan, Version 1 and Monitoring visit, October 2019; the sources do not say which came later. Statements do not move this date.",
          ],
          "table": undefined,
        },
        "title": "Improvement Notice, 2011 (inferred), Torbay",
      }
    `);
    expect(targetLines(view)).toMatchInlineSnapshot(`
      [
        "‹Initial assessments within 10 working days› | 70% | March 2011 (“for March 2011”) | In-month figure | Higher is better (the notice says “increasing”) | None for March 2011 published here | The documents published here do not say: no in-month figure for March 2011 is published here",
        "‹Initial assessments within 10 working days› | 80% | October 2011 (“by October 2011”) | Cumulative: cumulative figure for the first half of 2011-2012 reporting year | Higher is better (the notice says “increasing”) | None for October 2011 published here | The documents published here do not say: no cumulative figure for October 2011 is published here",
        "‹Core assessments within 35 days› | 60% | March 2011 (“for March 2011”) | In-month figure | Higher is better (the notice says “increasing”) | None for March 2011 published here | The documents published here do not say: no in-month figure for March 2011 is published here",
        "‹Core assessments within 35 days› | 78% | October 2011 (“by October 2011”) | Cumulative: cumulative figure for the first half of 2011-2012 reporting year | Higher is better (the notice says “increasing”) | None for October 2011 published here | The documents published here do not say: no cumulative figure for October 2011 is published here",
      ]
    `);
  });

  it('finding 7: the reviews tied to a month’s data are not dated deadlines', () => {
    expect(view.reviews.items.map(plain)).toMatchInlineSnapshot(`
      [
        "A review will be carried out on receipt of performance information relating to March 2011 (once March 2011 performance data is in; the notice gives no date for it)",
        "a further assessment will be carried out once October 2011 performance data is available. (once October 2011 performance data is in; the notice gives no date for it)",
      ]
    `);
  });

  it('never titles a chart "published figures" when none are published here, and says so plainly', () => {
    for (const chart of view.charts) {
      expect(chart.title).not.toMatch(/published figures/);
      expect(chart.title).toMatch(/no actual figures are published here/);
      expect(chart.summary).toMatch(/no actual figures are published here/);
    }
  });
});

describe('notice view: bundled Worcestershire notice', () => {
  const view = noticeView(bundled, worcestershire);
  it('finding 5: never says who issued it where the notice does not name it', () => {
    expect(plain(view.rows.find((r) => r.key === 'Issued by')!.value)).toMatchInlineSnapshot(
      `"Not in the source: the notice's text does not name who issued it, and its "Signed" line is blank"`,
    );
    expect(JSON.stringify(view)).not.toContain('Department for Education');
  });

  it('judges targets as of Worcestershire’s own date: not yet known, and "do not say" for a target with no date', () => {
    expect(readable({ intro: view.targets.intro, counts: view.targets.table?.counts })).toMatchInlineSnapshot(`
      {
        "counts": "5 targets: 4 not yet known and for 1 the documents published here do not say.",
        "intro": [
          "A target is met when a figure from Worcestershire's own documents published here, for the same period (and basis, where the target gives one), is at or above it, or at or below it where lower is better. With no such figure, it is not yet known while its period may not have ended by 2011 (inferred); after that, or where the target gives no number or period, the documents published here do not say.",
          "As of 2011 (inferred), the date of the newest document published here about Worcestershire (Improvement Notice); statements do not move it.",
        ],
      }
    `);
    expect(targetLines(view)).toMatchInlineSnapshot(`
      [
        "‹Initial assessments within timescale› | 70% | June 2011 (“by June 2011”) | In-month figure | Higher is better (the notice says “increasing”) | None for June 2011 published here | Not yet known: no in-month figure for June 2011 is published here, and June 2011 may not have ended by 2011 (Worcestershire's as-of date)",
        "‹Initial assessments within timescale› | 80% | December 2011 (“by December 2011”) | Cumulative: cumulative figure for the first three quarters of 2011-12 reporting year | Higher is better (the notice says “increasing”) | None for December 2011 published here | Not yet known: no cumulative figure for December 2011 is published here, and December 2011 may not have ended by 2011 (Worcestershire's as-of date)",
        "‹Core assessments within timescale› | 60% | June 2011 (“by June 2011”) | In-month figure | Higher is better (the notice says “increasing”) | None for June 2011 published here | Not yet known: no in-month figure for June 2011 is published here, and June 2011 may not have ended by 2011 (Worcestershire's as-of date)",
        "‹Core assessments within timescale› | 78% | December 2011 (“by December 2011”) | Cumulative: cumulative figure for the first three quarters of 2011-12 reporting year | Higher is better (the notice says “increasing”) | None for December 2011 published here | Not yet known: no cumulative figure for December 2011 is published here, and December 2011 may not have ended by 2011 (Worcestershire's as-of date)",
        "‹Vacancy rate of qualified social workers› | 10% | No date given | Not stated | Lower is better (the notice says “reducing”) | None matched: the target gives no period | The documents published here do not say: the notice gives no date or period for it",
      ]
    `);
  });

  it('each council keeps its own time: a later date for Worcestershire ends the periods; one for Torbay changes nothing here', () => {
    const later = noticeView(
      bundled,
      bundledGraph({ asOf: { worcestershire: '2012-06' } }).notices.get(worcestershire.key)!,
    );
    expect(later.targets.table!.rows.map((r) => r.status)).toEqual([
      'not-said',
      'not-said',
      'not-said',
      'not-said',
      'not-said',
    ]);
    const torbayMoved = bundledGraph({ asOf: { torbay: '2030-01' } }).notices.get(worcestershire.key)!;
    expect(targetLines(noticeView(bundled, torbayMoved))).toEqual(targetLines(view));
  });
});

describe('notice view: other councils (fixtures)', () => {
  it('Westshire 2015: a lower-is-better target met by the September 2016 figure, with the figure, its source and the notice’s word for the direction', () => {
    const view = noticeView(other, westshire2015);
    expect(readable({ part: view.part, rows: view.rows, counts: view.targets.table?.counts })).toMatchInlineSnapshot(`
      {
        "counts": "1 target: 1 met.",
        "part": "The sources give only part of this notice: page 1 of 4. What is not in that part is marked “Not in the source”.",
        "rows": [
          {
            "key": "Kind",
            "value": [
              "Non-statutory improvement notice",
            ],
          },
          {
            "key": "Issued by",
            "value": [
              "Department for Education",
            ],
          },
          {
            "key": "Issued",
            "value": "1 June 2015",
          },
          {
            "key": "To",
            "value": [
              "Westshire Council (test fixture)",
            ],
          },
          {
            "key": "Poor performance in",
            "value": "Not in the source: Test fixture: page 1 of 4 does not name the service.",
          },
          {
            "key": "Rests on",
            "keyHref": "/glossary/#phrase-rests-on",
            "list": [
              "‹Inspection of services for children in need of help and protection, children looked after and care leavers› (Inspection report)",
              "Children's services performance scorecard, March 2015 (test fixture) (Scorecard, March 2015, not published on this site)",
              "Diagnostic assessment by the DfE's adviser (test fixture) (Diagnostic assessment, not published on this site)",
            ],
            "value": [],
          },
          {
            "key": "Follows",
            "value": "‹Improvement Notice, 3 August 2013›",
          },
          {
            "key": "Replaces",
            "list": [
              "‹Improvement Notice, 3 August 2013›",
            ],
            "value": [],
          },
          {
            "key": "Were the targets met?",
            "value": "‹1 target: 1 met.›",
          },
        ],
      }
    `);
    expect(targetLines(view)).toMatchInlineSnapshot(`
      [
        "‹Re-referrals within 12 months (test fixture)› | 30% | September 2016 (“by September 2016”) | Not stated | Lower is better (the notice says “reduce”) | 28% (“almost 30%”) for September 2016, in-month figure. Source: Test fixture: improvement board report, October 2016 | Met: 28% for September 2016 is at or below the target of 30%",
      ]
    `);
    expect(view.charts.map((c) => c.title)).toMatchInlineSnapshot(`
      [
        "Re-referrals within 12 months (test fixture): baseline, targets and published figures",
      ]
    `);
  });

  it('Westshire 2015: not met when the published figure is above a lower-is-better target', () => {
    const files = withJson(
      'figures/westshire/re-referrals.json',
      (d) => {
        d.figures[1].value = 32;
        delete d.figures[1].valueText;
      },
      otherFiles,
    );
    const graph = buildGraph(parseContent(files, otherRoots).content);
    const view = noticeView(graph, graph.notices.get(westshire2015.key)!);
    expect(targetLines(view)).toMatchInlineSnapshot(`
      [
        "‹Re-referrals within 12 months (test fixture)› | 30% | September 2016 (“by September 2016”) | Not stated | Lower is better (the notice says “reduce”) | 32% for September 2016, in-month figure. Source: Test fixture: improvement board report, October 2016 | Not met: 32% for September 2016 is above the target of 30%",
      ]
    `);
    expect(view.targets.table?.counts).toBe('1 target: 1 not met.');
  });

  it('Westshire 2015: a figure on another basis than the target is never set against it', () => {
    const files = withJson(
      'notices/westshire/improvement-notice-2015.json',
      (d) => {
        d.measures[0].targets[0].basis = 'cumulative';
      },
      otherFiles,
    );
    const graph = buildGraph(parseContent(files, otherRoots).content);
    const [row] = noticeView(graph, graph.notices.get(westshire2015.key)!).targets.table!.rows;
    expect(`${row!.statusLabel}: ${row!.reason}`).toMatchInlineSnapshot(
      `"The documents published here do not say: the figure published here for September 2016 is on another basis (in-month figure) than the target (cumulative), so one cannot be set against the other"`,
    );
  });

  it('uses the notice’s own council’s figures only: an indicator of another council is never judged against', () => {
    const graph = otherGraph();
    const notice = graph.notices.get(westshire2015.key)!;
    const target = notice.targets[0]!;
    // As if the notice's target had been tied to another council's indicator that has a figure for the period.
    const foreign = { ...target.indicator!, authority: graph.authorityBySlug.get('eastborough')! };
    notice.targets[0] = { ...target, indicator: foreign };
    const [row] = noticeView(graph, notice).targets.table!.rows;
    expect(row!.status).toBe('not-said');
    expect(row!.reason).toBe("its indicator is another council's, whose figures are not used");
  });

  it('Eastborough direction: a notice with no targets says so, with no table', () => {
    const view = noticeView(other, other.notices.get('eastborough/direction-2024')!);
    expect(readable({ targets: view.targets, charts: view.charts, rows: view.rows })).toMatchInlineSnapshot(`
      {
        "charts": [],
        "rows": [
          {
            "key": "Kind",
            "value": [
              "Statutory direction",
            ],
          },
          {
            "key": "Issued by",
            "value": [
              "Secretary of State for Education",
            ],
          },
          {
            "key": "Issued",
            "value": "15 January 2024",
          },
          {
            "key": "To",
            "value": [
              "Eastborough Council (test fixture)",
            ],
          },
          {
            "key": "Poor performance in",
            "value": [
              "Children's social care services",
            ],
          },
          {
            "key": "Rests on",
            "keyHref": "/glossary/#phrase-rests-on",
            "value": "‹Inspection of local authority children's services›",
          },
          {
            "key": "Follows",
            "value": "‹Improvement Notice, June 2023›",
          },
          {
            "key": "Replaces",
            "list": [
              "‹Improvement Notice, June 2023›",
            ],
            "value": [],
          },
          {
            "key": "Appoints",
            "list": [
              [
                "A commissioner",
                ": A. Commissioner (test fixture)",
              ],
            ],
            "value": [],
          },
        ],
        "targets": {
          "heading": "Were the targets met?",
          "intro": [],
          "none": "The direction sets no numeric targets.",
        },
      }
    `);
  });
});

describe('notice view: the three-version fixture', () => {
  const roots = { content: 'tests/fixtures/three-versions/content', data: 'tests/fixtures/three-versions/data' };
  const graph = buildGraph(parseContent(readSources(roots), roots).content);
  it('a higher-is-better target not met by the published figure, and a later one judged as of the council’s own date', () => {
    const view = noticeView(graph, graph.notices.get('fixture/notice-2019')!);
    expect(readable({ counts: view.targets.table?.counts, asOf: view.targets.intro[1] })).toMatchInlineSnapshot(`
      {
        "asOf": "As of April 2020, the date of the newest document published here about Fixture (Fixture Improvement Plan, Version 3); statements do not move it.",
        "counts": "2 targets: 1 not met and 1 not yet known.",
      }
    `);
    expect(targetLines(view)).toMatchInlineSnapshot(`
      [
        "‹Assessments on time› | 70% | December 2019 (“by December 2019”) | In-month figure | Higher is better (the notice says “increasing”) | 64% for December 2019, in-month figure. Source: Fixture performance report, January 2020 | Not met: 64% for December 2019 is below the target of 70%",
        "‹Assessments on time› | 80% | June 2020 (“by June 2020”) | Cumulative: cumulative figure | Higher is better (the notice says “increasing”) | None for June 2020 published here | Not yet known: no cumulative figure for June 2020 is published here, and June 2020 may not have ended by April 2020 (Fixture's as-of date)",
      ]
    `);
    expect(view.charts.map((c) => c.title)).toMatchInlineSnapshot(`
      [
        "Assessments on time: baseline, targets and published figures",
      ]
    `);
  });
});

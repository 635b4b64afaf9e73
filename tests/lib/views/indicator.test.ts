// The indicator page's view, pinned on the bundled indicators and the other-councils fixtures: its
// chart titled only with what it draws, "no actual figures" said plainly, and its targets judged
// against its own council's figures as of their own plan's or council's time.
import { describe, expect, it } from 'vitest';
import { indicatorView } from '../../../src/lib/views/indicator.ts';
import { plain } from '../../../src/lib/views/common.ts';
import { bundledGraph, otherGraph } from '../../helpers.ts';
import { readable } from './readable.ts';

const bundled = bundledGraph();
const other = otherGraph();
const view = (key: string) => {
  const indicator = bundled.indicators.get(key) ?? other.indicators.get(key);
  return indicatorView(undefined, indicator!);
};
const targetLines = (v: ReturnType<typeof indicatorView>) =>
  (v.targets.table?.rows ?? []).map(
    (r) =>
      `${plain(r.name)} | ${plain(r.target)} | ${plain(r.due)} | ${plain(r.figure)} | ${r.statusLabel}: ${r.reason}`,
  );

describe('indicator view: bundled', () => {
  it('Torbay initial assessments: no actual figures, said plainly; finding 7: no baseline claimed where none is given', () => {
    const v = view('torbay/initial-assessments');
    expect(readable({ ...v, chart: v.chart && { title: v.chart.title, summary: v.chart.summary }, targets: undefined }))
      .toMatchInlineSnapshot(`
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
        "caption": "Torbay Council: indicator",
        "chart": {
          "summary": "Initial assessments within 10 working days. 2 targets; no actual figures are published here. Higher is better.",
          "title": "Initial assessments within 10 working days: targets (no actual figures are published here)",
        },
        "chartHeading": "Targets and figures over time",
        "figures": {
          "caption": "Published figures and their sources",
          "none": "No actual figures for this indicator are published here.",
          "rows": [],
        },
        "heading": "Initial assessments within 10 working days",
        "noFigures": "No actual figures are published here. The documents published here give this indicator's targets but no baseline. With no actual figures, this site cannot say whether its targets were met.",
        "notes": [],
        "rows": [
          {
            "key": "What it counts",
            "value": [
              "The percentage of initial assessments for children's social care carried out within 10 working days.",
            ],
          },
          {
            "key": "Unit",
            "value": [
              "Percentage",
            ],
          },
          {
            "key": "Better when",
            "value": [
              "Higher",
            ],
          },
        ],
        "targets": undefined,
        "title": "Initial assessments within 10 working days, Torbay",
      }
    `);
    expect(v.targets.table?.firstColumn).toBe('Set by');
    expect(targetLines(v)).toMatchInlineSnapshot(`
      [
        "‹Improvement Notice, 2011 (inferred)› | 70% | March 2011 (“for March 2011”) | None for March 2011 published here | The documents published here do not say: no in-month figure for March 2011 is published here",
        "‹Improvement Notice, 2011 (inferred)› | 80% | October 2011 (“by October 2011”) | None for October 2011 published here | The documents published here do not say: no cumulative figure for October 2011 is published here",
      ]
    `);
  });

  it('Worcestershire initial assessments: the baseline the notice gives', () => {
    const v = view('worcestershire/initial-assessments');
    expect(plain(v.noFigures!)).toMatchInlineSnapshot(
      `"No actual figures are published here. The documents published here give this indicator's baseline and targets. With no actual figures, this site cannot say whether its targets were met."`,
    );
    expect(v.chart!.title).toMatchInlineSnapshot(
      `"Initial assessments within timescale: baseline and targets (no actual figures are published here)"`,
    );
  });

  it('Worcestershire vacancy rate: a target with no period draws nothing, and the page says why', () => {
    const v = view('worcestershire/social-worker-vacancy-rate');
    expect(v.chart).toBeUndefined();
    expect(v.noChart).toMatchInlineSnapshot(
      `"There is nothing to draw: no target gives both a number and a period, and no figures are published here. The table below gives the targets as the sources word them."`,
    );
    expect(targetLines(v)).toMatchInlineSnapshot(`
      [
        "‹Improvement Notice, 2011 (inferred)› | 10% | No date given | None matched: the target gives no period | The documents published here do not say: the notice gives no date or period for it",
      ]
    `);
  });
});

describe('indicator view: other councils (fixtures)', () => {
  it("Eastborough children in need: the plan's targets, one met by a published figure, one judged as of the plan's own date", () => {
    const v = view('eastborough/children-in-need-rate');
    expect(
      readable({
        chartHeading: v.chartHeading,
        noFigures: v.noFigures,
        chart: v.chart?.title,
        summary: v.chart?.summary,
        figures: v.figures,
      }),
    ).toMatchInlineSnapshot(`
      {
        "chart": "Children in need (test fixture): targets and published figures",
        "chartHeading": "Targets and figures over time",
        "figures": {
          "caption": "Published figures and their sources",
          "rows": [
            {
              "basis": [
                "Rolling",
              ],
              "period": "July to September 2023",
              "source": "Test fixture: performance scorecard, October 2023",
              "value": "470 per 10,000 children aged under 18",
            },
          ],
        },
        "noFigures": undefined,
        "summary": "Children in need (test fixture). 2 targets and 1 published figure, the latest 470 per 10,000 children aged under 18 for July to September 2023. Lower is better.",
      }
    `);
    expect(targetLines(v)).toMatchInlineSnapshot(`
      [
        "‹Eastborough Children's Services Improvement Plan (test fixture), Version 1› (“Reduce the rate of children in need to 480 per 10,000 by the end of September 2023 (rolling year)”) | 480 per 10,000 children aged under 18 | July to September 2023 | 470 per 10,000 children aged under 18 for July to September 2023, rolling. Source: Test fixture: performance scorecard, October 2023 | Met: 470 per 10,000 children aged under 18 for July to September 2023 is at or below the target of 480 per 10,000 children aged under 18",
        "‹Eastborough Children's Services Improvement Plan (test fixture), Version 1› (“Reduce the rate of children in need to 450 per 10,000 by March 2024”) | 450 per 10,000 children aged under 18 | March 2024 | None for March 2024 published here | Not yet known: no figure for March 2024 is published here, and March 2024 may not have ended by November 2023 (Eastborough's as-of date)",
      ]
    `);
  });

  it('Eastborough days to assessment: a target set by the council in words and a number, no figures', () => {
    const v = view('eastborough/days-to-assessment');
    expect(readable({ noFigures: v.noFigures, chart: v.chart?.title })).toMatchInlineSnapshot(`
      {
        "chart": "Average days from referral to assessment (test fixture): targets (no actual figures are published here)",
        "noFigures": "No actual figures are published here. The documents published here give this indicator's targets but no baseline. With no actual figures, this site cannot say whether its targets were met.",
      }
    `);
    expect(targetLines(v)).toMatchInlineSnapshot(`
      [
        "The council: Cabinet report (test fixture) (“fewer than 25 days by the end of the academic year”) | 25 days (“fewer than 25 days”) | 2023/24 (academic year) | None for 2023/24 (academic year) published here | Not yet known: no as-at (snapshot) figure for 2023/24 (academic year) is published here, and 2023/24 (academic year) may not have ended by 15 January 2024 (Eastborough's as-of date)",
      ]
    `);
  });

  it('Westshire re-referrals: figures with their sources, a notice target met', () => {
    const v = view('westshire/re-referrals');
    expect(readable({ chart: v.chart?.title, figures: v.figures, noFigures: v.noFigures })).toMatchInlineSnapshot(`
      {
        "chart": "Re-referrals within 12 months (test fixture): baseline, targets and published figures",
        "figures": {
          "caption": "Published figures and their sources",
          "rows": [
            {
              "basis": "Not stated",
              "period": "2013/14 (financial year)",
              "source": "Test fixture: annual performance report 2013/14",
              "value": "35%",
            },
            {
              "basis": [
                "In-month figure",
              ],
              "period": "September 2016",
              "source": "Test fixture: improvement board report, October 2016",
              "value": "28% (“almost 30%”)",
            },
          ],
        },
        "noFigures": undefined,
      }
    `);
    expect(targetLines(v)).toMatchInlineSnapshot(`
      [
        "‹Further Improvement Notice, 1 June 2015› | 30% | September 2016 (“by September 2016”) | 28% (“almost 30%”) for September 2016, in-month figure. Source: Test fixture: improvement board report, October 2016 | Met: 28% for September 2016 is at or below the target of 30%",
      ]
    `);
  });
});

describe('the figure column beside a target', () => {
  it("names the target's own period, so a figure of another period beside it is not contradicted", () => {
    // Eastborough publishes a figure for July to September 2023; the March 2024 target has none.
    const v = view('eastborough/children-in-need-rate');
    const figures = v.targets.table!.rows.map((r) => plain(r.figure));
    expect(figures[1]).toBe('None for March 2024 published here');
    expect(figures).not.toContain('None published here');
  });
});

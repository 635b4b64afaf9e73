import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/read-content.ts';
import { buildGraph } from '../../../src/lib/graph/graph.ts';
import { parseContent } from '../../../src/lib/content/parse-content.ts';
import { boardPackView } from '../../../src/lib/views/board-pack.ts';
import { bundledGraph, otherGraph } from '../../helpers.ts';

const roots = { content: 'tests/fixtures/three-versions/content', data: 'tests/fixtures/three-versions/data' };
const files = readSources(roots);
const fixture = buildGraph(parseContent(files, roots).content);
const plan = fixture.plans.get('fixture/plan')!;
/** The fixture plan with its council's as-of date set: a pack is judged at its version's date, never a date it is handed. */
const planAt = (date: string) =>
  buildGraph(parseContent(files, roots).content, { asOf: { fixture: date } }).plans.get('fixture/plan')!;

describe('boardPackView', () => {
  it('says what is late, what slipped and what changed in a later version', () => {
    const view = boardPackView(planAt('2020-06-30').latest);
    expect(view.summary).toMatchInlineSnapshot(`
      [
        "Version 3 of the plan, dated April 2020, has 4 actions in 1 theme; 3 are rated.",
        "As at 30 June 2020, 2 actions are late: past the date their timescale gives, and not rated complete.",
        "1 action has the timescale "Immediate", which gives no date, so it is not counted as late.",
        "1 timescale slipped since Version 2.",
      ]
    `);
    expect(view.late.map((a) => [a.ref, a.due, a.rating?.label ?? 'Not yet rated'])).toMatchInlineSnapshot(`
      [
        [
          "1.2.2",
          "31 January 2020",
          "Amber",
        ],
        [
          "1.1.1",
          "31 May 2020",
          "Green",
        ],
      ]
    `);
    expect(view.slipped).toMatchInlineSnapshot(`
      [
        {
          "after": "31st May 2020",
          "before": "31st March 2020",
          "by": "2 months later",
          "ref": "1.1.1",
          "url": "/fixture/plans/plan/actions/1.1.1/",
        },
      ]
    `);
    expect(view.changes?.counts.filter((c) => c.count > 0)).toMatchInlineSnapshot(`
      [
        {
          "count": 1,
          "label": "New actions",
        },
        {
          "count": 1,
          "label": "Actions removed",
        },
        {
          "count": 1,
          "label": "Actions renumbered",
        },
        {
          "count": 1,
          "label": "Timescales slipped",
        },
        {
          "count": 1,
          "label": "Actions with changed wording",
        },
      ]
    `);
    expect(view.ratingColumns).toMatchInlineSnapshot(`
      [
        "Green",
        "Amber",
        "Red",
        "Not yet rated",
      ]
    `);
    expect(view.themes.map((t) => [t.label, ...t.counts, t.late, t.total])).toMatchInlineSnapshot(`
      [
        [
          "1. Practice",
          1,
          1,
          1,
          1,
          2,
          4,
        ],
      ]
    `);
    expect(view.recommendations.map((r) => [r.label, r.actions, r.ratings, r.late, r.status])).toMatchInlineSnapshot(`
      [
        [
          "Recommendation 1",
          2,
          "1 Green, 1 Red",
          1,
          "2 actions answer it; 1 late.",
        ],
        [
          "Recommendation 2",
          2,
          "1 Amber, 1 Not yet rated",
          1,
          "2 actions answer it; 1 late.",
        ],
      ]
    `);
  });

  it('judges "late" at its version\'s date, never the clock', () => {
    expect(boardPackView(planAt('2019-01-01').latest).late).toEqual([]);
    expect(boardPackView(plan.latest).asAt).toBe('2020-04');
    expect(boardPackView(plan.latest).late.map((a) => a.ref)).toEqual(['1.2.2']);
  });

  it("judges an earlier version's pack at that version's own date, not the plan's latest", () => {
    // Version 1 (October 2019) has 1.1.3 due 31 December 2019 and 1.1.1 due 31 March 2020: late at the
    // plan's April 2020, but Version 1's ratings say nothing of April 2020.
    const v1 = boardPackView(plan.versions[0]!);
    expect([v1.asAt, v1.asAtText, v1.late]).toEqual(['2019-10', 'October 2019', []]);
    const v2 = boardPackView(plan.versions[1]!);
    expect([v2.asAt, v2.late.map((a) => a.ref)]).toEqual(['2020-01', ['1.1.3']]);
    // A configured date moves the latest version's pack only.
    expect(boardPackView(planAt('2020-06-30').versions[1]!).asAt).toBe('2020-01');
  });

  it('says a first version has nothing to compare with', () => {
    const view = boardPackView(plan.versions[0]!);
    expect(view.changes).toBeUndefined();
    expect(view.slippedEmpty).toBe(
      'This is the first version of the plan published here: there is no earlier version here to compare with.',
    );
    expect(view.latest?.url).toBe('/fixture/plans/plan/v3/');
  });

  it('counts the bundled plan: nothing rated or late, 21 "Immediate" actions not counted as late', () => {
    const graph = bundledGraph();
    const view = boardPackView(graph.plans.get('torbay/improvement-plan')!.latest);
    expect(view.asAtText).toBe('October 2019');
    expect(view.summary).toMatchInlineSnapshot(`
      [
        "Version 1 of the plan, dated October 2019, has 36 actions in 4 themes; none is rated yet.",
        "As at October 2019, no action is late: none is past the date its timescale gives without being rated complete.",
        "21 actions have the timescale "Immediate", which gives no date, so they are not counted as late.",
        "This is the first version of the plan published here, so there is no earlier version here to compare with.",
      ]
    `);
    expect(view.themeTotals.counts).toEqual([0, 0, 0, 36]);
    expect(view.recommendations.find((r) => r.label === 'Recommendation 8')).toMatchInlineSnapshot(`
      {
        "actions": 7,
        "inspectors": {
          "none": "No inspector's finding on this is published here.",
        },
        "label": "Recommendation 8",
        "late": 0,
        "objectives": [
          {
            "label": "Objective 1.1",
            "url": "/torbay/plans/improvement-plan/v1/#objective-1-1",
          },
        ],
        "ratings": "7 Not yet rated",
        "repeated": true,
        "status": "7 actions answer it.",
        "text": "The Chief Executive should ensure that leadership, management and governance in Torbay are strong and sharply focused on improving and sustaining outcomes for children, and all recommendations from inspection activity are addressed",
        "url": "/torbay/inspections/ofsted-2018/recommendations/8/",
      }
    `);
  });

  it("prints the inspectors' most recent tied finding beside the council's ratings, as at the pack's date", () => {
    const eastboroughAt = (date: string) =>
      otherGraph({ asOf: { eastborough: date } }).plans.get('eastborough/improvement-plan')!;
    const at = (date: string) =>
      Object.fromEntries(
        boardPackView(eastboroughAt(date).latest).recommendations.map((r) => [
          r.label,
          r.inspectors.quote ?? r.inspectors.none,
        ]),
      );
    expect(boardPackView(eastboroughAt('2023-11-30').latest).inspectorsHeading).toBe(
      'What inspectors said most recently',
    );
    expect(at('2023-11-30')).toMatchInlineSnapshot(`
      {
        "Recommendation 1": "Senior leaders have reduced social workers' caseloads, and most now receive regular supervision, although its quality remains variable.",
        "Recommendation 2": "The quality of assessments of risk has not yet improved.",
        "Recommendation 2.1": "No inspector's finding on this is published here.",
      }
    `);
    // A later pack takes the December 2023 letter's finding on recommendation 2.
    expect(at('2024-01-01')['Recommendation 2']).toMatch(/^Risk is now identified/);
  });
});

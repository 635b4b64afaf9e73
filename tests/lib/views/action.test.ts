// The action page's view, part by part (the status line is pinned in status.test.ts), on the bundled
// plan, the three-version fixture and another council's plan with no rating column.
import { describe, expect, it } from 'vitest';
import { actionView, answersThroughObjective, leadRows } from '../../../src/lib/views/action.ts';
import { bundledGraph, otherGraph, threeGraph } from '../fixtures.ts';
import { readable } from './readable.ts';

const bundled = bundledGraph();
const torbay = bundled.plans.get('torbay/improvement-plan')!.latest;
const fixture = threeGraph();
const fixturePlan = fixture.plans.get('fixture/plan')!;

describe('the action page, on bundled action 1.2.2', () => {
  const view = actionView(bundled, torbay.actionByRef.get('1.2.2')!, { previous: '1.2.1', next: '1.3.1' });

  it("sits under its plan in the trail, and links its neighbours by the plan's order", () => {
    expect(view.breadcrumbs.map((c) => c.label)).toEqual([
      'Councils',
      'Torbay Council',
      "Torbay Children's Services Improvement Plan",
    ]);
    expect(view.breadcrumbs.at(-1)!.href).toBe('/torbay/plans/improvement-plan/');
    expect(readable({ previous: view.previous, next: view.next })).toMatchInlineSnapshot(`
      {
        "next": {
          "href": "/torbay/plans/improvement-plan/actions/1.3.1/",
          "label": "Next: action 1.3.1",
        },
        "previous": {
          "href": "/torbay/plans/improvement-plan/actions/1.2.1/",
          "label": "Previous: action 1.2.1",
        },
      }
    `);
  });

  it('is headed by its reference and described by its desired outcome', () => {
    expect(
      readable({
        title: view.title,
        caption: view.caption,
        heading: view.heading,
        description: view.description,
        rating: view.rating,
        overdue: view.overdue,
        warnings: view.warnings,
        notes: view.notes,
      }),
    ).toMatchInlineSnapshot(`
      {
        "caption": "Torbay Children's Services Improvement Plan",
        "description": "Ensure a consistent approach to the management and reporting of allegations against professionals and people in positions of trust working with children. (Para 34)",
        "heading": "Action 1.2.2",
        "notes": [],
        "overdue": false,
        "rating": null,
        "title": "Action 1.2.2, Torbay Children's Services Improvement Plan",
        "warnings": [],
      }
    `);
  });

  it("lists its theme, objective, the objective-level answer and the lead in the plan's words", () => {
    expect(readable(view.rows)).toMatchInlineSnapshot(`
      [
        {
          "key": "Theme",
          "repeats": true,
          "value": "‹Theme 1: Leadership Management and Governance›",
        },
        {
          "key": "Objective",
          "list": [
            "Take immediate action to ensure that supervision and management oversight are strengthened. (recommendation 1. and repeated & October 2019 Monitoring Visit)",
            "Strengthen the quality, effectiveness and management oversight of the local authority designated officer. (recommendation 11 and repeated)",
          ],
          "repeats": true,
          "value": "‹Objective 1.2›",
        },
        {
          "key": "Recommendations, through its objective",
          "list": [
            "‹Recommendation 1› [Repeated] of the Ofsted inspection of children's services, June 2018",
            "‹Recommendation 11› [Repeated] of the Ofsted inspection of children's services, June 2018",
          ],
          "repeats": true,
          "value": [
            "Objective 1.2 answers recommendations 1 and 11. ",
            "The plan cites recommendations for an objective as a whole, not for each of its actions (this objective has 2 actions), so it does not say which of them this action answers.",
          ],
        },
        {
          "key": "Report paragraphs it cites",
          "repeats": true,
          "value": "‹Paragraph 34›",
        },
        {
          "key": "Monitoring visits it cites",
          "repeats": true,
          "value": [
            "None",
          ],
        },
        {
          "key": "Lead, in the plan's words",
          "value": [
            "Deputy DCS & LADOs",
          ],
        },
        {
          "key": "Lead roles",
          "repeats": true,
          "value": [
            "Deputy Director of Children's Services (Deputy DCS) and Local authority designated officers (LADOs)",
          ],
        },
        {
          "key": "Timescale",
          "value": [
            "Immediate",
          ],
        },
        {
          "key": "Rating",
          "value": "[Not yet rated]",
        },
        {
          "key": "Direction of travel",
          "value": [
            "Not stated",
          ],
        },
        {
          "key": "Version",
          "repeats": true,
          "value": [
            "Torbay Children's Services Improvement Plan, Version 1, October 2019",
          ],
        },
      ]
    `);
  });

  it('has a section for each column of the plan, saying when one is empty', () => {
    expect(view.sections.map((s) => `${s.heading}: ${s.paragraphs.length || s.empty}`)).toMatchInlineSnapshot(`
      [
        "Desired outcome for children: 1",
        "The actions: 4",
        "What difference will it make to children?: 2",
        "How will we measure the difference to children?: 1",
        "Evidence of progress: None reported in Version 1.",
      ]
    `);
  });

  it('gives its history across the versions published here', () => {
    expect(view.historyHeading).toBe('History across versions');
    expect(readable(view.history)).toMatchInlineSnapshot(`
      [
        {
          "heading": "‹Version 1›, October 2019",
          "rows": [
            {
              "key": "Rating",
              "value": "[Not yet rated]",
            },
            {
              "key": "Direction of travel",
              "value": [
                "Not stated",
              ],
            },
            {
              "key": "Timescale",
              "value": [
                "Immediate",
              ],
            },
            {
              "key": "Evidence of progress",
              "value": [
                "none reported",
              ],
            },
          ],
        },
      ]
    `);
  });
});

describe('the action page, on bundled action 3.1.2', () => {
  it('names the accountable lead apart from a partner the lead names "in conjunction with"', () => {
    expect(readable(actionView(bundled, torbay.actionByRef.get('3.1.2')!).rows)).toMatchInlineSnapshot(`
      [
        {
          "key": "Theme",
          "repeats": true,
          "value": "‹Theme 3: A Sufficient and Skilled Workforce›",
        },
        {
          "key": "Objective",
          "list": [
            "Ensure that strategic arrangements regarding workforce development maximise staff recruitment and retention. (recommendation 16)",
            "Senior managers and leaders must take action to create an environment in which their staff have the capacity and support to carry out effective social work with children in need of help and protection. (recommendation 4 & October 2019 Monitoring Visit)",
          ],
          "repeats": true,
          "value": "‹Objective 3.1›",
        },
        {
          "key": "Recommendations, through its objective",
          "list": [
            "‹Recommendation 16› of the Ofsted inspection of children's services, June 2018",
            "‹Recommendation 4› of the Ofsted inspection of children's services, June 2018",
          ],
          "repeats": true,
          "value": [
            "Objective 3.1 answers recommendations 16 and 4. ",
            "The plan cites recommendations for an objective as a whole, not for each of its actions (this objective has 2 actions), so it does not say which of them this action answers.",
          ],
        },
        {
          "key": "Report paragraphs it cites",
          "repeats": true,
          "value": "‹Paragraph 95›, ‹Paragraph 90›",
        },
        {
          "key": "Monitoring visits it cites",
          "repeats": true,
          "value": "‹Monitoring visit, October 2019›",
        },
        {
          "key": "Lead, in the plan's words",
          "value": [
            "Deputy DCS in conjunction with Strategic Workforce Development Manager",
          ],
        },
        {
          "key": "Accountable lead",
          "repeats": true,
          "value": [
            "Deputy Director of Children's Services (Deputy DCS)",
          ],
        },
        {
          "key": "Also named in the lead, not as lead",
          "list": [
            "Strategic Workforce Development Manager (the plan: “in conjunction with Strategic Workforce Development Manager”)",
          ],
          "repeats": true,
          "value": [],
        },
        {
          "key": "Timescale",
          "value": [
            "Immediate",
          ],
        },
        {
          "key": "Rating",
          "value": "[Not yet rated]",
        },
        {
          "key": "Direction of travel",
          "value": [
            "Not stated",
          ],
        },
        {
          "key": "Version",
          "repeats": true,
          "value": [
            "Torbay Children's Services Improvement Plan, Version 1, October 2019",
          ],
        },
      ]
    `);
  });
});

describe('the action page, on the three-version fixture', () => {
  it("gives a renumbered action's history across three versions, with its rewording", () => {
    const view = actionView(fixture, fixturePlan.latest.actions[0]!);
    expect(view.heading).toBe('Action 1.1.1');
    expect(view.warnings).toEqual([]);
    expect(readable(view.history)).toMatchInlineSnapshot(`
      [
        {
          "heading": "‹Version 1›, October 2019",
          "rows": [
            {
              "key": "Rating",
              "value": "[Amber]",
            },
            {
              "key": "Direction of travel",
              "value": [
                "Not stated",
              ],
            },
            {
              "key": "Timescale",
              "value": [
                "31st March 2020",
              ],
            },
            {
              "key": "Evidence of progress",
              "value": [
                "none reported",
              ],
            },
          ],
        },
        {
          "heading": "‹Version 2›, January 2020",
          "rows": [
            {
              "key": "Rating",
              "value": "[Green] (better)",
            },
            {
              "key": "Direction of travel",
              "value": [
                "Improving",
              ],
            },
            {
              "key": "Timescale",
              "value": [
                "31st March 2020",
              ],
            },
            {
              "key": "Evidence of progress",
              "value": [
                "none new",
              ],
            },
          ],
        },
        {
          "heading": "‹Version 3›, April 2020",
          "rows": [
            {
              "key": "Rating",
              "value": "[Green]",
            },
            {
              "key": "Direction of travel",
              "value": [
                "No change",
              ],
            },
            {
              "key": "Timescale",
              "value": "31st May 2020 [Slipped by 2 months]",
            },
            {
              "key": "Evidence of progress",
              "value": [
                "none new",
              ],
            },
            {
              "diff": [
                {
                  "added": false,
                  "removed": false,
                  "value": "Supervision is regular ",
                },
                {
                  "added": true,
                  "removed": false,
                  "value": "and recorded",
                },
                {
                  "added": false,
                  "removed": false,
                  "value": ".",
                },
              ],
              "key": "Desired outcome for children reworded",
              "value": [],
            },
            {
              "diff": [
                {
                  "added": false,
                  "removed": false,
                  "value": "31st ",
                },
                {
                  "added": false,
                  "removed": true,
                  "value": "March",
                },
                {
                  "added": true,
                  "removed": false,
                  "value": "May",
                },
                {
                  "added": false,
                  "removed": false,
                  "value": " 2020",
                },
              ],
              "key": "Timescale reworded",
              "value": [],
            },
          ],
        },
      ]
    `);
  });
});

describe("the action page, on another council's plan", () => {
  const other = otherGraph();
  const view = actionView(other, other.plans.get('eastborough/improvement-plan')!.latest.actionByRef.get('1.1.2')!);

  it("answers a lettered or compound list of recommendations in the report's terms", () => {
    expect(readable(view.rows.filter((r) => /Recommendations/.test(r.key)))).toMatchInlineSnapshot(`
      [
        {
          "key": "Recommendations, through its objective",
          "list": [
            "‹Recommendation 1› of the Inspection of local authority children's services",
            "‹Recommendation 2› of the Inspection of local authority children's services",
            "‹Recommendation 2.1› of the Inspection of local authority children's services",
          ],
          "repeats": true,
          "value": [
            "Objective 1.1 answers recommendations 1, 2 and 2.1. ",
            "The plan cites recommendations for an objective as a whole, not for each of its actions (this objective has 2 actions), so it does not say which of them this action answers.",
          ],
        },
      ]
    `);
  });

  it('says the plan has no rating column, never "Not yet rated"', () => {
    expect(view.noScale).toBe(true);
    expect(readable(view.rows.filter((r) => r.key === 'Rating'))).toMatchInlineSnapshot(`
      [
        {
          "key": "Rating",
          "value": "[No rating column in the plan]",
        },
      ]
    `);
  });

  it('says a desired outcome is not in the source, with the note why, and is described by its action', () => {
    expect(readable(view.sections[0])).toMatchInlineSnapshot(`
      {
        "heading": "Desired outcome for children",
        "missing": "Not in the source: Test fixture: the minutes quote only the actions column of this row.",
        "paragraphs": [],
      }
    `);
    expect(view.description).toBe('Action 1.1.2: Review the out-of-hours service.');
  });
});

describe('the pieces the action page shares', () => {
  it('answersThroughObjective and leadRows are the rows the page shows', () => {
    const action = torbay.actionByRef.get('3.1.2')!;
    const rows = actionView(bundled, action).rows;
    expect(rows).toContainEqual(answersThroughObjective(action.objective));
    for (const row of leadRows(action)) expect(rows).toContainEqual(row);
  });
});

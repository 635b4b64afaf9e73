// Each page type's view, pinned on the bundled content and on the three-version fixture, so a
// changed claim on any page is a visible change to these snapshots in review.
import { describe, expect, it } from 'vitest';
import { readSources } from '../scripts/read-content.ts';
import { changesIn } from '../src/lib/derivations/changes.ts';
import { buildGraph, type Graph } from '../src/lib/graph/graph.ts';
import { parseContent } from '../src/lib/content/parse-content.ts';
import { actionView } from '../src/lib/views/action.ts';
import { changesView } from '../src/lib/views/changes.ts';
import { plain, type ActionRow } from '../src/lib/views/common.ts';
import { deadlinesView } from '../src/lib/views/deadlines.ts';
import { glossaryView } from '../src/lib/views/glossary.ts';
import { leadsView } from '../src/lib/views/leads.ts';
import { monitoringVisitView } from '../src/lib/views/monitoring-visit.ts';
import { paragraphView } from '../src/lib/views/paragraph.ts';
import { peerReviewView } from '../src/lib/views/peer-review.ts';
import { planVersionView } from '../src/lib/views/plan-version.ts';
import { statementsView, statementView } from '../src/lib/views/statement.ts';
import { timelineView } from '../src/lib/views/timeline.ts';
import { bundledGraph, otherGraph } from './helpers.ts';

const bundled = bundledGraph();
const roots = { content: 'tests/fixtures/three-versions/content', data: 'tests/fixtures/three-versions/data' };
const fixture: Graph = buildGraph(parseContent(readSources(roots), roots).content);
const torbayPlan = bundled.plans.get('torbay/improvement-plan')!;
const fixturePlan = fixture.plans.get('fixture/plan')!;

const isRating = (x: object) => 'rating' in x && Object.keys(x).every((k) => k === 'rating' || k === 'noScale');
const isInline = (x: unknown) =>
  typeof x === 'string' || (!!x && typeof x === 'object' && ('text' in x || isRating(x)));

/** A view as a reader would read it: lines as plain text, ratings as their words. */
function readable(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isInline) && value.some((x) => typeof x !== 'string'))
      return plain(value as never);
    return value.map(readable);
  }
  if (value && typeof value === 'object') {
    if (isRating(value)) return plain([value as never]);
    if ('colour' in value && 'definition' in value && 'label' in value)
      return `[${(value as { label: string }).label}]`;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readable(v)]));
  }
  return value;
}
const row = (r: ActionRow) =>
  `${r.ref} | ${r.lead} | ${r.timescale}${r.dueHint ? ` (${r.dueHint})` : ''}${r.overdue ? ' [Overdue]' : ''} | ${r.rating?.label ?? (r.noScale ? 'No rating column in the plan' : 'Not yet rated')}`;

describe('action view', () => {
  it("bundled: action 1.2.2, the objective-level answer and the lead in the plan's words", () => {
    // The status line is pinned in tests/lib/views/status.test.ts.
    const { status: _status, ...view } = actionView(bundled, torbayPlan.latest.actionByRef.get('1.2.2')!, {
      previous: '1.2.1',
      next: '1.3.1',
    });
    expect(readable({ ...view, sections: view.sections.map((s) => `${s.heading}: ${s.paragraphs.length || s.empty}`) }))
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
          {
            "href": "/torbay/plans/improvement-plan/",
            "label": "Torbay Children's Services Improvement Plan",
          },
        ],
        "caption": "Torbay Children's Services Improvement Plan",
        "description": "Ensure a consistent approach to the management and reporting of allegations against professionals and people in positions of trust working with children. (Para 34)",
        "heading": "Action 1.2.2",
        "history": [
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
        ],
        "historyHeading": "History across versions",
        "next": {
          "href": "/torbay/plans/improvement-plan/actions/1.3.1/",
          "label": "Next: action 1.3.1",
        },
        "notes": [],
        "overdue": false,
        "previous": {
          "href": "/torbay/plans/improvement-plan/actions/1.2.1/",
          "label": "Previous: action 1.2.1",
        },
        "rating": null,
        "rows": [
          {
            "key": "Theme",
            "value": "‹Theme 1: Leadership Management and Governance›",
          },
          {
            "key": "Objective",
            "list": [
              "Take immediate action to ensure that supervision and management oversight are strengthened. (recommendation 1. and repeated & October 2019 Monitoring Visit)",
              "Strengthen the quality, effectiveness and management oversight of the local authority designated officer. (recommendation 11 and repeated)",
            ],
            "value": "‹Objective 1.2›",
          },
          {
            "key": "Recommendations, through its objective",
            "list": [
              "‹Recommendation 1› [Repeated] of the Ofsted inspection of children's services, June 2018",
              "‹Recommendation 11› [Repeated] of the Ofsted inspection of children's services, June 2018",
            ],
            "value": [
              "Objective 1.2 answers recommendations 1 and 11. ",
              "The plan cites recommendations for an objective as a whole, not for each of its actions (this objective has 2 actions), so it does not say which of them this action answers.",
            ],
          },
          {
            "key": "Report paragraphs it cites",
            "value": "‹Paragraph 34›",
          },
          {
            "key": "Monitoring visits it cites",
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
            "value": [
              "Torbay Children's Services Improvement Plan, Version 1, October 2019",
            ],
          },
        ],
        "sections": [
          "Desired outcome for children: 1",
          "The actions: 4",
          "What difference will it make to children?: 2",
          "How will we measure the difference to children?: 1",
          "Evidence of progress: None reported in Version 1.",
        ],
        "title": "Action 1.2.2, Torbay Children's Services Improvement Plan",
        "warnings": [],
      }
    `);
  });

  it('bundled: action 3.1.2, a lead in conjunction with a partner', () => {
    expect(readable(actionView(bundled, torbayPlan.latest.actionByRef.get('3.1.2')!).rows)).toMatchInlineSnapshot(`
      [
        {
          "key": "Theme",
          "value": "‹Theme 3: A Sufficient and Skilled Workforce›",
        },
        {
          "key": "Objective",
          "list": [
            "Ensure that strategic arrangements regarding workforce development maximise staff recruitment and retention. (recommendation 16)",
            "Senior managers and leaders must take action to create an environment in which their staff have the capacity and support to carry out effective social work with children in need of help and protection. (recommendation 4 & October 2019 Monitoring Visit)",
          ],
          "value": "‹Objective 3.1›",
        },
        {
          "key": "Recommendations, through its objective",
          "list": [
            "‹Recommendation 16› of the Ofsted inspection of children's services, June 2018",
            "‹Recommendation 4› of the Ofsted inspection of children's services, June 2018",
          ],
          "value": [
            "Objective 3.1 answers recommendations 16 and 4. ",
            "The plan cites recommendations for an objective as a whole, not for each of its actions (this objective has 2 actions), so it does not say which of them this action answers.",
          ],
        },
        {
          "key": "Report paragraphs it cites",
          "value": "‹Paragraph 95›, ‹Paragraph 90›",
        },
        {
          "key": "Monitoring visits it cites",
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
          "value": [
            "Deputy Director of Children's Services (Deputy DCS)",
          ],
        },
        {
          "key": "Also named in the lead, not as lead",
          "list": [
            "Strategic Workforce Development Manager (the plan: “in conjunction with Strategic Workforce Development Manager”)",
          ],
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
          "value": [
            "Torbay Children's Services Improvement Plan, Version 1, October 2019",
          ],
        },
      ]
    `);
  });

  it("fixture: a renumbered action's history across three versions", () => {
    const latest = fixturePlan.latest;
    const view = actionView(fixture, latest.actions[0]!);
    expect(readable({ heading: view.heading, warnings: view.warnings, history: view.history })).toMatchInlineSnapshot(`
      {
        "heading": "Action 1.1.1",
        "history": [
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
        ],
        "warnings": [],
      }
    `);
  });
});

describe('leads view', () => {
  it('bundled: groups by accountable lead, partners apart', () => {
    const view = leadsView(bundled, torbayPlan);
    expect({
      heading: view.heading,
      lead: view.lead,
      groups: view.groups.map((g) => `${g.heading} (${g.count}): ${g.rows.map((r) => r.ref).join(', ')}`),
      partners: view.partners.map((g) => `${g.heading}: ${g.actions.map((a) => `${a.row.ref} ${a.words}`).join('; ')}`),
    }).toMatchInlineSnapshot(`
      {
        "groups": [
          "Chief Executive (CEO) (1 action): 1.1.1",
          "Leader of the Council (Leader) (1 action): 1.1.3",
          "Cabinet Member for Children's Services (1 action): 1.1.3",
          "Director of Children's Services (DCS) (2 actions): 1.1.2, 1.1.7",
          "Deputy Director of Children's Services (Deputy DCS) (8 actions): 1.2.2, 1.3.1, 1.3.2, 1.3.3, 2.6.1, 2.8.1, 3.1.2, 4.1.2",
          "Senior leaders (8 actions): 1.1.1, 1.1.5, 1.1.6, 1.1.7, 2.1.1, 2.6.2, 2.6.3, 3.1.1",
          "Operational managers (5 actions): 1.1.4, 1.1.5, 1.1.6, 2.4.2, 2.4.4",
          "Head of Service (HoS) (13 actions): 1.1.4, 1.3.1, 1.3.2, 1.3.3, 2.2.1, 2.3.1, 2.3.2, 2.3.3, 2.5.1, 2.6.1, 2.7.1, 2.8.1, 4.1.3",
          "Head of Service, Specialist Services (HoS Specialist Services) (2 actions): 2.6.4, 2.6.5",
          "Head of Service for Quality Assurance and Safeguarding (HoS for QA and Safeguarding) (1 action): 4.1.1",
          "Service managers (6 actions): 1.1.4, 1.2.1, 2.2.1, 2.3.1, 2.3.2, 2.3.3",
          "Team managers (9 actions): 1.1.4, 1.2.1, 2.2.1, 2.3.1, 2.3.2, 2.3.3, 2.3.4, 2.6.6, 2.7.1",
          "Assistant team managers (1 action): 1.2.1",
          "Social workers (4 actions): 2.3.4, 2.4.4, 2.6.6, 2.7.1",
          "Local authority designated officers (LADOs) (1 action): 1.2.2",
          "Child protection chairs (2 actions): 2.4.1, 2.4.2",
          "Independent reviewing officers (IROs) (1 action): 2.4.3",
          "Complaints manager (1 action): 4.1.3",
        ],
        "heading": "Actions by lead role",
        "lead": "Who is answerable for what. An action led jointly appears under each role its lead names as lead. Roles the plan names in another part ("in conjunction with", "to deliver", "when necessary") are listed apart, in the plan's words.",
        "partners": [
          "Head of Service (HoS): 2.3.4 “HoS and Service Managers when necessary”; 2.6.6 “HoS and Service Managers when necessary”",
          "Service managers: 2.3.4 “HoS and Service Managers when necessary”; 2.6.6 “HoS and Service Managers when necessary”",
          "Social workers: 2.3.1 “social workers to deliver”",
          "Strategic Workforce Development Manager: 3.1.1 “in conjunction with Strategic Workforce Development Manager”; 3.1.2 “in conjunction with Strategic Workforce Development Manager”",
          "Sufficiency task group: 2.6.2 “in conjunction with the sufficiency task group”; 2.6.3 “in conjunction with the sufficiency task group”",
          "PeopleToo: 2.1.1 “working in conjunction with PeopleToo”",
        ],
      }
    `);
  });

  it('fixture', () => {
    const view = leadsView(fixture, fixturePlan);
    expect(view.groups.map((g) => `${g.caption}: ${g.rows.map(row).join(' / ')}`)).toMatchInlineSnapshot(`
      [
        "Actions led by Director of Children's Services: 2 actions: 1.1.1 | DCS | 31st May 2020 | Green / 1.2.3 | DCS | 30th June 2020 | Not yet rated",
        "Actions led by Head of Service: 2 actions: 1.1.2 | HoS | Immediate | Red / 1.2.2 | HoS | 31st January 2020 [Overdue] | Amber",
      ]
    `);
  });
});

describe('deadlines view', () => {
  it('bundled', () => {
    const view = deadlinesView(bundled, torbayPlan);
    expect({ lead: view.lead, groups: view.groups.map((g) => ({ ...g, rows: g.rows.map(row) })) })
      .toMatchInlineSnapshot(`
      {
        "groups": [
          {
            "caption": "Overdue actions, oldest deadline first",
            "empty": "No action is overdue as of October 2019.",
            "heading": "Overdue",
            "rows": [],
          },
          {
            "caption": "Actions due by a date, soonest first",
            "empty": "None.",
            "heading": "Due by a date",
            "rows": [
              "4.1.1 | HoS for QA and Safeguarding | An agreed audit programme to be in place by 1st November 2019 (due 1 November 2019) | Not yet rated",
              "1.1.2 | DCS | 31 st December 2019 | Not yet rated",
              "1.2.1 | Service Managers and Team Managers, and Assistant Team Managers | 31 st December 2019 | Not yet rated",
              "1.3.1 | Deputy DCS & HoS | 31 st December 2019 | Not yet rated",
              "1.3.2 | Deputy DCS & HoS | 31st December 2019 | Not yet rated",
              "1.3.3 | Deputy DCS & HoS | 31st December 2019 | Not yet rated",
              "2.4.1 | Child Protection Chairs | 31 st December 2019 | Not yet rated",
              "2.4.2 | Child Protection Chairs and Operational Managers | 31 st December 2019 | Not yet rated",
              "2.5.1 | HoS | 31 st December 2019 | Not yet rated",
              "4.1.2 | Deputy DCS | 31 st December 2019 | Not yet rated",
              "4.1.3 | Complaints Manager & HoS | 31 st December 2019 | Not yet rated",
              "2.1.1 | Senior Leaders (working in conjunction with PeopleToo) | End January 2020 for review outcome and implementation plan (due January 2020) | Not yet rated",
              "1.1.4 | Operational Managers – HoS, Service Managers and Team Managers | 31 st March 2020 | Not yet rated",
              "2.6.2 | Senior Leaders (in conjunction with the sufficiency task group) | 31 st March 2020 | Not yet rated",
              "2.6.3 | Senior Leaders (in conjunction with the sufficiency task group) | 31 st March 2020 | Not yet rated",
            ],
          },
          {
            "caption": "Actions with an immediate timescale",
            "empty": "None.",
            "heading": "Immediate",
            "intro": "The plan gives these actions the timescale “Immediate”: due from October 2019, with no end date, so never counted as overdue.",
            "rows": [
              "1.1.1 | CEO and Senior Leaders | Immediate | Not yet rated",
              "1.1.3 | Leader and Cabinet Member for Children's Services | Immediate | Not yet rated",
              "1.1.5 | Senior leaders and operational managers | Immediate | Not yet rated",
              "1.1.6 | Senior leaders and operational managers | Immediate | Not yet rated",
              "1.1.7 | DCS and senior leaders | Immediate | Not yet rated",
              "1.2.2 | Deputy DCS & LADOs | Immediate | Not yet rated",
              "2.2.1 | HoS, Service Managers and Team Managers | Immediate | Not yet rated",
              "2.3.1 | HoS, Service Managers and Team Managers to oversee, social workers to deliver | Immediate | Not yet rated",
              "2.3.2 | HoS, Service Managers and Team Managers | Immediate | Not yet rated",
              "2.3.3 | HoS, Service Managers and Team Managers | Immediate | Not yet rated",
              "2.3.4 | Team Managers and Social Workers – HoS and Service Managers when necessary | Immediate | Not yet rated",
              "2.4.3 | IRO's | Immediate | Not yet rated",
              "2.4.4 | Operational Managers and Social Workers | Immediate | Not yet rated",
              "2.6.1 | Deputy DCS & HoS | Immediate | Not yet rated",
              "2.6.4 | HoS Specialist Services. | Immediate | Not yet rated",
              "2.6.5 | HoS Specialist Services. | Immediate | Not yet rated",
              "2.6.6 | Team Managers and Social Workers – HoS and Service Managers when necessary | Immediate | Not yet rated",
              "2.7.1 | HoS, Team Managers and Social Workers | Immediate | Not yet rated",
              "2.8.1 | Deputy DCS & HoS | Immediate | Not yet rated",
              "3.1.1 | Senior Leaders (in conjunction with Strategic Workforce Development Manager) | Immediate | Not yet rated",
              "3.1.2 | Deputy DCS in conjunction with Strategic Workforce Development Manager | Immediate | Not yet rated",
            ],
          },
        ],
        "lead": "Deadlines are read from each action's timescale, in the plan's words. “Overdue” means the date had passed by October 2019 and the action is not rated complete. Judged as of October 2019, the date of Version 1, this plan's latest version published here.",
      }
    `);
  });

  it('fixture', () => {
    const view = deadlinesView(fixture, fixturePlan);
    expect(view.groups.map((g) => `${g.heading}: ${g.rows.map(row).join(' / ') || g.empty}`)).toMatchInlineSnapshot(`
      [
        "Overdue: 1.2.2 | HoS | 31st January 2020 [Overdue] | Amber",
        "Due by a date: 1.1.1 | DCS | 31st May 2020 | Green / 1.2.3 | DCS | 30th June 2020 | Not yet rated",
        "Immediate: 1.1.2 | HoS | Immediate | Red",
      ]
    `);
  });
});

describe('monitoring-visit view', () => {
  it('bundled: every visit', () => {
    const views = [...bundled.monitoringVisits.values()].map((v) => monitoringVisitView(bundled, v));
    expect(
      readable(
        views.map((v) => ({
          ...v,
          findings: v.findings.length,
          citedIn: v.citedIn.map((c) => ({ ...c, rows: c.rows.map((r) => r.ref) })),
        })),
      ),
    ).toMatchInlineSnapshot(`
      [
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
            {
              "href": "/torbay/inspections/ofsted-2018/",
              "label": "Ofsted inspection of children's services, June 2018",
            },
          ],
          "caption": "Torbay Council",
          "citedIn": [
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
          "concerns": [
            undefined,
            undefined,
          ],
          "findings": 2,
          "findingsHeading": "Findings",
          "heading": "Monitoring visit, January 2019",
          "inferences": [
            "[Inference] The month is read from the plan's citations ("Monitoring visit January/April", "Monitoring visits January, April and October"), which give no year; 2019 is inferred from the plan's "two most recent monitoring visits on 1 February 2019 and 8 May 2019".",
            "[Inference] The plan gives two dates for its two most recent visits; 1 February 2019 is taken to be this visit's because it is the earlier. The plan cites the visit as January's, so 1 February 2019 may be the date of the inspectors' letter rather than of the visit: the plan does not say which.",
          ],
          "inferencesHeading": "What this site infers",
          "noFindings": "The sources published here do not report this visit's findings.",
          "provenance": {
            "heading": "About this transcription",
            "inferences": [],
            "intro": "Transcribed from the document under “Source document” below.",
            "notes": [
              "The plan reports the January and April visits together; the findings are its summary of both.",
            ],
          },
          "rows": [
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
          "title": "Monitoring visit, January 2019, Torbay",
        },
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
            {
              "href": "/torbay/inspections/ofsted-2018/",
              "label": "Ofsted inspection of children's services, June 2018",
            },
          ],
          "caption": "Torbay Council",
          "citedIn": [
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
          "concerns": [
            undefined,
            undefined,
          ],
          "findings": 2,
          "findingsHeading": "Findings",
          "heading": "Monitoring visit, April 2019",
          "inferences": [
            "[Inference] The plan gives two dates for its two most recent visits; 8 May 2019 is taken to be this visit's because it is the later. The plan cites the visit as April's, so 8 May 2019 may be the date of the inspectors' letter rather than of the visit: the plan does not say which.",
          ],
          "inferencesHeading": "What this site infers",
          "noFindings": "The sources published here do not report this visit's findings.",
          "provenance": {
            "heading": "About this transcription",
            "inferences": [],
            "intro": "Transcribed from the document under “Source document” below.",
            "notes": [
              "The plan reports the January and April visits together; the findings are its summary of both.",
            ],
          },
          "rows": [
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
          "title": "Monitoring visit, April 2019, Torbay",
        },
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
            {
              "href": "/torbay/inspections/ofsted-2018/",
              "label": "Ofsted inspection of children's services, June 2018",
            },
          ],
          "caption": "Torbay Council",
          "citedIn": [
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
          "concerns": [],
          "findings": 0,
          "findingsHeading": "Findings",
          "heading": "Monitoring visit, October 2019",
          "inferences": [],
          "inferencesHeading": "What this site infers",
          "noFindings": "The sources published here do not report this visit's findings.",
          "provenance": {
            "heading": "About this transcription",
            "inferences": [],
            "intro": "Transcribed from the document under “Source document” below.",
            "notes": [
              "The plan cites this visit but does not report its findings, and gives no day for it.",
            ],
          },
          "rows": [
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
          "title": "Monitoring visit, October 2019, Torbay",
        },
      ]
    `);
  });
});

describe('paragraph view', () => {
  it('bundled: paragraph 24', () => {
    const paragraph = bundled.inspections.get('torbay/ofsted-2018')!.paragraphs.find((p) => p.number === 24)!;
    const view = paragraphView(bundled, paragraph);
    expect({ ...view, tables: view.tables.map((t) => ({ caption: t.caption, rows: t.rows.map(row) })) })
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
          {
            "href": "/torbay/inspections/ofsted-2018/",
            "label": "Ofsted inspection of children's services, June 2018",
          },
        ],
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
        "tables": [
          {
            "caption": "Torbay Children's Services Improvement Plan, Version 1: 4 actions",
            "rows": [
              "2.3.1 | HoS, Service Managers and Team Managers to oversee, social workers to deliver | Immediate | Not yet rated",
              "2.3.2 | HoS, Service Managers and Team Managers | Immediate | Not yet rated",
              "2.3.3 | HoS, Service Managers and Team Managers | Immediate | Not yet rated",
              "2.3.4 | Team Managers and Social Workers – HoS and Service Managers when necessary | Immediate | Not yet rated",
            ],
          },
        ],
        "title": "Paragraph 24, Ofsted inspection of children's services, June 2018, Torbay",
      }
    `);
  });

  it('fixture: a paragraph', () => {
    const paragraph = fixture.inspections.get('fixture/report-2019')!.paragraphs[0]!;
    const view = paragraphView(fixture, paragraph);
    expect({ ...view, tables: view.tables.map((t) => ({ caption: t.caption, rows: t.rows.map(row) })) })
      .toMatchInlineSnapshot(`
      {
        "breadcrumbs": [
          {
            "href": "/",
            "label": "Councils",
          },
          {
            "href": "/fixture/",
            "label": "Fixture Borough Council (test fixture)",
          },
          {
            "href": "/fixture/inspections/report-2019/",
            "label": "Fixture inspection report",
          },
        ],
        "caption": "Fixture inspection report",
        "citedHeading": "Actions that cite paragraph 10",
        "heading": "Paragraph 10",
        "next": {
          "href": "/fixture/inspections/report-2019/paragraphs/20/",
          "label": "Next: paragraph 20",
        },
        "tables": [
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
              "1.1.1 | DCS | 31st March 2020 [Overdue] | Green",
              "1.1.2 | HoS | Immediate | Red",
              "1.1.3 | HoS | 31st December 2019 [Overdue] | Green",
            ],
          },
          {
            "caption": "Fixture Improvement Plan, Version 1: 3 actions",
            "rows": [
              "1.1.1 | DCS | 31st March 2020 [Overdue] | Amber",
              "1.1.2 | HoS | Immediate | Amber",
              "1.1.3 | HoS | 31st December 2019 [Overdue] | Green",
            ],
          },
        ],
        "text": "Supervision was irregular.",
        "title": "Paragraph 10, Fixture inspection report, Fixture",
      }
    `);
  });
});

describe('peer-review view', () => {
  it('bundled', () => {
    const view = peerReviewView(bundled, bundled.peerReviews.get('torbay/peer-review-2012')!);
    expect(
      readable({
        ...view,
        blocks: view.blocks.map(
          (b) => `${b.heading}: ${b.actions.length} quoted, ${b.findings.length} found, ${b.actionsTaken.length} taken`,
        ),
        conclusions: view.conclusions.length,
        recruitmentPackage: view.recruitmentPackage.length,
      }),
    ).toMatchInlineSnapshot(`
      {
        "blocks": [
          "Improvement notice action: group 1: 1 quoted, 1 found, 4 taken",
          "Improvement notice action: group 2: 1 quoted, 2 found, 1 taken",
          "Improvement notice action: group 3: 1 quoted, 1 found, 1 taken",
          "Improvement notice actions: group 4: 3 quoted, 3 found, 3 taken",
          "Improvement notice action: group 5: 1 quoted, 2 found, 3 taken",
          "Improvement notice actions: group 6: 3 quoted, 7 found, 3 taken",
        ],
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
        "caption": "Torbay Council: response to a peer review, reported to the Overview and Scrutiny Board on 18 July 2012",
        "conclusions": 6,
        "heading": "Response to Children's Services Peer Review",
        "keyPoints": [
          "This report sets out the final peer review letter and identifies the actions taken following the Peer Review.",
        ],
        "noticeActionsHeading": "Findings and actions, by improvement notice action",
        "noticeActionsIntroduction": "Children services have reviewed the findings of the peer review and are working on the following areas of urgent action. These are listed below against the relevant requirements of the improvement notice.",
        "provenance": {
          "heading": "About this transcription",
          "inferences": [],
          "intro": "Transcribed from the document under “Source document” below.",
          "notes": [
            "The notice actions the review quotes are not in the 2011 improvement notice as transcribed here, and the review does not say which notice or revision it quotes, so it is not linked to a notice.",
            "The contact officer's telephone number and email address in the source are not republished here.",
            "The source's section numbers (1.1, 2.1, 2.2, 2.3) and the numbers of the recruitment package items are dropped; the text is otherwise as in the source.",
            "The source's headings are "1. Key points and Summary" (section 1.1, given here as keyPoints) and "2. Summary" (section 2.1, given here as summary).",
            "The fourth block is headed "Improvement notice actions" in the source and the others "Improvement notice action"; the sixth block also quotes three actions under the singular heading. Each block is one entry here.",
            "The source's spelling, wording and apostrophes (straight and curly, e.g. "Child's Journey" and "Child’s Journey") are kept as they stand, including "recruitment fares", "base on Child’s Journey" and "a more user friendly".",
          ],
        },
        "recruitmentPackage": 5,
        "responses": [
          "An independent chair for the CIB is being recruited that will ensure ongoing external challenge and support to the improvement programme during changes to senior leadership.",
          "A new recruitment and retention package has been agreed that includes –",
        ],
        "rows": [
          {
            "key": "Reported to",
            "value": [
              "Overview and Scrutiny Board",
            ],
          },
          {
            "key": "Meeting",
            "value": "18 July 2012",
          },
          {
            "key": "Wards affected",
            "value": [
              "All",
            ],
          },
          {
            "key": "Contact officer",
            "value": [
              "Richard Williams",
            ],
          },
          {
            "key": "Improvement notice",
            "value": [
              "Not named: the report quotes improvement notice actions without saying which notice they are from, and they are not in a notice published here.",
            ],
          },
        ],
        "scope": "The peer review was not an inspection and therefore did not offer any judgements but it looked at 12 cases in detail and did meet over 130 people from across the partnership. The main conclusions of the peer review were: (See appendix 1):",
        "signedBy": "Richard Williams, Director of Children's Services",
        "summary": [
          "In the final letter from the peer review it described progress as fragile in respect of the potential impact of imminent changes to the council's senior leadership and the need to recruit and retain social workers. These two core issues are being addressed:-",
        ],
        "title": "Response to Children's Services Peer Review, Torbay",
      }
    `);
  });
});

describe('statement views', () => {
  it('bundled: the 2016 joint statement', () => {
    const view = statementView(bundled, bundled.statements.get('torbay/pr5220-2016-01-05')!);
    expect(readable({ ...view, keyActions: view.keyActions.length, questions: view.questions.map((q) => q.summary) }))
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
            {
              "href": "/torbay/statements/",
              "label": "Statements",
            },
          ],
          "caption": "Joint statement, 5 January 2016",
          "description": "The findings of a recent announced inspection by Ofsted of Safeguarding and Looked after Children Services in Torbay have been released today. … The inspection has concluded that safeguarding arrangements for children who need help and protection in Torbay are 'inadequate'.",
          "heading": "Joint Statement - Announced Inspection of Safeguarding and Looked after Children Services",
          "keyActions": 9,
          "keyActionsHeading": "Key actions taken",
          "original": false,
          "provenance": {
            "heading": "About this transcription",
            "inferences": [],
            "intro": "Transcribed from the document under “Source document” below.",
            "notes": [
              "The source is headed "Appendix 11a".",
              "The source's link "A link to the Ofsted report - Children's Services" had no address in the source, so no link is given.",
              "The word "SWIFT" in the answer to question 10 is a link in the source with no address; the word is kept as plain text and no link is given.",
              "The quoted statement in the source opens its paragraphs with straight double quotes and its last two paragraphs with curly quotes; the quote characters are kept as in the source.",
            ],
          },
          "questions": [
            "1. How long have services been inadequate?",
            "2. Who is responsible?",
            "3. What is being done to address leadership issues?",
            "4. Are there children at risk in Torbay today?",
            "5. Why haven't changes been made more quickly to prevent services being rated inadequate?",
            "6. Why does the council rely so heavily on temporary staff?",
            "7. What happens now and what is the timeline?",
            "8. What is being done to strengthen the Partnership?",
            "9. Are Children's Services going back into intervention? What does that mean?",
            "10. Will we get any additional funding from Government?",
            "11. What is being done to ensure performance, assessments, case work and quality assurance process become consistent?",
          ],
          "questionsHeading": "Questions and answers",
          "rows": [
            {
              "key": "Reference",
              "value": [
                "PR5220",
              ],
            },
            {
              "key": "Published",
              "value": "5 January 2016",
            },
            {
              "key": "Signed by",
              "list": [
                [
                  "Torbay Council",
                ],
                [
                  "Torbay and South Devon NHS Foundation Trust",
                ],
                [
                  "Devon and Cornwall Police",
                ],
                [
                  "Torbay Safeguarding Children Board",
                ],
              ],
              "value": [],
            },
            {
              "key": "About",
              "list": [
                "‹Announced inspection of safeguarding and looked after children services›",
              ],
              "value": [],
            },
          ],
          "title": "Joint Statement - Announced Inspection of Safeguarding and Looked after Children Services",
        }
      `);
  });

  it("bundled: the list of Torbay's statements, and Worcestershire's empty list", () => {
    expect(
      readable([
        statementsView(bundled.authorityBySlug.get('torbay')!),
        statementsView(bundled.authorityBySlug.get('worcestershire')!),
      ]),
    ).toMatchInlineSnapshot(`
      [
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
          "caption": "Torbay Council",
          "empty": "No statements about Torbay Council are published here.",
          "heading": "Statements",
          "items": [
            {
              "heading": {
                "href": "/torbay/statements/pr5220-2016-01-05/",
                "text": "Joint Statement - Announced Inspection of Safeguarding and Looked after Children Services",
              },
              "meta": "5 January 2016, reference PR5220",
              "summary": "The findings of a recent announced inspection by Ofsted of Safeguarding and Looked after Children Services in Torbay have been released today. … The inspection has concluded that safeguarding arrangements for children who need help and protection in Torbay are 'inadequate'.",
            },
          ],
          "title": "Statements, Torbay",
        },
        {
          "breadcrumbs": [
            {
              "href": "/",
              "label": "Councils",
            },
            {
              "href": "/worcestershire/",
              "label": "Worcestershire County Council",
            },
          ],
          "caption": "Worcestershire County Council",
          "empty": "No statements about Worcestershire County Council are published here.",
          "heading": "Statements",
          "items": [],
          "title": "Statements, Worcestershire",
        },
      ]
    `);
  });
});

describe('timeline view', () => {
  const lines = (view: ReturnType<typeof timelineView>) =>
    view.years.flatMap((y) =>
      y.items.map((i) => `${i.dateLabel}${i.tag ? ` [${i.tag}]` : ''} ${i.title}${i.detail ? ` — ${i.detail}` : ''}`),
    );
  it('bundled: Torbay and Worcestershire', () => {
    const torbay = timelineView(bundled.authorityBySlug.get('torbay')!);
    expect({
      heading: torbay.heading,
      lead: torbay.lead,
      torbay: lines(torbay),
      worcestershire: lines(timelineView(bundled.authorityBySlug.get('worcestershire')!)),
    }).toMatchInlineSnapshot(`
      {
        "heading": "Timeline",
        "lead": "Every dated event in the documents published here, at the precision each document gives: inspections, notices, monitoring visits, plan versions, peer reviews and statements. What a document schedules is tagged: targets, the stages a plan is due to reach, and reviews. A review the notice ties to a month's performance data is placed after that month.",
        "torbay": [
          "October 2010 Inspection of safeguarding and looked after children's services: report published",
          "March 2011 [Target] Target: Initial assessments within 10 working days 70% — for March 2011, in-month figure",
          "March 2011 [Target] Target: Core assessments within 35 days 60% — for March 2011, in-month figure",
          "After March 2011 [Review] Review of the improvement notice, once March 2011 performance data is in — “A review will be carried out on receipt of performance information relating to March 2011”",
          "October 2011 [Target] Target: Initial assessments within 10 working days 80% — by October 2011, cumulative figure for the first half of 2011-2012 reporting year",
          "October 2011 [Target] Target: Core assessments within 35 days 78% — by October 2011, cumulative figure for the first half of 2011-2012 reporting year",
          "After October 2011 [Review] Review of the improvement notice, once October 2011 performance data is in — “a further assessment will be carried out once October 2011 performance data is available.”",
          "2011 (inferred) Improvement Notice issued",
          "18 July 2012 Response to Children's Services Peer Review, reported to the Overview and Scrutiny Board",
          "February 2013 Ofsted report, February 2013: report published",
          "13 October 2015 Ofsted inspection — Fieldwork 13 October 2015 to 5 November 2015",
          "5 January 2016 Announced inspection of safeguarding and looked after children services: report published",
          "5 January 2016 Joint Statement - Announced Inspection of Safeguarding and Looked after Children Services",
          "June 2018 Ofsted inspection",
          "August 2018 Ofsted inspection of children's services, June 2018: report published",
          "January 2019 Monitoring visit, January 2019",
          "1 February 2019 Monitoring visit, January 2019: a date the plan gives for it — “Inspectors reported in the two most recent monitoring visits on 1 February 2019 and 8 May 2019”",
          "April 2019 Monitoring visit, April 2019",
          "8 May 2019 Monitoring visit, April 2019: a date the plan gives for it — “Inspectors reported in the two most recent monitoring visits on 1 February 2019 and 8 May 2019”",
          "October 2019 Monitoring visit, October 2019",
          "October 2019 Torbay Children's Services Improvement Plan, Version 1 published",
          "December 2019 [Due] Stage 1 due: Laying the foundations — By December 2019",
          "April 2020 [Due] Stage 2 due: Embedding sustained improvement — By April 2020",
          "March 2021 [Due] Stage 3 due: Continuous improvement to a 'good' children's service — Between April 2020 and March 2021",
        ],
        "worcestershire": [
          "November 2010 Inspection of safeguarding and looked after children's services: report published",
          "June 2011 [Target] Target: Initial assessments within timescale 70% — by June 2011, in-month figure",
          "June 2011 [Target] Target: Core assessments within timescale 60% — by June 2011, in-month figure",
          "June 2011 [Review] Review of the improvement notice — “A review of progress will take place in June 2011”",
          "2011 (inferred) Improvement Notice issued",
          "December 2011 [Target] Target: Initial assessments within timescale 80% — by December 2011, cumulative figure for the first three quarters of 2011-12 reporting year",
          "December 2011 [Target] Target: Core assessments within timescale 78% — by December 2011, cumulative figure for the first three quarters of 2011-12 reporting year",
          "January 2012 [Review] Review of the improvement notice — “a final review at the end of January 2012. Such reviews may result in further action being required.”",
        ],
      }
    `);
  });

  it('fixture', () => {
    expect(lines(timelineView(fixture.authorityBySlug.get('fixture')!))).toMatchInlineSnapshot(`
      [
        "June 2019 Fixture inspection report: report published",
        "July 2019 Improvement Notice issued by the Department for Education",
        "October 2019 Fixture Improvement Plan, Version 1 published",
        "December 2019 [Target] Target: Assessments on time 70% — by December 2019, in-month figure",
        "January 2020 Fixture Improvement Plan, Version 2 published",
        "April 2020 Fixture Improvement Plan, Version 3 published",
        "June 2020 [Target] Target: Assessments on time 80% — by June 2020, cumulative figure",
      ]
    `);
  });
});

describe('glossary view', () => {
  it('bundled', () => {
    const view = glossaryView(bundled);
    expect({
      ...view,
      terms: view.terms.map(
        (t) => `${t.term}: ${t.meaning}${t.definition ? ` — ${t.definitionLabel} ${t.definition}` : ''}`,
      ),
    }).toMatchInlineSnapshot(`
      {
        "abbreviationsHeading": "Abbreviations",
        "breadcrumbs": [
          {
            "href": "/",
            "label": "Councils",
          },
        ],
        "description": "The abbreviations used in inspection reports, improvement notices and plans, spelled out, and the words this site uses explained.",
        "heading": "Glossary",
        "lead": "The abbreviations the documents use, spelled out. Unless an entry says the source documents spell it out, the spelled-out forms and explanations are written by this site to help readers; they are not quoted from the source documents. Searching for an abbreviation also finds its spelled-out form, and the other way round.",
        "note": "Each entry says who gives its meaning: the source documents, or this site from general knowledge. Where neither does, the entry says so. The first use of each abbreviation on every page links here.",
        "phrases": {
          "entries": [
            {
              "definition": "A document other than the inspection report that an improvement plan says it responds to, such as a diagnostic assessment or a performance scorecard. Where it is not published on this site, the page says so.",
              "id": "phrase-also-answers",
              "term": "Also answers",
            },
            {
              "definition": "The date a page or a sentence is true at. "None is late as at October 2019" means none was late by the date of the document it is judged from; the site does not know what happened after the newest document published here.",
              "id": "phrase-as-at",
              "term": "As at",
            },
            {
              "definition": "How the council's improvement plan refers to a monitoring visit, quoted in the plan's own words (for example "the May 2019 monitoring visit"). "Not cited" means no plan published here mentions it.",
              "id": "phrase-cited-in-the-plan-as",
              "term": "Cited in the plan as",
            },
            {
              "definition": "What is late, current or next for a council is judged as at that council's own date: the date of its newest document published here, and for each plan the date of the plan's latest version (or a date this site is set to). It is never judged as at today, nor at another council's date, so a plan of October 2019 is read as it stood in October 2019.",
              "id": "phrase-each-council-keeps-its-own-time",
              "term": "Each council keeps its own time",
            },
            {
              "definition": "A document dated certainly before the latest judged inspection of a council. It is kept and linked, but it describes the past, not where the council stands now.",
              "id": "phrase-history",
              "term": "History",
            },
            {
              "definition": "Worked out by this site rather than read in a document, such as a year taken from where a notice was reposted. An inferred date or fact is always marked, with how it was inferred.",
              "id": "phrase-inferred",
              "term": "Inferred",
            },
            {
              "definition": "An action is late (or overdue) when the date in its timescale is certainly before its plan's as-at date and the plan does not rate it complete. An action with no date in its timescale is never counted late.",
              "id": "phrase-late",
              "term": "Late",
            },
            {
              "definition": "Whether a target was met: the figure published here for the target's period set against the target, in the direction the source says is better. "Not yet known" where no such figure is published and the period may not have ended by the council's date; "The documents published here do not say" where it cannot be judged from them.",
              "id": "phrase-met",
              "term": "Met?",
            },
            {
              "definition": "The soonest deadline still ahead as at the plan's or the council's own date: an action's due date, or a date the council's documents set. A deadline that was ahead then may have passed since.",
              "id": "phrase-next",
              "term": "Next",
            },
            {
              "definition": "The documents published here do not give this. The site says so, often with a note of why, rather than guess or fill it in.",
              "id": "phrase-not-in-the-source",
              "term": "Not in the source",
            },
            {
              "definition": "The ratings the council's own improvement plan gives its actions (for example red, amber or green). They are the council's assessment of itself, not an inspector's judgement.",
              "id": "phrase-rated-by-the-council",
              "term": "Rated by the council",
            },
            {
              "definition": "A recommendation that repeats one made in an earlier inspection report, as the documents published here say.",
              "id": "phrase-repeated",
              "term": "Repeated",
            },
            {
              "definition": "The documents an improvement notice or direction is based on, as the notice names them: usually an inspection report, sometimes other assessments. Where the notice does not say, the page says so.",
              "id": "phrase-rests-on",
              "term": "Rests on",
            },
            {
              "definition": "An action whose timescale moved later from one version of a plan to the next: a later date, or "Immediate" in the earlier version and a date in the later one.",
              "id": "phrase-slipped",
              "term": "Slipped",
            },
            {
              "definition": "An action whose timescale in the plan is "Immediate". The word gives no date, so such actions are counted separately and never counted late.",
              "id": "phrase-timed-immediate",
              "term": "Timed “Immediate”",
            },
            {
              "definition": "The most recent finding of an inspectors' monitoring visit about a recommendation ("Inspectors (most recent)" in a status line), quoted from the visit's letter, shown only where the letter itself says which recommendation it concerns. It sits beside the council's ratings and is never mixed with them.",
              "id": "phrase-what-inspectors-said-most-recently",
              "term": "What inspectors said most recently",
            },
          ],
          "heading": "Words this site uses",
          "lead": "Labels and phrases this site writes on its pages, not words of the source documents, with what each means here. Where a page uses one, it links here.",
        },
        "terms": [
          "CEO: Chief Executive Officer — This site's explanation: The council's most senior paid officer. The improvement plan names "CEO and Senior Leaders" as a lead and elsewhere speaks of "the Chief Executive".",
          "CIB: Not spelled out in the source documents — This site's explanation: The 2012 peer review response says an independent chair "for the CIB" is being recruited; it does not spell the abbreviation out.",
          "CP: Child protection — This site's explanation: Work to protect a child who is suffering, or likely to suffer, significant harm; a child protection plan sets out how.",
          "CPIP: Not spelled out in the source documents — This site's explanation: The 2012 peer review response names "the CPIP (project 1)" and a "Vol sector CPIP lead"; it does not spell the abbreviation out.",
          "CQC: Care Quality Commission — This site's explanation: The independent regulator of health and adult social care in England.",
          "CS: Children's services — This site's explanation: Read from its context ("managers across CS"): the documents do not spell it out.",
          "CSC: Children's social care",
          "CSE: Child sexual exploitation",
          "CSLT: Not spelled out in the source documents — This site's explanation: The 2012 peer review response says an audit format is being piloted "by CSLT"; it does not spell the abbreviation out.",
          "CSP: Community Safety Partnership — This site's explanation: The statutory partnership of the council, police, health, fire and probation services that tackles crime and disorder in an area.",
          "DCS: Director of Children's Services — This site's explanation: The senior officer every English council must appoint to be accountable for its children's services.",
          "DfE: Department for Education — This site's explanation: The government department that serves improvement notices on councils.",
          "DOT: Direction of travel — This site's explanation: Whether an action is improving, unchanged or declining since the previous version of the plan. An arrow pointing up is not always good news, so this site writes it in words.",
          "E&D: Not spelled out in the source documents — This site's explanation: The 2012 peer review response lists "Commissioning E&D approach"; it does not spell the abbreviation out.",
          "GP: General practitioner — This site's explanation: A family doctor.",
          "HMI: His or Her Majesty's Inspector — This site's explanation: A senior inspector appointed by the Crown; Ofsted's inspections of children's services are led by one. The 2019 documents were written when the title was Her Majesty's Inspector.",
          "HoS: Head of Service",
          "IB: Improvement Board — This site's explanation: Read from its context ("reviewed by the TSCB and IB"), in a document that refers throughout to the Improvement Board: the documents do not spell it out.",
          "ICS: Integrated Children's System — This site's explanation: The national framework and electronic case recording system for children's social care in England, introduced in the 2000s.",
          "IRO: Independent reviewing officer — This site's explanation: An officer who chairs the reviews of a looked after child's care plan and checks that the plan is carried out.",
          "KIT: Keeping in touch — This site's explanation: Ofsted holds keeping-in-touch meetings with councils between inspections. The plan cites "Monitoring Visit April 2019 KIT" and does not say what KIT stands for there; this site reads the citation as the April 2019 monitoring visit itself, as that visit's page does.",
          "LAC: Looked after children — This site's explanation: Children in the care of the local authority.",
          "LADO: Local authority designated officer — This site's explanation: The officer who manages allegations against adults who work with children.",
          "LGA: Local Government Association",
          "LSCB: Local Safeguarding Children Board",
          "MACSE: Multi-agency child sexual exploitation — This site's explanation: Meetings of agencies (council, police, health and others) that share information and plan to protect children at risk of sexual exploitation.",
          "MARAC: Multi-agency risk assessment conference — This site's explanation: A meeting where agencies share information about victims of domestic abuse at high risk and plan to keep them safe.",
          "MASH: Multi-agency safeguarding hub",
          "NFA: No further action — This site's explanation: A decision, after a referral or assessment, that no further statutory action is needed.",
          "NHS: National Health Service",
          "NMS: National minimum standards",
          "NQSW: Newly qualified social worker",
          "Ofsted: Office for Standards in Education, Children's Services and Skills — This site's explanation: The inspectorate that inspects councils' children's services.",
          "PLO: Public Law Outline — This site's explanation: The court process, and the pre-proceedings work before it, for care cases.",
          "QA: Quality assurance",
          "R&R: Recruitment and retention — This site's explanation: Read from its context ("council approved R&R package"), in a document that speaks of the recruitment and retention package agreed: the documents do not spell it out.",
          "RAG: Red, amber, green — This site's explanation: A rating of progress. Each plan defines what its ratings mean; this site always shows the word with the colour.",
          "RHI: Return home interview — This site's explanation: An interview with a child after they have been missing from home or care.",
          "SAFS: Not spelled out in the source documents — This site's explanation: The improvement plan names it beside the MASH and SATS ("the MASH and SATS/SAFS"); it does not spell the abbreviation out.",
          "SATS: Not spelled out in the source documents — This site's explanation: The improvement plan names it beside the MASH and SAFS ("the MASH and SATS/SAFS"); it does not spell the abbreviation out.",
          "SLT: Senior leadership team",
          "SWIFT: Social Work Innovation Fund Torbay",
          "TSCB: Torbay Safeguarding Children Board",
        ],
        "title": "Glossary",
      }
    `);
  });

  it('fixture', () => {
    expect(glossaryView(fixture).terms).toMatchInlineSnapshot(`
      [
        {
          "expansion": "Director of Children's Services",
          "id": "term-dcs",
          "meaning": "Director of Children's Services",
          "meaningNote": "Meaning and explanation given by this site, not by the source documents.",
          "term": "DCS",
        },
      ]
    `);
  });
});

describe('plan-version and changes views', () => {
  it('bundled: version 1 of the Torbay plan', () => {
    const view = planVersionView(bundled, torbayPlan.latest, true);
    expect(
      readable({
        ...view,
        charts: view.charts.map((c) => `${c.title}: ${c.summary}`),
        contents: view.contents.map(
          (c) => `${c.label}${c.children ? `: ${c.children.map((o) => `${o.label} ${o.hint}`).join(', ')}` : ''}`,
        ),
        stages: view.stages.map((s) => `${s.heading}, ${s.when}: ${s.milestones.length} milestones`),
        filters: {
          themes: view.filters.themes.length,
          leads: view.filters.leads.map((l) => l.value),
          ratings: view.filters.ratings.map((r) => r.label),
        },
        themes: view.themes.map((t) => ({
          heading: t.heading,
          objectives: t.objectives.map((o) => ({
            heading: o.heading,
            aims: o.aims.map((a) => `${a.citation} → ${a.cites.map((c) => plain(c)).join(', ')}`),
            actions: o.actions.map((a) => `${row(a)} | leads=${a.leads}`),
          })),
        })),
      }),
    ).toMatchInlineSnapshot(`
      {
        "actionCount": 36,
        "asOfNote": "Judged as of October 2019, the date of Version 1, this plan's latest version published here. “Overdue” below means due before then and not rated complete.",
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
        "caption": "Torbay Council",
        "charts": [
          "Actions by theme and rating, Version 1: Stacked bars of the actions in each theme by rating. 36 of 36 actions are not yet rated.",
          "Actions by theme and direction of travel, Version 1: Stacked bars of the actions in each theme by direction of travel since the previous version. 36 of 36 actions have no direction stated.",
        ],
        "contents": [
          "Progress at a glance",
          "The plan in its own words",
          "Stages of the improvement journey",
          "How progress is rated",
          "Theme 1: Leadership Management and Governance: Objective 1.1 (7 actions), Objective 1.2 (2 actions), Objective 1.3 (3 actions)",
          "Theme 2: A robust model of social work practice: Objective 2.1 (1 action), Objective 2.2 (1 action), Objective 2.3 (4 actions), Objective 2.4 (4 actions), Objective 2.5 (1 action), Objective 2.6 (6 actions), Objective 2.7 (1 action), Objective 2.8 (1 action)",
          "Theme 3: A Sufficient and Skilled Workforce: Objective 3.1 (2 actions)",
          "Theme 4: Quality Assurance and Audit: Objective 4.1 (3 actions)",
        ],
        "feeds": [
          {
            "href": "/torbay/plans/improvement-plan/feed.xml",
            "title": "Torbay Children's Services Improvement Plan: new versions and what changed",
          },
          {
            "href": "/torbay/feed.xml",
            "title": "Torbay Council: statements and new documents",
          },
        ],
        "filters": {
          "leads": [
            "ceo",
            "council-leader",
            "cabinet-member-childrens-services",
            "dcs",
            "deputy-dcs",
            "senior-leaders",
            "operational-managers",
            "hos",
            "hos-specialist-services",
            "hos-qa-safeguarding",
            "service-managers",
            "team-managers",
            "assistant-team-managers",
            "social-workers",
            "lado",
            "cp-chairs",
            "iro",
            "complaints-manager",
          ],
          "ratings": [
            "Green",
            "Amber",
            "Red",
            "Not yet rated",
          ],
          "themes": 4,
        },
        "heading": "Torbay Children's Services Improvement Plan",
        "jump": [
          {
            "href": "#actions",
            "label": "Go to the 36 actions",
          },
          {
            "href": "#plan-filters",
            "label": "Filter them",
          },
          {
            "href": "#contents",
            "label": "Contents of this page",
          },
        ],
        "lead": [
          "Version 1, dated October 2019. ",
          "This is the latest version published here.",
        ],
        "nav": [
          "‹Actions by lead role›: who is answerable for what",
          "‹Actions by deadline›, overdue first",
          "‹Board pack for Version 1›: one printable page for a meeting",
          "Answers the recommendations of the ‹Ofsted inspection of children's services, June 2018›, objective by objective",
        ],
        "owner": "The Director of Children's Services is the overall owner of this improvement plan and responsible for ensuring that its implementation is progressed and that updates are provided on a monthly basis.",
        "provenance": {
          "heading": "About this transcription",
          "inferences": [],
          "intro": "Transcribed from the document under “Source document” below.",
          "notes": [
            "The plan's RAG/DOT column is empty in this version: no action has been rated yet.",
            "The plan's diagram of the improvement journey is transcribed as three stages; stage 3 runs "Between April 2020 and March 2021" and its last milestone is dated April 2021.",
            "Objective 1.1's citation "(recommendation 8 and repeated)" is followed by an asterisk in the source, with no footnote or other asterisk to say what it marks; it is left out.",
          ],
        },
        "ratingCounts": [
          {
            "count": 0,
            "rating": "[Green]",
          },
          {
            "count": 0,
            "rating": "[Amber]",
          },
          {
            "count": 0,
            "rating": "[Red]",
          },
          {
            "count": 36,
            "rating": null,
          },
        ],
        "ratingCountsCaption": "Actions in Version 1, by rating",
        "ratingIntroduction": "We will continue to use Red/ Amber/ Green (RAG) ratings to indicate our view of progress:",
        "ratings": [
          {
            "definition": "the actions against this objective are proceeding as planned and there is clear evidence of improvement and impact",
            "rating": "[Green]",
          },
          {
            "definition": "actions are proceeding, but there has been some slippage and/ or limited evidence of improvement and impact",
            "rating": "[Amber]",
          },
          {
            "definition": "actions are not proceeding or there is major slippage and/ or no evidence of improvement and impact",
            "rating": "[Red]",
          },
          {
            "definition": "The plan gives the action no rating in this version.",
            "rating": null,
          },
        ],
        "stages": [
          "Stage 1: Laying the foundations, By December 2019: 6 milestones",
          "Stage 2: Embedding sustained improvement, By April 2020: 4 milestones",
          "Stage 3: Continuous improvement to a 'good' children's service, Between April 2020 and March 2021: 4 milestones",
        ],
        "stagesSummary": "Show the 3 stages and their milestones",
        "themes": [
          {
            "heading": "Theme 1: Leadership Management and Governance",
            "objectives": [
              {
                "actions": [
                  "1.1.1 | CEO and Senior Leaders | Immediate | Not yet rated | leads=ceo senior-leaders",
                  "1.1.2 | DCS | 31 st December 2019 | Not yet rated | leads=dcs",
                  "1.1.3 | Leader and Cabinet Member for Children's Services | Immediate | Not yet rated | leads=council-leader cabinet-member-childrens-services",
                  "1.1.4 | Operational Managers – HoS, Service Managers and Team Managers | 31 st March 2020 | Not yet rated | leads=operational-managers hos service-managers team-managers",
                  "1.1.5 | Senior leaders and operational managers | Immediate | Not yet rated | leads=senior-leaders operational-managers",
                  "1.1.6 | Senior leaders and operational managers | Immediate | Not yet rated | leads=senior-leaders operational-managers",
                  "1.1.7 | DCS and senior leaders | Immediate | Not yet rated | leads=dcs senior-leaders",
                ],
                "aims": [
                  "(recommendation 8 and repeated) → ‹Recommendation 8› [Repeated]",
                ],
                "heading": "Objective 1.1",
              },
              {
                "actions": [
                  "1.2.1 | Service Managers and Team Managers, and Assistant Team Managers | 31 st December 2019 | Not yet rated | leads=service-managers team-managers assistant-team-managers",
                  "1.2.2 | Deputy DCS & LADOs | Immediate | Not yet rated | leads=deputy-dcs lado",
                ],
                "aims": [
                  "(recommendation 1. and repeated & October 2019 Monitoring Visit) → ‹Recommendation 1› [Repeated], ‹Monitoring visit, October 2019›",
                  "(recommendation 11 and repeated) → ‹Recommendation 11› [Repeated]",
                ],
                "heading": "Objective 1.2",
              },
              {
                "actions": [
                  "1.3.1 | Deputy DCS & HoS | 31 st December 2019 | Not yet rated | leads=deputy-dcs hos",
                  "1.3.2 | Deputy DCS & HoS | 31st December 2019 | Not yet rated | leads=deputy-dcs hos",
                  "1.3.3 | Deputy DCS & HoS | 31st December 2019 | Not yet rated | leads=deputy-dcs hos",
                ],
                "aims": [
                  "(Internal objective) → ",
                ],
                "heading": "Objective 1.3",
              },
            ],
          },
          {
            "heading": "Theme 2: A robust model of social work practice",
            "objectives": [
              {
                "actions": [
                  "2.1.1 | Senior Leaders (working in conjunction with PeopleToo) | End January 2020 for review outcome and implementation plan (due January 2020) | Not yet rated | leads=senior-leaders",
                ],
                "aims": [
                  "(Internal objective) → ",
                ],
                "heading": "Objective 2.1",
              },
              {
                "actions": [
                  "2.2.1 | HoS, Service Managers and Team Managers | Immediate | Not yet rated | leads=hos service-managers team-managers",
                ],
                "aims": [
                  "(recommendation 9) → ‹Recommendation 9›",
                ],
                "heading": "Objective 2.2",
              },
              {
                "actions": [
                  "2.3.1 | HoS, Service Managers and Team Managers to oversee, social workers to deliver | Immediate | Not yet rated | leads=hos service-managers team-managers",
                  "2.3.2 | HoS, Service Managers and Team Managers | Immediate | Not yet rated | leads=hos service-managers team-managers",
                  "2.3.3 | HoS, Service Managers and Team Managers | Immediate | Not yet rated | leads=hos service-managers team-managers",
                  "2.3.4 | Team Managers and Social Workers – HoS and Service Managers when necessary | Immediate | Not yet rated | leads=team-managers social-workers",
                ],
                "aims": [
                  "(recommendation 7 and repeated.) → ‹Recommendation 7› [Repeated]",
                ],
                "heading": "Objective 2.3",
              },
              {
                "actions": [
                  "2.4.1 | Child Protection Chairs | 31 st December 2019 | Not yet rated | leads=cp-chairs",
                  "2.4.2 | Child Protection Chairs and Operational Managers | 31 st December 2019 | Not yet rated | leads=cp-chairs operational-managers",
                  "2.4.3 | IRO's | Immediate | Not yet rated | leads=iro",
                  "2.4.4 | Operational Managers and Social Workers | Immediate | Not yet rated | leads=operational-managers social-workers",
                ],
                "aims": [
                  "(recommendation 1 and repeated) → ‹Recommendation 1› [Repeated]",
                  "(recommendation 2) → ‹Recommendation 2›",
                  "(recommendation 6) → ‹Recommendation 6›",
                ],
                "heading": "Objective 2.4",
              },
              {
                "actions": [
                  "2.5.1 | HoS | 31 st December 2019 | Not yet rated | leads=hos",
                ],
                "aims": [
                  "(recommendation 2) → ‹Recommendation 2›",
                ],
                "heading": "Objective 2.5",
              },
              {
                "actions": [
                  "2.6.1 | Deputy DCS & HoS | Immediate | Not yet rated | leads=deputy-dcs hos",
                  "2.6.2 | Senior Leaders (in conjunction with the sufficiency task group) | 31 st March 2020 | Not yet rated | leads=senior-leaders",
                  "2.6.3 | Senior Leaders (in conjunction with the sufficiency task group) | 31 st March 2020 | Not yet rated | leads=senior-leaders",
                  "2.6.4 | HoS Specialist Services. | Immediate | Not yet rated | leads=hos-specialist-services",
                  "2.6.5 | HoS Specialist Services. | Immediate | Not yet rated | leads=hos-specialist-services",
                  "2.6.6 | Team Managers and Social Workers – HoS and Service Managers when necessary | Immediate | Not yet rated | leads=team-managers social-workers",
                ],
                "aims": [
                  "(recommendation 13 & October 2019 monitoring visit) → ‹Recommendation 13›, ‹Monitoring visit, October 2019›",
                  "(recommendation 12) → ‹Recommendation 12›",
                  "(recommendation 14) → ‹Recommendation 14›",
                  "(recommendation 3) → ‹Recommendation 3›",
                ],
                "heading": "Objective 2.6",
              },
              {
                "actions": [
                  "2.7.1 | HoS, Team Managers and Social Workers | Immediate | Not yet rated | leads=hos team-managers social-workers",
                ],
                "aims": [
                  "(recommendation 10 and repeated) → ‹Recommendation 10› [Repeated]",
                ],
                "heading": "Objective 2.7",
              },
              {
                "actions": [
                  "2.8.1 | Deputy DCS & HoS | Immediate | Not yet rated | leads=deputy-dcs hos",
                ],
                "aims": [
                  "(internal objective & October 2019 Monitoring Visit) → ‹Monitoring visit, October 2019›",
                ],
                "heading": "Objective 2.8",
              },
            ],
          },
          {
            "heading": "Theme 3: A Sufficient and Skilled Workforce",
            "objectives": [
              {
                "actions": [
                  "3.1.1 | Senior Leaders (in conjunction with Strategic Workforce Development Manager) | Immediate | Not yet rated | leads=senior-leaders",
                  "3.1.2 | Deputy DCS in conjunction with Strategic Workforce Development Manager | Immediate | Not yet rated | leads=deputy-dcs",
                ],
                "aims": [
                  "(recommendation 16) → ‹Recommendation 16›",
                  "(recommendation 4 & October 2019 Monitoring Visit) → ‹Recommendation 4›, ‹Monitoring visit, October 2019›",
                ],
                "heading": "Objective 3.1",
              },
            ],
          },
          {
            "heading": "Theme 4: Quality Assurance and Audit",
            "objectives": [
              {
                "actions": [
                  "4.1.1 | HoS for QA and Safeguarding | An agreed audit programme to be in place by 1st November 2019 (due 1 November 2019) | Not yet rated | leads=hos-qa-safeguarding",
                  "4.1.2 | Deputy DCS | 31 st December 2019 | Not yet rated | leads=deputy-dcs",
                  "4.1.3 | Complaints Manager & HoS | 31 st December 2019 | Not yet rated | leads=complaints-manager hos",
                ],
                "aims": [
                  "(recommendation 5 and repeated) → ‹Recommendation 5› [Repeated]",
                  "(recommendation 15) → ‹Recommendation 15›",
                ],
                "heading": "Objective 4.1",
              },
            ],
          },
        ],
        "title": "Torbay Children's Services Improvement Plan (latest version published here)",
        "total": 36,
      }
    `);
  });

  it('fixture: version 2 and its changes', () => {
    const [, v2, v3] = fixturePlan.versions;
    const view = planVersionView(fixture, v2!);
    expect(
      readable({
        title: view.title,
        lead: view.lead,
        nav: view.nav,
        breadcrumbs: view.breadcrumbs.map((c) => c.label),
      }),
    ).toMatchInlineSnapshot(`
      {
        "breadcrumbs": [
          "Councils",
          "Fixture Borough Council (test fixture)",
          "Fixture Improvement Plan",
        ],
        "lead": "Version 2, dated January 2020. A newer version exists: ‹Version 3›.",
        "nav": [
          "‹Actions by lead role›: who is answerable for what",
          "‹Actions by deadline›, overdue first",
          "‹Board pack for Version 2›: one printable page for a meeting",
          "Answers the recommendations of the ‹Fixture inspection report›, objective by objective",
          "‹What changed since Version 1›",
          "Versions: ‹Version 1›, Version 2, ‹Version 3›",
        ],
        "title": "Fixture Improvement Plan, Version 2",
      }
    `);
    expect(readable(changesView(changesIn(v2!)!))).toMatchInlineSnapshot(`
      {
        "back": {
          "href": "/fixture/plans/plan/v2/",
          "text": "Back to Fixture Improvement Plan, Version 2",
        },
        "breadcrumbs": [
          {
            "href": "/",
            "label": "Councils",
          },
          {
            "href": "/fixture/",
            "label": "Fixture Borough Council (test fixture)",
          },
          {
            "href": "/fixture/plans/plan/",
            "label": "Fixture Improvement Plan",
          },
          {
            "href": "/fixture/plans/plan/v2/",
            "label": "Version 2",
          },
        ],
        "caption": "Fixture Improvement Plan",
        "heading": "What changed in Version 2",
        "lead": "Changes from ‹Version 1› (October 2019) to ‹Version 2› (January 2020).",
        "sections": [
          {
            "empty": "No timescale moved later.",
            "heading": "Timescales that slipped",
            "id": "timescales-slipped",
            "items": [],
          },
          {
            "empty": "No timescale moved earlier.",
            "heading": "Timescales brought forward",
            "id": "timescales-brought-forward",
            "items": [],
          },
          {
            "empty": "No rating got worse.",
            "heading": "Ratings that got worse",
            "id": "ratings-worse",
            "items": [
              "‹Action 1.1.2›: [Amber] to [Red] (worse)",
            ],
          },
          {
            "empty": "No rating got better.",
            "heading": "Ratings that got better",
            "id": "ratings-better",
            "items": [
              "‹Action 1.1.1›: [Amber] to [Green] (better)",
            ],
          },
          {
            "empty": "None.",
            "heading": "Rated for the first time, or no longer rated",
            "id": "rated-for-the-first-time",
            "items": [
              "‹Action 1.2.1›: [Not yet rated] to [Amber]",
            ],
          },
          {
            "empty": "No new actions.",
            "heading": "New actions",
            "id": "new-actions",
            "items": [],
          },
          {
            "empty": "No action was removed.",
            "heading": "Removed actions",
            "id": "removed-actions",
            "items": [],
          },
          {
            "empty": "No action was renumbered.",
            "heading": "Renumbered actions",
            "id": "renumbered-actions",
            "items": [],
          },
          {
            "blocks": [
              {
                "heading": "‹Action 1.1.2›",
                "items": [
                  "Audit of 40 files in December found 12 incomplete.",
                ],
              },
            ],
            "empty": "No new evidence was reported.",
            "heading": "New evidence of progress",
            "id": "actions-with-new-evidence",
            "items": [],
          },
          {
            "blocks": [],
            "empty": "No wording changed.",
            "heading": "Changed wording",
            "hint": "Words removed are struck through and marked “removed”; words added are underlined and marked “added”.",
            "id": "actions-reworded",
            "items": [],
          },
        ],
        "summary": [
          {
            "count": 0,
            "href": "#new-actions",
            "label": "New actions",
          },
          {
            "count": 0,
            "href": "#removed-actions",
            "label": "Removed actions",
          },
          {
            "count": 0,
            "href": "#renumbered-actions",
            "label": "Renumbered actions",
          },
          {
            "count": 1,
            "href": "#ratings-better",
            "label": "Ratings better",
          },
          {
            "count": 1,
            "href": "#ratings-worse",
            "label": "Ratings worse",
          },
          {
            "count": 1,
            "href": "#rated-for-the-first-time",
            "label": "Rated for the first time",
          },
          {
            "count": 0,
            "href": "#timescales-slipped",
            "label": "Timescales slipped",
          },
          {
            "count": 0,
            "href": "#timescales-brought-forward",
            "label": "Timescales brought forward",
          },
          {
            "count": 1,
            "href": "#actions-with-new-evidence",
            "label": "Actions with new evidence",
          },
          {
            "count": 0,
            "href": "#actions-reworded",
            "label": "Actions reworded",
          },
        ],
        "summaryCaption": "Summary of changes",
        "title": "What changed in Version 2, Fixture Improvement Plan",
      }
    `);
    expect(
      readable(
        changesView(changesIn(v3!)!).sections.map((s) => ({
          heading: s.heading,
          items: s.items,
          blocks: s.blocks?.map((b) => plain(b.heading)),
        })),
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "blocks": undefined,
          "heading": "Timescales that slipped",
          "items": [
            "‹Action 1.1.1›: [Slipped by 2 months] from “31st March 2020” to “31st May 2020”",
          ],
        },
        {
          "blocks": undefined,
          "heading": "Timescales brought forward",
          "items": [],
        },
        {
          "blocks": undefined,
          "heading": "Ratings that got worse",
          "items": [],
        },
        {
          "blocks": undefined,
          "heading": "Ratings that got better",
          "items": [],
        },
        {
          "blocks": undefined,
          "heading": "Rated for the first time, or no longer rated",
          "items": [],
        },
        {
          "blocks": undefined,
          "heading": "New actions",
          "items": [
            "‹Action 1.2.3› (objective 1.2): Assessments are shared with families.",
          ],
        },
        {
          "blocks": undefined,
          "heading": "Removed actions",
          "items": [
            "‹Action 1.1.3›, last in Version 2: Audits happen.",
          ],
        },
        {
          "blocks": undefined,
          "heading": "Renumbered actions",
          "items": [
            "Action 1.2.1 is now ‹action 1.2.2›",
          ],
        },
        {
          "blocks": [],
          "heading": "New evidence of progress",
          "items": [],
        },
        {
          "blocks": [
            "‹Action 1.1.1›",
          ],
          "heading": "Changed wording",
          "items": [],
        },
      ]
    `);
  });
});

describe("views on other councils' shapes of document (issue 11 fixtures)", () => {
  const other = otherGraph();
  const eastPlan = other.plans.get('eastborough/improvement-plan')!;

  it('plan-version view: no rating column, its own time, and what else the plan answers', () => {
    const view = planVersionView(other, eastPlan.latest, true);
    expect(
      readable({
        asOfNote: view.asOfNote,
        noRatingColumn: view.noRatingColumn,
        nav: view.nav,
        ratingCounts: view.ratingCounts,
        ratings: view.ratings,
        ratingFilters: view.filters.ratings,
        charts: view.charts.map((c) => c.title),
        cites: view.themes.flatMap((t) => t.objectives.flatMap((o) => o.aims.flatMap((a) => a.cites))),
        actions: view.themes.flatMap((t) => t.objectives.flatMap((o) => o.actions.map(row))),
      }),
    ).toMatchInlineSnapshot(`
      {
        "actions": [
          "1.1.1 | DCS and HoS | 31st October 2023 [Overdue] | No rating column in the plan",
          "1.1.2 | HoS with the Quality Assurance Lead | 31st March 2024 | No rating column in the plan",
        ],
        "asOfNote": "Judged as of November 2023, the date of Version 1, this plan's latest version published here. “Overdue” below means due before then and not rated complete.",
        "charts": [
          "Actions by theme and direction of travel, Version 1",
        ],
        "cites": [
          "‹Recommendation 1›",
          "‹Recommendation 2›",
          "‹Recommendation 2.1›",
        ],
        "nav": [
          "‹Actions by lead role›: who is answerable for what",
          "‹Actions by deadline›, overdue first",
          "‹Board pack for Version 1›: one printable page for a meeting",
          "Answers the recommendations of the ‹Inspection of local authority children's services›, objective by objective",
          "Also answers: Diagnostic assessment by the DfE's adviser, August 2023 (test fixture) (Diagnostic assessment, August 2023, not published on this site)",
          "Also answers: Children's services scorecard, Q2 2023/24 (test fixture) (Scorecard, not published on this site)",
        ],
        "noRatingColumn": "This version of the plan has no rating column: its actions are not rated.",
        "ratingCounts": [],
        "ratingFilters": [],
        "ratings": [],
      }
    `);
  });

  it("action view: a lettered or compound answer in the report's terms, and a desired outcome not in the source", () => {
    const view = actionView(other, eastPlan.latest.actionByRef.get('1.1.2')!);
    expect(
      readable({
        noScale: view.noScale,
        rows: view.rows.filter((r) => /Recommendations|Rating/.test(r.key)),
        outcome: view.sections[0],
        description: view.description,
      }),
    ).toMatchInlineSnapshot(`
      {
        "description": "Action 1.1.2: Review the out-of-hours service.",
        "noScale": true,
        "outcome": {
          "heading": "Desired outcome for children",
          "missing": "Not in the source: Test fixture: the minutes quote only the actions column of this row.",
          "paragraphs": [],
        },
        "rows": [
          {
            "key": "Recommendations, through its objective",
            "list": [
              "‹Recommendation 1› of the Inspection of local authority children's services",
              "‹Recommendation 2› of the Inspection of local authority children's services",
              "‹Recommendation 2.1› of the Inspection of local authority children's services",
            ],
            "value": [
              "Objective 1.1 answers recommendations 1, 2 and 2.1. ",
              "The plan cites recommendations for an objective as a whole, not for each of its actions (this objective has 2 actions), so it does not say which of them this action answers.",
            ],
          },
          {
            "key": "Rating",
            "value": "[No rating column in the plan]",
          },
        ],
      }
    `);
  });
});

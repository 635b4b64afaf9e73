// The recommendation page's view, pinned on the bundled content (recommendation 8 of Torbay's
// ofsted-2018 in particular) and on the fixtures, so a changed claim is a visible change here.
// Issue 12 finding 4: the plan maps recommendations to objectives, not to single actions.
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/read-content.ts';
import { parseContent } from '../../../src/lib/content/parse-content.ts';
import { buildGraph } from '../../../src/lib/graph/graph.ts';
import type { ActionRow } from '../../../src/lib/views/common.ts';
import { recommendationView } from '../../../src/lib/views/recommendation.ts';
import { bundledGraph, otherGraph } from '../../helpers.ts';
import { readable } from './readable.ts';

const bundled = bundledGraph();
const other = otherGraph();
const roots = { content: 'tests/fixtures/three-versions/content', data: 'tests/fixtures/three-versions/data' };
const fixture = buildGraph(parseContent(readSources(roots), roots).content);
const options = { immediateFlagMonths: 3 };

const row = (r: ActionRow) =>
  `${r.ref} | ${r.timescale}${r.dueHint ? ` (${r.dueHint})` : ''}${r.overdue ? ' [Overdue]' : ''} | ${r.rating?.label ?? (r.noScale ? 'No rating column in the plan' : 'Not yet rated')}`;

/** The view with action rows as one line each. */
const read = (view: ReturnType<typeof recommendationView>) =>
  readable({
    ...view,
    versions: view.versions.map((v) => ({
      ...v,
      objectives: v.objectives.map((o) => ({ ...o, heading: [o.heading], rows: o.rows.map(row) })),
    })),
  });

const recommendation = (graph: typeof bundled, inspection: string, id: string) =>
  graph.inspections.get(inspection)!.recommendations.find((r) => r.id === id)!;

describe('recommendation view', () => {
  it('bundled: recommendation 8 of the ofsted-2018 report', () => {
    const view = recommendationView(bundled, recommendation(bundled, 'torbay/ofsted-2018', '8'), options);
    expect(read(view)).toMatchInlineSnapshot(`
      {
        "answersHeading": "What is being done about it",
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
        "description": "The Chief Executive should ensure that leadership, management and governance in Torbay are strong and sharply focused on improving and sustaining outcomes for children, and all recommendations from inspection activity are addressed",
        "heading": "Recommendation 8",
        "next": {
          "href": "/torbay/inspections/ofsted-2018/recommendations/9/",
          "label": "Next: recommendation 9",
        },
        "notes": [],
        "previous": {
          "href": "/torbay/inspections/ofsted-2018/recommendations/7/",
          "label": "Previous: recommendation 7",
        },
        "quote": "The Chief Executive should ensure that leadership, management and governance in Torbay are strong and sharply focused on improving and sustaining outcomes for children, and all recommendations from inspection activity are addressed",
        "repeated": "[Repeated] This recommendation repeats one made in the ‹Announced inspection of safeguarding and looked after children services›.",
        "sideBySide": {
          "council": {
            "heading": "What the council's plan says",
            "note": "These ratings are the council’s own assessment of its actions, as its plan gives them at that version; they are not an inspector’s judgement.",
            "rows": [
              {
                "key": "Torbay Children's Services Improvement Plan, Version 1 (October 2019)",
                "value": [
                  "Its ratings of the 7 actions answering it: ",
                  "None of the 7 yet.",
                ],
              },
            ],
          },
          "inspectors": {
            "heading": "What inspectors said most recently",
            "none": "No inspector's finding on this is published here.",
            "note": "A finding is shown here only where the visit’s letter itself says it concerns this recommendation; it is not the council’s rating.",
          },
        },
        "status": [
          {
            "heading": "Status as of October 2019",
            "note": "Judged as of October 2019, the date of Version 1, this plan's latest version published here.",
            "rows": [
              {
                "key": "Actions",
                "value": "7, through objective ‹1.1› of ‹Version 1› (the plan cites recommendation 8 for the objective as a whole)",
              },
              {
                "key": "Rated by the council",
                "value": [
                  "None of the 7 yet.",
                ],
              },
              {
                "key": "Late",
                "value": [
                  "None as of October 2019.",
                ],
              },
              {
                "key": "Slipped",
                "value": [
                  "Not known: Version 1 is the only version published here.",
                ],
              },
              {
                "key": "Next due",
                "value": "31 December 2019 (action ‹1.1.2›).",
              },
              {
                "key": "Timed “Immediate”",
                "value": [
                  "5 of 7, since Version 1 (October 2019); ",
                  "none for 3 months or more as of October 2019.",
                ],
              },
              {
                "key": "Inspectors (most recent)",
                "value": [
                  "No inspector's finding on this is published here.",
                ],
              },
            ],
          },
        ],
        "title": "Recommendation 8, Ofsted inspection of children's services, June 2018, Torbay",
        "versions": [
          {
            "heading": "In ‹Torbay Children's Services Improvement Plan, Version 1› (October 2019, latest version published here)",
            "id": "version-v1",
            "objectives": [
              {
                "aims": [
                  "The Chief Executive should ensure that leadership, management and governance in Torbay are strong and sharply focused on improving and sustaining outcomes for children, and all recommendations from inspection activity are addressed (recommendation 8 and repeated)",
                ],
                "caption": "Actions of objective 1.1 (7 actions)",
                "heading": "‹Objective 1.1›",
                "mapping": "The plan cites recommendation 8 for objective 1.1 as a whole, not for single actions: all 7 of its actions are listed, and the plan does not say which of them concern this recommendation.",
                "rows": [
                  "1.1.1 | Immediate | Not yet rated",
                  "1.1.2 | 31 st December 2019 | Not yet rated",
                  "1.1.3 | Immediate | Not yet rated",
                  "1.1.4 | 31 st March 2020 | Not yet rated",
                  "1.1.5 | Immediate | Not yet rated",
                  "1.1.6 | Immediate | Not yet rated",
                  "1.1.7 | Immediate | Not yet rated",
                ],
              },
            ],
            "paragraphs": "The actions of objective 1.1 cite paragraphs ‹18›, ‹83›, ‹85›, ‹86›, ‹88›, ‹92›, ‹96›, ‹101› of the report.",
          },
        ],
        "warnings": [],
      }
    `);
  });

  it('bundled: recommendation 3, answered through objective 2.6 with its six actions, said as such (finding 4)', () => {
    const view = recommendationView(bundled, recommendation(bundled, 'torbay/ofsted-2018', '3'), options);
    const versions = read(view) as { versions: unknown; status: unknown };
    expect({ status: versions.status, versions: versions.versions }).toMatchInlineSnapshot(`
      {
        "status": [
          {
            "heading": "Status as of October 2019",
            "note": "Judged as of October 2019, the date of Version 1, this plan's latest version published here.",
            "rows": [
              {
                "key": "Actions",
                "value": "6, through objective ‹2.6› of ‹Version 1› (the plan cites recommendation 3 for the objective as a whole)",
              },
              {
                "key": "Rated by the council",
                "value": [
                  "None of the 6 yet.",
                ],
              },
              {
                "key": "Late",
                "value": [
                  "None as of October 2019.",
                ],
              },
              {
                "key": "Slipped",
                "value": [
                  "Not known: Version 1 is the only version published here.",
                ],
              },
              {
                "key": "Next due",
                "value": "31 March 2020 (actions ‹2.6.2›, ‹2.6.3›).",
              },
              {
                "key": "Timed “Immediate”",
                "value": [
                  "4 of 6, since Version 1 (October 2019); ",
                  "none for 3 months or more as of October 2019.",
                ],
              },
              {
                "key": "Inspectors (most recent)",
                "value": [
                  "No inspector's finding on this is published here.",
                ],
              },
            ],
          },
        ],
        "versions": [
          {
            "heading": "In ‹Torbay Children's Services Improvement Plan, Version 1› (October 2019, latest version published here)",
            "id": "version-v1",
            "objectives": [
              {
                "aims": [
                  "Ensure that all looked after children need the care of the Local Authority and if so they are helped to achieve permanence, as appropriate to their needs, through long term foster care, special guardianship or reunification within their timescales, to ensure that children have certainty about their future placement stability. (recommendation 13 & October 2019 monitoring visit)",
                  "Ensure that family members who may be potential carers for children who cannot remain with their birth parents are identified as soon as possible to prevent delays in achieving permanence. (recommendation 12)",
                  "Ensure that children looked after with a plan for adoption, understand their life story and the reasons why they cannot live with their birth families prior to preparation for a move onto adopters. (recommendation 14)",
                  "Take action to ensure that foster care reviews, health assessments and mandatory training are completed in order that carers are equipped to meet children's needs. (recommendation 3)",
                ],
                "caption": "Actions of objective 2.6 (6 actions)",
                "heading": "‹Objective 2.6›",
                "mapping": "The plan cites recommendation 3 for objective 2.6 as a whole, not for single actions: all 6 of its actions are listed, and the plan does not say which of them concern this recommendation.",
                "rows": [
                  "2.6.1 | Immediate | Not yet rated",
                  "2.6.2 | 31 st March 2020 | Not yet rated",
                  "2.6.3 | 31 st March 2020 | Not yet rated",
                  "2.6.4 | Immediate | Not yet rated",
                  "2.6.5 | Immediate | Not yet rated",
                  "2.6.6 | Immediate | Not yet rated",
                ],
              },
            ],
            "paragraphs": "The actions of objective 2.6 cite paragraphs ‹35›, ‹36›, ‹38›, ‹39›, ‹52›, ‹57›, ‹59› of the report.",
          },
        ],
      }
    `);
  });

  it('fixture: recommendation 1 across three versions (slipped, Immediate for six months, an action dropped)', () => {
    const view = recommendationView(fixture, recommendation(fixture, 'fixture/report-2019', '1'), options);
    expect(read(view)).toMatchInlineSnapshot(`
      {
        "answersHeading": "What is being done about it",
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
        "description": "Improve supervision.",
        "heading": "Recommendation 1",
        "next": {
          "href": "/fixture/inspections/report-2019/recommendations/2/",
          "label": "Next: recommendation 2",
        },
        "notes": [],
        "quote": "Improve supervision.",
        "sideBySide": {
          "council": {
            "heading": "What the council's plan says",
            "note": "These ratings are the council’s own assessment of its actions, as its plan gives them at that version; they are not an inspector’s judgement.",
            "rows": [
              {
                "key": "Fixture Improvement Plan, Version 3 (April 2020)",
                "value": [
                  "Its ratings of the 2 actions answering it: ",
                  "2 of 2: 1 Green and 1 Red.",
                ],
              },
            ],
          },
          "inspectors": {
            "heading": "What inspectors said most recently",
            "none": "No inspector's finding on this is published here.",
            "note": "A finding is shown here only where the visit’s letter itself says it concerns this recommendation; it is not the council’s rating.",
          },
        },
        "status": [
          {
            "heading": "Status as of April 2020",
            "note": "Judged as of April 2020, the date of Version 3, this plan's latest version published here.",
            "rows": [
              {
                "key": "Actions",
                "value": "2, through objective ‹1.1› of ‹Version 3› (the plan cites recommendation 1 for the objective as a whole)",
              },
              {
                "key": "Rated by the council",
                "value": [
                  "2 of 2: 1 Green and 1 Red.",
                ],
              },
              {
                "key": "Late",
                "value": [
                  "None as of April 2020.",
                ],
              },
              {
                "key": "Slipped",
                "value": "[1 slipped] (timescale moved later between versions): ‹1.1.1›.",
              },
              {
                "key": "Next due",
                "value": "31 May 2020 (action ‹1.1.1›).",
              },
              {
                "key": "Timed “Immediate”",
                "value": "1 of 2, since Version 1 (October 2019); [1 “Immediate” for 3 months or more] as of April 2020: ‹1.1.2›.",
              },
              {
                "key": "Inspectors (most recent)",
                "value": [
                  "No inspector's finding on this is published here.",
                ],
              },
            ],
          },
        ],
        "title": "Recommendation 1, Fixture inspection report, Fixture",
        "versions": [
          {
            "heading": "In ‹Fixture Improvement Plan, Version 3› (April 2020, latest version published here)",
            "id": "version-v3",
            "objectives": [
              {
                "aims": [
                  "Improve supervision (recommendation 1)",
                ],
                "caption": "Actions of objective 1.1 (2 actions)",
                "heading": "‹Objective 1.1›",
                "mapping": "The plan cites recommendation 1 for objective 1.1 as a whole, not for single actions: both its actions are listed, and the plan does not say which of them concern this recommendation.",
                "rows": [
                  "1.1.1 | 31st May 2020 | Green",
                  "1.1.2 | Immediate | Red",
                ],
              },
            ],
            "paragraphs": "The actions of objective 1.1 cite paragraph ‹10› of the report.",
          },
          {
            "heading": "In ‹Fixture Improvement Plan, Version 2› (January 2020)",
            "id": "version-v2",
            "objectives": [
              {
                "aims": [
                  "Improve supervision (recommendation 1)",
                ],
                "caption": "Actions of objective 1.1 (3 actions), “Overdue” as of January 2020, the date of Version 2",
                "heading": "‹Objective 1.1›",
                "mapping": "The plan cites recommendation 1 for objective 1.1 as a whole, not for single actions: all 3 of its actions are listed, and the plan does not say which of them concern this recommendation.",
                "rows": [
                  "1.1.1 | 31st March 2020 | Green",
                  "1.1.2 | Immediate | Red",
                  "1.1.3 | 31st December 2019 [Overdue] | Green",
                ],
              },
            ],
            "paragraphs": "The actions of objective 1.1 cite paragraph ‹10› of the report.",
          },
          {
            "heading": "In ‹Fixture Improvement Plan, Version 1› (October 2019)",
            "id": "version-v1",
            "objectives": [
              {
                "aims": [
                  "Improve supervision (recommendation 1)",
                ],
                "caption": "Actions of objective 1.1 (3 actions), “Overdue” as of October 2019, the date of Version 1",
                "heading": "‹Objective 1.1›",
                "mapping": "The plan cites recommendation 1 for objective 1.1 as a whole, not for single actions: all 3 of its actions are listed, and the plan does not say which of them concern this recommendation.",
                "rows": [
                  "1.1.1 | 31st March 2020 | Amber",
                  "1.1.2 | Immediate | Amber",
                  "1.1.3 | 31st December 2019 | Green",
                ],
              },
            ],
            "paragraphs": "The actions of objective 1.1 cite paragraph ‹10› of the report.",
          },
        ],
        "warnings": [],
      }
    `);
  });

  it("other councils: a plan with no rating column, in the report's own terms", () => {
    const eastborough = recommendationView(other, recommendation(other, 'eastborough/ilacs-2023', '2.1'), options);
    expect(read(eastborough)).toMatchInlineSnapshot(`
      {
        "answersHeading": "What is being done about it",
        "breadcrumbs": [
          {
            "href": "/",
            "label": "Councils",
          },
          {
            "href": "/eastborough/",
            "label": "Eastborough Council (test fixture)",
          },
          {
            "href": "/eastborough/inspections/ilacs-2023/",
            "label": "Inspection of local authority children's services",
          },
        ],
        "caption": "Inspection of local authority children's services",
        "description": "The response to risk out of hours.",
        "heading": "Recommendation 2.1",
        "notes": [],
        "previous": {
          "href": "/eastborough/inspections/ilacs-2023/recommendations/2/",
          "label": "Previous: recommendation 2",
        },
        "quote": "The response to risk out of hours.",
        "sideBySide": {
          "council": {
            "heading": "What the council's plan says",
            "note": "These ratings are the council’s own assessment of its actions, as its plan gives them at that version; they are not an inspector’s judgement.",
            "rows": [
              {
                "key": "Eastborough Children's Services Improvement Plan (test fixture), Version 1 (November 2023)",
                "value": [
                  "2 actions answer it; the plan has no rating column, so it rates none of them.",
                ],
              },
            ],
          },
          "inspectors": {
            "heading": "What inspectors said most recently",
            "none": "No inspector's finding on this is published here.",
            "note": "A finding is shown here only where the visit’s letter itself says it concerns this recommendation; it is not the council’s rating.",
          },
        },
        "status": [
          {
            "heading": "Status as of November 2023",
            "note": "Judged as of November 2023, the date of Version 1, this plan's latest version published here.",
            "rows": [
              {
                "key": "Actions",
                "value": "2, through objective ‹1.1› of ‹Version 1› (the plan cites recommendation 2.1 for the objective as a whole)",
              },
              {
                "key": "Rated by the council",
                "value": [
                  "Not rated: the plan has no rating column.",
                ],
              },
              {
                "key": "Late",
                "value": "[1 late] as of November 2023: ‹1.1.1› (timescale passed; the plan has no rating column, so the sources do not say whether they are complete).",
              },
              {
                "key": "Slipped",
                "value": [
                  "Not known: Version 1 is the only version published here.",
                ],
              },
              {
                "key": "Next due",
                "value": "31 March 2024 (action ‹1.1.2›).",
              },
              {
                "key": "Inspectors (most recent)",
                "value": [
                  "No inspector's finding on this is published here.",
                ],
              },
            ],
          },
        ],
        "title": "Recommendation 2.1, Inspection of local authority children's services, Eastborough",
        "versions": [
          {
            "heading": "In ‹Eastborough Children's Services Improvement Plan (test fixture), Version 1› (November 2023, latest version published here)",
            "id": "version-v1",
            "objectives": [
              {
                "aims": [
                  "Caseloads are manageable and supervision is regular (area 1)",
                  "Risk is identified and responded to, out of hours too (areas 2 and 2.1)",
                ],
                "caption": "Actions of objective 1.1 (2 actions)",
                "heading": "‹Objective 1.1›",
                "mapping": "The plan cites recommendation 2.1 for objective 1.1 as a whole, not for single actions: both its actions are listed, and the plan does not say which of them concern this recommendation.",
                "rows": [
                  "1.1.1 | 31st October 2023 [Overdue] | No rating column in the plan",
                  "1.1.2 | 31st March 2024 | No rating column in the plan",
                ],
              },
            ],
          },
        ],
        "warnings": [],
      }
    `);
    const westshire = [...other.inspections.values()].find((i) => i.data.recommendationTerm)!;
    expect(read(recommendationView(other, westshire.recommendations[0]!, options))).toMatchInlineSnapshot(`
      {
        "answersHeading": "What is being done about it",
        "breadcrumbs": [
          {
            "href": "/",
            "label": "Councils",
          },
          {
            "href": "/westshire/",
            "label": "Westshire Council (test fixture)",
          },
          {
            "href": "/westshire/inspections/ofsted-2015/",
            "label": "Inspection of services for children in need of help and protection, children looked after and care leavers",
          },
        ],
        "caption": "Inspection of services for children in need of help and protection, children looked after and care leavers",
        "description": "Ensure that supervision is regular and recorded.",
        "heading": "Area for improvement a",
        "next": {
          "href": "/westshire/inspections/ofsted-2015/recommendations/b/",
          "label": "Next: area for improvement b",
        },
        "noPlan": "No improvement plan answering the Inspection of services for children in need of help and protection, children looked after and care leavers is published here, so this site cannot say what is being done about it.",
        "notes": [],
        "quote": "Ensure that supervision is regular and recorded.",
        "sideBySide": {
          "council": {
            "heading": "What the council's plan says",
            "note": "These ratings are the council’s own assessment of its actions, as its plan gives them at that version; they are not an inspector’s judgement.",
            "rows": [
              {
                "key": "Plan",
                "value": [
                  "No improvement plan answering the Inspection of services for children in need of help and protection, children looked after and care leavers is published here.",
                ],
              },
            ],
          },
          "inspectors": {
            "heading": "What inspectors said most recently",
            "none": "No inspector's finding on this is published here.",
            "note": "A finding is shown here only where the visit’s letter itself says it concerns this recommendation; it is not the council’s rating.",
          },
        },
        "status": [
          {
            "heading": "Status",
            "note": "Status lines count the actions of a published improvement plan; none is published here for this report.",
            "rows": [
              {
                "key": "Actions",
                "value": [
                  "Not known: no improvement plan answering the Inspection of services for children in need of help and protection, children looked after and care leavers is published here.",
                ],
              },
              {
                "key": "Inspectors (most recent)",
                "value": [
                  "No inspector's finding on this is published here.",
                ],
              },
            ],
          },
        ],
        "title": "Area for improvement a, Inspection of services for children in need of help and protection, children looked after and care leavers, Westshire",
        "versions": [],
        "warnings": [],
      }
    `);
  });
});

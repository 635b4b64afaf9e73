// The inspection page's view, pinned on the bundled reports and the other-councils fixtures:
// dates at the sources' precision, recommendations answered through objectives as the plan maps
// them, and "not in the sources" where they are silent.
import { describe, expect, it } from 'vitest';
import { inspectionView } from '../../../src/lib/views/inspection.ts';
import { plain } from '../../../src/lib/views/common.ts';
import { bundledGraph, otherGraph } from '../../helpers.ts';
import { readable } from './readable.ts';

const bundled = bundledGraph();
const other = otherGraph();

describe('inspection view: bundled', () => {
  it('Torbay 2018: recommendations with how Version 1 answers each, through objectives (finding 4)', () => {
    const v = inspectionView(bundled, bundled.inspections.get('torbay/ofsted-2018')!);
    expect(
      readable({
        title: v.title,
        heading: v.heading,
        rows: v.rows,
        judgements: v.judgements,
        recommendations: {
          ...v.recommendations,
          items: v.recommendations.items.map(
            (r) => `${plain(r.heading)}: ${r.answer ? plain(r.answer) : (r.unaddressed ?? '')}`,
          ),
        },
        paragraphGroups: v.paragraphGroups.map((g) => `${g.heading}: ${g.links.length}`),
        monitoringVisits: v.monitoringVisits,
        followed: v.followed,
        provenance: v.provenance.heading,
      }),
    ).toMatchInlineSnapshot(`
      {
        "followed": [
          "‹Torbay Children's Services Improvement Plan› answers its recommendations",
        ],
        "heading": "Ofsted inspection of children's services, June 2018",
        "judgements": {
          "caption": "Judgements of the Ofsted inspection of children's services, June 2018",
          "rows": [
            {
              "area": "Overall effectiveness",
              "judgement": "Inadequate",
              "statedIn": "Torbay Children's Services Improvement Plan, version 1 (October 2019)",
            },
          ],
        },
        "monitoringVisits": [
          "‹Monitoring visit, January 2019›",
          "‹Monitoring visit, April 2019›",
          "‹Monitoring visit, October 2019›",
        ],
        "paragraphGroups": [
          "Paragraphs cited by the improvement plan: 33",
        ],
        "provenance": "About this transcription",
        "recommendations": {
          "heading": "Recommendations",
          "items": [
            "‹Recommendation 1› [Repeated]: Through objectives 1.2 and 2.4 (6 actions) in ‹Version 1› of the plan: 6 [Not yet rated]",
            "‹Recommendation 2›: Through objectives 2.4 and 2.5 (5 actions) in ‹Version 1› of the plan: 5 [Not yet rated]",
            "‹Recommendation 3›: Through objective 2.6 (6 actions) in ‹Version 1› of the plan: 6 [Not yet rated]",
            "‹Recommendation 4›: Through objective 3.1 (2 actions) in ‹Version 1› of the plan: 2 [Not yet rated]",
            "‹Recommendation 5› [Repeated]: Through objective 4.1 (3 actions) in ‹Version 1› of the plan: 3 [Not yet rated]",
            "‹Recommendation 6›: Through objective 2.4 (4 actions) in ‹Version 1› of the plan: 4 [Not yet rated]",
            "‹Recommendation 7› [Repeated]: Through objective 2.3 (4 actions) in ‹Version 1› of the plan: 4 [Not yet rated]",
            "‹Recommendation 8› [Repeated]: Through objective 1.1 (7 actions) in ‹Version 1› of the plan: 7 [Not yet rated]",
            "‹Recommendation 9›: Through objective 2.2 (1 action) in ‹Version 1› of the plan: 1 [Not yet rated]",
            "‹Recommendation 10› [Repeated]: Through objective 2.7 (1 action) in ‹Version 1› of the plan: 1 [Not yet rated]",
            "‹Recommendation 11› [Repeated]: Through objective 1.2 (2 actions) in ‹Version 1› of the plan: 2 [Not yet rated]",
            "‹Recommendation 12›: Through objective 2.6 (6 actions) in ‹Version 1› of the plan: 6 [Not yet rated]",
            "‹Recommendation 13›: Through objective 2.6 (6 actions) in ‹Version 1› of the plan: 6 [Not yet rated]",
            "‹Recommendation 14›: Through objective 2.6 (6 actions) in ‹Version 1› of the plan: 6 [Not yet rated]",
            "‹Recommendation 15›: Through objective 4.1 (3 actions) in ‹Version 1› of the plan: 3 [Not yet rated]",
            "‹Recommendation 16›: Through objective 3.1 (2 actions) in ‹Version 1› of the plan: 2 [Not yet rated]",
          ],
        },
        "rows": [
          {
            "key": "Inspectorate",
            "value": [
              "Ofsted",
            ],
          },
          {
            "key": "Fieldwork",
            "value": [
              "June 2018",
            ],
          },
          {
            "key": "Published",
            "value": [
              "August 2018",
            ],
          },
        ],
        "title": "Ofsted inspection of children's services, June 2018, Torbay",
      }
    `);
  });

  it('Torbay 2010: the report a notice rests on, with no plan answering it', () => {
    const v = inspectionView(bundled, bundled.inspections.get('torbay/ofsted-2010')!);
    expect(
      readable({
        rows: v.rows,
        recommendations: { ...v.recommendations, items: v.recommendations.items.length },
        followed: v.followed,
      }),
    ).toMatchInlineSnapshot(`
      {
        "followed": [
          "‹Improvement Notice, 2011 (inferred)› rests on this inspection",
        ],
        "recommendations": {
          "heading": "Recommendations",
          "items": 0,
          "none": [
            "The recommendations of this report are not among the sources published here.",
          ],
        },
        "rows": [
          {
            "key": "Inspectorate",
            "value": [
              "Ofsted and CQC",
            ],
          },
          {
            "key": "Fieldwork",
            "value": [
              "Not given in the sources",
            ],
          },
          {
            "key": "Published",
            "value": [
              "October 2010",
            ],
          },
        ],
      }
    `);
  });
});

describe('inspection view: other councils (fixtures)', () => {
  it('Westshire 2015: lettered areas for improvement, fewer in the sources than in the report, and no plan', () => {
    const v = inspectionView(other, other.inspections.get('westshire/ofsted-2015')!);
    expect(
      readable({
        rows: v.rows,
        judgements: v.judgements,
        recommendations: { ...v.recommendations, items: v.recommendations.items.map((r) => plain(r.heading)) },
        followed: v.followed,
      }),
    ).toMatchInlineSnapshot(`
      {
        "followed": [
          "‹Further Improvement Notice, 1 June 2015› rests on this inspection",
        ],
        "judgements": {
          "caption": "Judgements of the Inspection of services for children in need of help and protection, children looked after and care leavers",
          "rows": [
            {
              "area": "Overall effectiveness",
              "judgement": "Inadequate",
              "statedIn": "The sources listed below",
            },
            {
              "area": "Children who need help and protection",
              "judgement": "Inadequate",
              "statedIn": "The sources listed below",
            },
            {
              "area": "Adoption performance",
              "judgement": "Good",
              "statedIn": "The sources listed below",
            },
          ],
        },
        "recommendations": {
          "heading": "Areas for improvement",
          "items": [
            "‹Area for improvement a›",
            "‹Area for improvement b›",
            "‹Area for improvement c›",
            "‹Area for improvement d›",
          ],
          "listing": "5 areas for improvement; 4 are in the sources",
          "noPlan": "No improvement plan answering this report is published here, so this site cannot say which actions answer its areas for improvement.",
        },
        "rows": [
          {
            "key": "Inspectorate",
            "value": [
              "Ofsted",
            ],
          },
          {
            "key": "Fieldwork",
            "value": [
              "14 January 2015 to 4 February 2015",
            ],
          },
          {
            "key": "Published",
            "value": [
              "20 March 2015",
            ],
          },
        ],
      }
    `);
  });

  it('Eastborough 2023: a plan with no rating column says so, never "Not yet rated"', () => {
    const v = inspectionView(other, other.inspections.get('eastborough/ilacs-2023')!);
    const answers = v.recommendations.items.map((r) => (r.answer ? plain(r.answer) : r.unaddressed));
    expect(answers).toMatchInlineSnapshot(`
      [
        "Through objective 1.1 (2 actions) in ‹Version 1› of the plan, which has no rating column.",
        "Through objective 1.1 (2 actions) in ‹Version 1› of the plan, which has no rating column.",
        "Through objective 1.1 (2 actions) in ‹Version 1› of the plan, which has no rating column.",
      ]
    `);
    expect(answers.join(' ')).not.toContain('Not yet rated');
  });
});

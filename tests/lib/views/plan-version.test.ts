import { describe, expect, it } from 'vitest';
import { plain } from '../../../src/lib/views/common.ts';
import { planVersionView } from '../../../src/lib/views/plan-version.ts';
import { noRatingColumn } from '../../../src/lib/derivations/ratings.ts';
import { bundledGraph, otherGraph, threeGraph } from '../fixtures.ts';
import { actionRowText, readable } from './readable.ts';

const graph = threeGraph();
const plan = graph.plans.get('fixture/plan')!;
const [v1, , v3] = plan.versions;

describe("a plan version's page", () => {
  it('says which version it is and whether a newer one exists', () => {
    expect(plain(planVersionView(graph, v3!).lead)).toBe(
      'Version 3, dated April 2020. This is the latest version published here.',
    );
    expect(plain(planVersionView(graph, v1!).lead)).toBe(
      'Version 1, dated October 2019. A newer version exists: ‹Version 3›.',
    );
    expect(planVersionView(graph, v3!, true).title).toBe(`${plan.data.title} (latest version published here)`);
  });

  it("judges overdue as of the plan's own date, and says so", () => {
    const view = planVersionView(graph, v3!);
    expect(view.asOfNote).toBe(
      "Judged as of April 2020, the date of Version 3, this plan's latest version published here. “Overdue” below means due before then and not rated complete.",
    );
    const actions = view.themes.flatMap((t) => t.objectives.flatMap((o) => o.actions));
    expect(actions.filter((a) => a.overdue).map((a) => a.ref)).toEqual(['1.2.2']);
  });

  it('counts ratings with "Not yet rated", and links what changed with slipped timescales tagged', () => {
    const view = planVersionView(graph, v3!);
    expect(view.ratingCounts.map((c) => [c.rating?.label ?? 'Not yet rated', c.count])).toEqual([
      ['Green', 1],
      ['Amber', 1],
      ['Red', 1],
      ['Not yet rated', 1],
    ]);
    expect(view.total).toBe(4);
    expect(view.nav.map((l) => plain(l))).toContain('‹What changed since Version 2›: [1 timescale slipped]');
    expect(view.nav.map((l) => plain(l))).toContain('Versions: ‹Version 1›, ‹Version 2›, Version 3');
    expect(view.noRatingColumn).toBeUndefined();
  });

  it('says a version has no rating column instead of counting "Not yet rated"', () => {
    const bare = { ...v3!, data: { ...v3!.data, ratingScale: undefined } };
    const view = planVersionView(graph, bare);
    expect(view.noRatingColumn).toBe(noRatingColumn);
    expect(view.ratingCounts).toEqual([]);
    expect(view.filters.ratings).toEqual([]);
    expect(view.charts.map((c) => c.title)).toEqual(['Actions by theme and direction of travel, Version 3']);
  });

  it("keeps the aims and citations in the plan's words, and filters by what the content defines", () => {
    const view = planVersionView(graph, v3!);
    const aim = view.themes[0]!.objectives[0]!.aims[0]!;
    expect(aim.text).toBe(v3!.objectives[0]!.aims[0]!.data.text);
    expect(aim.citation).toBe(`(${v3!.objectives[0]!.aims[0]!.data.citation})`);
    expect(view.filters.ratings.map((r) => r.value)).toEqual(['green', 'amber', 'red', 'not-rated']);
    expect(view.filters.leads.map((l) => l.value)).toEqual(['dcs', 'hos']);
  });

  it('links from the top of the page to the actions and their filters, and folds the stages away', () => {
    const view = planVersionView(graph, v3!);
    expect(view.jump).toEqual([
      { label: `Go to the ${v3!.actions.length} actions`, href: '#actions' },
      { label: 'Filter them', href: '#plan-filters' },
      { label: 'Contents of this page', href: '#contents' },
    ]);
    expect(view.stagesSummary).toMatch(/^Show the \d+ stages? and their milestones$/);
  });

  it('gives each objective and theme the filter values of all its actions, so a filter can hide it whole', () => {
    const view = planVersionView(graph, v3!);
    const tokens = (s: string) => s.split(' ').filter(Boolean).sort();
    const union = (
      actions: { leads: string; rag: string; recommendations: string }[],
      key: 'leads' | 'rag' | 'recommendations',
    ) => [...new Set(actions.flatMap((a) => tokens(a[key])))].sort();
    let checked = 0;
    for (const theme of view.themes) {
      const themeActions = theme.objectives.flatMap((o) => o.actions);
      for (const key of ['leads', 'rag', 'recommendations'] as const) {
        expect(tokens(theme.filter[key])).toEqual(union(themeActions, key));
        for (const objective of theme.objectives) {
          expect(tokens(objective.filter[key])).toEqual(union(objective.actions, key));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2);
    // Each value once, even when several actions share it.
    for (const theme of view.themes)
      expect(new Set(tokens(theme.filter.leads)).size).toBe(tokens(theme.filter.leads).length);
  });
});

describe("a plan version's page, on the bundled plan's Version 1 (the plan's own address)", () => {
  const bundled = bundledGraph();
  const view = planVersionView(bundled, bundled.plans.get('torbay/improvement-plan')!.latest, true);

  it('sits under its council in the trail (the plan is the page), and names itself the latest published here', () => {
    expect(view.breadcrumbs.map((c) => c.label)).toEqual(['Councils', 'Torbay Council']);
    expect(
      readable({
        title: view.title,
        caption: view.caption,
        heading: view.heading,
        lead: view.lead,
        asOfNote: view.asOfNote,
        owner: view.owner,
        noRatingColumn: view.noRatingColumn,
        total: view.total,
        actionCount: view.actionCount,
      }),
    ).toMatchInlineSnapshot(`
      {
        "actionCount": 36,
        "asOfNote": "Judged as of October 2019, the date of Version 1, this plan's latest version published here. “Overdue” below means due before then and not rated complete.",
        "caption": "Torbay Council",
        "heading": "Torbay Children's Services Improvement Plan",
        "lead": [
          "Version 1, dated October 2019. ",
          "This is the latest version published here.",
        ],
        "noRatingColumn": undefined,
        "owner": "The Director of Children's Services is the overall owner of this improvement plan and responsible for ensuring that its implementation is progressed and that updates are provided on a monthly basis.",
        "title": "Torbay Children's Services Improvement Plan (latest version published here)",
        "total": 36,
      }
    `);
  });

  it('links its other pages, the feeds and the top of its actions', () => {
    expect(readable({ nav: view.nav, jump: view.jump, feeds: view.feeds })).toMatchInlineSnapshot(`
      {
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
        "nav": [
          "‹Actions by lead role›: who is answerable for what",
          "‹Actions by deadline›, overdue first",
          "‹Board pack for Version 1›: one printable page for a meeting",
          "Answers the recommendations of the ‹Ofsted inspection of children's services, June 2018›, objective by objective",
        ],
      }
    `);
  });

  it('counts ratings and charts them, saying how many are not yet rated', () => {
    expect(
      readable({
        ratingCountsCaption: view.ratingCountsCaption,
        ratingCounts: view.ratingCounts,
        charts: view.charts.map((c) => `${c.title}: ${c.summary}`),
      }),
    ).toMatchInlineSnapshot(`
      {
        "charts": [
          "Actions by theme and rating, Version 1: Stacked bars of the actions in each theme by rating. 36 of 36 actions are not yet rated.",
          "Actions by theme and direction of travel, Version 1: Stacked bars of the actions in each theme by direction of travel since the previous version. 36 of 36 actions have no direction stated.",
        ],
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
      }
    `);
  });

  it('quotes how progress is rated, each rating with its definition', () => {
    expect(readable({ ratingIntroduction: view.ratingIntroduction, ratings: view.ratings })).toMatchInlineSnapshot(`
      {
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
      }
    `);
  });

  it('lists its contents, stages and filters', () => {
    expect(
      readable({
        contents: view.contents.map(
          (c) => `${c.label}${c.children ? `: ${c.children.map((o) => `${o.label} ${o.hint}`).join(', ')}` : ''}`,
        ),
        stages: view.stages.map((s) => `${s.heading}, ${s.when}: ${s.milestones.length} milestones`),
        stagesSummary: view.stagesSummary,
        filters: {
          themes: view.filters.themes.length,
          leads: view.filters.leads.map((l) => l.value),
          ratings: view.filters.ratings.map((r) => r.label),
        },
      }),
    ).toMatchInlineSnapshot(`
      {
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
        "stages": [
          "Stage 1: Laying the foundations, By December 2019: 6 milestones",
          "Stage 2: Embedding sustained improvement, By April 2020: 4 milestones",
          "Stage 3: Continuous improvement to a 'good' children's service, Between April 2020 and March 2021: 4 milestones",
        ],
        "stagesSummary": "Show the 3 stages and their milestones",
      }
    `);
  });

  it("outlines themes and objectives, each aim's citation linked to what it cites, each action with its leads", () => {
    expect(
      readable(
        view.themes.map((t) => ({
          heading: t.heading,
          objectives: t.objectives.map((o) => ({
            heading: o.heading,
            aims: o.aims.map((a) => `${a.citation} → ${a.cites.map((c) => plain(c)).join(', ')}`),
            actions: o.actions.map((a) => `${actionRowText(a)} | leads=${a.leads}`),
          })),
        })),
      ),
    ).toMatchInlineSnapshot(`
      [
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
      ]
    `);
  });

  it('says where its words came from', () => {
    expect(readable(view.provenance)).toMatchInlineSnapshot(`
      {
        "heading": "About this transcription",
        "inferences": [],
        "intro": "Transcribed from the document under “Source document” below.",
        "notes": [
          "The plan's RAG/DOT column is empty in this version: no action has been rated yet.",
          "The plan's diagram of the improvement journey is transcribed as three stages; stage 3 runs "Between April 2020 and March 2021" and its last milestone is dated April 2021.",
          "Objective 1.1's citation "(recommendation 8 and repeated)" is followed by an asterisk in the source, with no footnote or other asterisk to say what it marks; it is left out.",
        ],
      }
    `);
  });
});

describe("a plan version's page, on the fixture's Version 2", () => {
  it('sits under its plan, says a newer version exists and links what changed since Version 1', () => {
    const view = planVersionView(graph, plan.versions[1]!);
    expect(view.breadcrumbs.map((c) => c.label)).toEqual([
      'Councils',
      'Fixture Borough Council (test fixture)',
      'Fixture Improvement Plan',
    ]);
    expect(view.title).toBe('Fixture Improvement Plan, Version 2');
    expect(plain(view.lead)).toBe('Version 2, dated January 2020. A newer version exists: ‹Version 3›.');
    expect(view.nav.map((l) => plain(l))).toMatchInlineSnapshot(`
      [
        "‹Actions by lead role›: who is answerable for what",
        "‹Actions by deadline›, overdue first",
        "‹Board pack for Version 2›: one printable page for a meeting",
        "Answers the recommendations of the ‹Fixture inspection report›, objective by objective",
        "‹What changed since Version 1›",
        "Versions: ‹Version 1›, Version 2, ‹Version 3›",
      ]
    `);
  });

  it('judges its actions at its own date, January 2020, and says why', () => {
    const view = planVersionView(graph, plan.versions[1]!);
    expect(view.asOfNote).toBe(
      'Judged as of January 2020, the date of Version 2, whose ratings say where the plan stood then; Version 3 (April 2020) is the latest version published here. “Overdue” below means due before then and not rated complete.',
    );
    const rows = view.themes.flatMap((t) => t.objectives.flatMap((o) => o.actions));
    expect(rows.filter((r) => r.overdue).map((r) => r.ref)).toEqual(['1.1.3']);
  });
});

describe("a plan version's page, on another council's plan", () => {
  const other = otherGraph();
  const view = planVersionView(other, other.plans.get('eastborough/improvement-plan')!.latest, true);

  it('says the plan has no rating column, and counts, filters and charts no ratings', () => {
    expect(view.noRatingColumn).toBe('This version of the plan has no rating column: its actions are not rated.');
    expect([view.ratingCounts, view.ratings, view.filters.ratings]).toEqual([[], [], []]);
    expect(view.charts.map((c) => c.title)).toEqual(['Actions by theme and direction of travel, Version 1']);
    expect(view.themes.flatMap((t) => t.objectives.flatMap((o) => o.actions.map(actionRowText))))
      .toMatchInlineSnapshot(`
      [
        "1.1.1 | DCS and HoS | 31st October 2023 [Overdue] | No rating column in the plan",
        "1.1.2 | HoS with the Quality Assurance Lead | 31st March 2024 | No rating column in the plan",
      ]
    `);
  });

  it('judges as of its own time', () => {
    expect(view.asOfNote).toBe(
      "Judged as of November 2023, the date of Version 1, this plan's latest version published here. “Overdue” below means due before then and not rated complete.",
    );
  });

  it("cites the report's recommendations in its terms, and names what else the plan answers", () => {
    expect(
      readable({
        cites: view.themes.flatMap((t) => t.objectives.flatMap((o) => o.aims.flatMap((a) => a.cites))),
        nav: view.nav,
      }),
    ).toMatchInlineSnapshot(`
      {
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
      }
    `);
  });
});

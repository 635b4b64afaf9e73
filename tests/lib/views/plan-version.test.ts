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
    ).toMatchInlineSnapshot();
  });

  it('links its other pages, the feeds and the top of its actions', () => {
    expect(readable({ nav: view.nav, jump: view.jump, feeds: view.feeds })).toMatchInlineSnapshot();
  });

  it('counts ratings and charts them, saying how many are not yet rated', () => {
    expect(
      readable({
        ratingCountsCaption: view.ratingCountsCaption,
        ratingCounts: view.ratingCounts,
        charts: view.charts.map((c) => `${c.title}: ${c.summary}`),
      }),
    ).toMatchInlineSnapshot();
  });

  it('quotes how progress is rated, each rating with its definition', () => {
    expect(readable({ ratingIntroduction: view.ratingIntroduction, ratings: view.ratings })).toMatchInlineSnapshot();
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
    ).toMatchInlineSnapshot();
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
    ).toMatchInlineSnapshot();
  });

  it('says where its words came from', () => {
    expect(readable(view.provenance)).toMatchInlineSnapshot();
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
    expect(view.nav.map((l) => plain(l))).toMatchInlineSnapshot();
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
    expect(
      view.themes.flatMap((t) => t.objectives.flatMap((o) => o.actions.map(actionRowText))),
    ).toMatchInlineSnapshot();
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
    ).toMatchInlineSnapshot();
  });
});

import { describe, expect, it } from 'vitest';
import { plain } from '../../../src/lib/views/common.ts';
import { planVersionView } from '../../../src/lib/views/plan-version.ts';
import { noRatingColumn } from '../../../src/lib/derivations/ratings.ts';
import { threeGraph } from '../fixtures.ts';

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

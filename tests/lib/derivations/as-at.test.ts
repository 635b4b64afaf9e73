import { describe, expect, it } from 'vitest';
import { asAtLabelOf, asAtOf, authorityAsAt, judgedAt, planAsAt } from '../../../src/lib/derivations/as-at.ts';
import { isOverdue } from '../../../src/lib/derivations/overdue.ts';
import { asOfReason } from '../../../src/lib/graph/as-of.ts';
import type { ActionNode, Graph, PlanVersionNode } from '../../../src/lib/graph/graph.ts';
import { actionRecord } from '../../../src/lib/publishing/open-data.ts';
import { actionView } from '../../../src/lib/views/action.ts';
import { boardPackView } from '../../../src/lib/views/board-pack.ts';
import { deadlinesView } from '../../../src/lib/views/deadlines.ts';
import { leadsView } from '../../../src/lib/views/leads.ts';
import { paragraphView } from '../../../src/lib/views/paragraph.ts';
import { planVersionView } from '../../../src/lib/views/plan-version.ts';
import { recommendationView } from '../../../src/lib/views/recommendation.ts';
import { actionStatus } from '../../../src/lib/views/status.ts';
import { immediateTime } from '../../../src/lib/derivations/immediate.ts';
import { plain } from '../../../src/lib/views/common.ts';
import { bundledGraph, threeGraph } from '../fixtures.ts';

describe('the date a page is as at', () => {
  it("is a plan's own date, as precise as its source, for the plan and its latest version's actions", () => {
    const graph = threeGraph();
    const plan = graph.plans.get('fixture/plan')!;
    expect(planAsAt(plan)).toBe('2020-04');
    expect(asAtOf(plan)).toBe('2020-04');
    expect(asAtOf(plan.latest)).toBe('2020-04');
    expect(asAtOf(plan.latest.actions[0]!)).toBe('2020-04');
  });

  it("is an earlier version's own date for that version's pages and actions", () => {
    const plan = threeGraph().plans.get('fixture/plan')!;
    expect(asAtOf(plan.versions[0]!)).toBe('2019-10');
    expect(asAtOf(plan.versions[0]!.actions[0]!)).toBe('2019-10');
    expect(asAtOf(plan.versions[1]!)).toBe('2020-01');
    expect(asAtLabelOf(plan.versions[0]!)).toBe('As at');
  });

  it("follows the configured date of the plan's council", () => {
    const plan = threeGraph({ asOf: { fixture: '2020-06-15' } }).plans.get('fixture/plan')!;
    expect(asAtOf(plan.latest.actions[0]!)).toBe('2020-06-15');
    expect(asAtOf(plan.versions[0]!)).toBe('2019-10');
  });

  it("is the council's own date for pages about the council, and undefined when nothing is dated", () => {
    const graph = bundledGraph();
    const worcestershire = graph.authorityBySlug.get('worcestershire')!;
    expect(authorityAsAt(worcestershire)).toBe('2011');
    expect(asAtOf(worcestershire)).toBe('2011');
    expect(asAtOf(worcestershire.notices[0]!)).toBe('2011');
    expect(asAtLabelOf(worcestershire.notices[0]!)).toBe('Documents published here up to');
    const undated = { ...worcestershire, asOf: { date: '', reason: 'none' as const, council: 'W' } };
    expect(asAtOf(undated)).toBeUndefined();
  });

  it("uses the plan's date for a recommendation answered by one plan", () => {
    const graph = bundledGraph();
    const report = graph.inspections.get('torbay/ofsted-2018')!;
    expect(report.plans).toHaveLength(1);
    expect(asAtOf(report.recommendations[0]!)).toBe(report.plans[0]!.asOf.date);
  });
});

describe('judgedAt: the date the actions of a plan version are judged at', () => {
  const plan = threeGraph().plans.get('fixture/plan')!;
  const [v1, v2, v3] = plan.versions as [PlanVersionNode, PlanVersionNode, PlanVersionNode];

  it("judges the latest version at the plan's as-of date", () => {
    expect(judgedAt(v3)).toBe(plan.asOf);
    expect(judgedAt(v3)).toMatchObject({ date: '2020-04', reason: 'latest-version' });
  });

  it('judges an earlier version at its own date, at its precision, and says why', () => {
    expect(judgedAt(v1)).toEqual({
      date: '2019-10',
      reason: 'earlier-version',
      dated: 'Version 1',
      latest: 'Version 3 (April 2020)',
      council: 'Fixture',
    });
    expect(judgedAt(v2).date).toBe('2020-01');
    expect(asOfReason(judgedAt(v1))).toBe(
      'Judged as of October 2019, the date of Version 1, whose ratings say where the plan stood then; Version 3 (April 2020) is the latest version published here.',
    );
  });

  it("moves only the latest version with a configured date: an earlier version's ratings say nothing of later", () => {
    const configured = threeGraph({ asOf: { fixture: '2020-06-15' } }).plans.get('fixture/plan')!;
    expect(configured.versions.map((v) => judgedAt(v).date)).toEqual(['2019-10', '2020-01', '2020-06-15']);
    expect(judgedAt(configured.latest).reason).toBe('configured');
  });
});

// Every page that says an action is late (overdue) says it at judgedAt's date, so the same action of
// the same version never reads late on one page and on time on another. The fixture's Version 1 and
// Version 2 have actions that are late at the plan's April 2020 but not at their own dates: a view
// that picked the plan's date (or any date of its own) for them fails here.
describe('every page judges an action at its version’s date (judgedAt)', () => {
  const cases: [string, Graph][] = [
    ['own dates', threeGraph()],
    ['a configured date', threeGraph({ asOf: { fixture: '2020-06-15' } })],
  ];
  for (const [name, graph] of cases) {
    const plan = graph.plans.get('fixture/plan')!;
    const inspection = graph.inspections.get('fixture/report-2019')!;
    const late = (actions: readonly ActionNode[]) => actions.filter(isOverdue).map((a) => a.ref);
    const lateAtPlanDate = (version: PlanVersionNode) =>
      version.actions
        .filter((a) => a.due.kind === 'date' && !a.rating?.complete && a.due.date < plan.asOf.date)
        .map((a) => a.ref);

    describe(`with ${name}`, () => {
      it('has earlier versions whose judgement differs from the plan date’s, so a view picking that date fails', () => {
        expect(late(plan.versions[0]!.actions)).not.toEqual(lateAtPlanDate(plan.versions[0]!));
        expect(late(plan.versions[1]!.actions)).not.toEqual(lateAtPlanDate(plan.versions[1]!));
      });

      it('the board pack', () => {
        for (const version of plan.versions) {
          const view = boardPackView(version);
          expect(view.asAt).toBe(judgedAt(version).date);
          expect(view.late.map((a) => a.ref).sort()).toEqual(late(version.actions).sort());
          expect(view.themeTotals.late).toBe(late(version.actions).length);
        }
      });

      it('the plan-version page: its rows, its note and its printed date', () => {
        for (const version of plan.versions) {
          const view = planVersionView(graph, version);
          const rows = view.themes.flatMap((t) => t.objectives.flatMap((o) => o.actions));
          expect(rows.filter((r) => r.overdue).map((r) => r.ref)).toEqual(late(version.actions));
          expect(view.asOfNote).toContain(asOfReason(judgedAt(version)));
          expect(asAtOf(version)).toBe(judgedAt(version).date);
        }
      });

      it("the recommendation page: each version's section", () => {
        for (const recommendation of inspection.recommendations) {
          const view = recommendationView(graph, recommendation);
          for (const section of view.versions) {
            const version = plan.versions.find((v) => section.id === `version-${v.slug}`)!;
            const rows = section.objectives.flatMap((o) => o.rows);
            const actions = rows.map((r) => version.actionByRef.get(r.ref)!);
            expect(rows.filter((r) => r.overdue).map((r) => r.ref)).toEqual(late(actions));
          }
        }
      });

      it('the paragraph page: each version’s table', () => {
        for (const paragraph of inspection.paragraphs) {
          const view = paragraphView(graph, paragraph);
          for (const table of view.tables) {
            const version = plan.versions.find((v) => table.caption.includes(`, ${v.data.label}:`))!;
            const actions = table.rows.map((r) => version.actionByRef.get(r.ref)!);
            expect(table.rows.filter((r) => r.overdue).map((r) => r.ref)).toEqual(late(actions));
          }
        }
      });

      it('the action page, its status line, its "Immediate" time and its open-data record', () => {
        for (const version of plan.versions)
          for (const action of version.actions) {
            const overdue = isOverdue(action);
            expect(actionView(graph, action).overdue).toBe(overdue);
            const lateRow = actionStatus(action).rows.find((r) => r.key === 'Late')!;
            expect(plain(lateRow.value).startsWith('[Late]')).toBe(overdue);
            expect(actionRecord(action)).toMatchObject({ overdue, asOf: judgedAt(version).date });
            const immediate = immediateTime(action, 3);
            if (immediate) expect(immediate.to.date).toBe(judgedAt(version).date);
          }
      });

      it('the deadlines and lead-role pages (the latest version)', () => {
        const deadlines = deadlinesView(graph, plan);
        const overdueRows = deadlines.groups.find((g) => g.heading === 'Overdue')!.rows;
        expect(overdueRows.map((r) => r.ref).sort()).toEqual(late(plan.latest.actions).sort());
        expect(deadlines.lead).toContain(asOfReason(judgedAt(plan.latest)));
        const leads = leadsView(graph, plan).groups.flatMap((g) => g.rows);
        for (const row of leads) expect(row.overdue).toBe(isOverdue(plan.latest.actionByRef.get(row.ref)!));
      });
    });
  }
});

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
    expect(readable({ previous: view.previous, next: view.next })).toMatchInlineSnapshot();
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
    ).toMatchInlineSnapshot();
  });

  it("lists its theme, objective, the objective-level answer and the lead in the plan's words", () => {
    expect(readable(view.rows)).toMatchInlineSnapshot();
  });

  it('has a section for each column of the plan, saying when one is empty', () => {
    expect(view.sections.map((s) => `${s.heading}: ${s.paragraphs.length || s.empty}`)).toMatchInlineSnapshot();
  });

  it('gives its history across the versions published here', () => {
    expect(view.historyHeading).toBe('History across versions');
    expect(readable(view.history)).toMatchInlineSnapshot();
  });
});

describe('the action page, on bundled action 3.1.2', () => {
  it('names the accountable lead apart from a partner the lead names "in conjunction with"', () => {
    expect(readable(actionView(bundled, torbay.actionByRef.get('3.1.2')!).rows)).toMatchInlineSnapshot();
  });
});

describe('the action page, on the three-version fixture', () => {
  it("gives a renumbered action's history across three versions, with its rewording", () => {
    const view = actionView(fixture, fixturePlan.latest.actions[0]!);
    expect(view.heading).toBe('Action 1.1.1');
    expect(view.warnings).toEqual([]);
    expect(readable(view.history)).toMatchInlineSnapshot();
  });
});

describe("the action page, on another council's plan", () => {
  const other = otherGraph();
  const view = actionView(other, other.plans.get('eastborough/improvement-plan')!.latest.actionByRef.get('1.1.2')!);

  it("answers a lettered or compound list of recommendations in the report's terms", () => {
    expect(readable(view.rows.filter((r) => /Recommendations/.test(r.key)))).toMatchInlineSnapshot();
  });

  it('says the plan has no rating column, never "Not yet rated"', () => {
    expect(view.noScale).toBe(true);
    expect(readable(view.rows.filter((r) => r.key === 'Rating'))).toMatchInlineSnapshot();
  });

  it('says a desired outcome is not in the source, with the note why, and is described by its action', () => {
    expect(readable(view.sections[0])).toMatchInlineSnapshot();
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

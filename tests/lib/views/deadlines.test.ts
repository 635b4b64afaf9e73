import { describe, expect, it } from 'vitest';
import { deadlinesView } from '../../../src/lib/views/deadlines.ts';
import { bundledGraph, threeGraph } from '../fixtures.ts';
import { actionRowText } from './readable.ts';

const view = (asOf?: string) => {
  const graph = threeGraph(asOf ? { asOf: { fixture: asOf } } : undefined);
  return deadlinesView(graph, graph.plans.get('fixture/plan')!);
};
const groups = (v: ReturnType<typeof deadlinesView>) => v.groups.map((g) => [g.heading, g.rows.map((r) => r.ref)]);

describe('the deadlines page', () => {
  it("puts overdue first, judged as of the plan's own date, and says which date", () => {
    const v = view();
    expect(groups(v)).toEqual([
      ['Overdue', ['1.2.2']],
      ['Due by a date', ['1.1.1', '1.2.3']],
      ['Immediate', ['1.1.2']],
    ]);
    expect(v.groups[0]!.warning).toBe('1 action overdue as of April 2020');
    expect(v.lead).toContain('“Overdue” means the date had passed by April 2020 and the action is not rated complete.');
    expect(v.lead).toContain("this plan's latest version published here.");
  });

  it("says nothing is overdue when nothing is, and moves only with its own council's date", () => {
    const early = view('2020-01');
    expect(early.groups[0]).toMatchObject({
      heading: 'Overdue',
      rows: [],
      empty: 'No action is overdue as of January 2020.',
    });
    expect(early.groups[0]!.warning).toBeUndefined();
    expect(groups(view('2020-07-01'))[0]).toEqual(['Overdue', ['1.2.2', '1.1.1', '1.2.3']]);
  });

  it('never counts "Immediate" as overdue, and says from when it is due', () => {
    const immediate = view('2030-01-01').groups.find((g) => g.heading === 'Immediate')!;
    expect(immediate.rows.map((r) => r.ref)).toEqual(['1.1.2']);
    expect(immediate.rows[0]!.overdue).toBe(false);
    expect(immediate.intro).toBe(
      'The plan gives these actions the timescale “Immediate”: due from April 2020, with no end date, so never counted as overdue.',
    );
    expect(view().groups.some((g) => g.heading === 'No date given')).toBe(false);
  });
});

describe('the deadlines page, as rows', () => {
  it('on the bundled plan: nothing overdue as of October 2019, each group in order', () => {
    const graph = bundledGraph();
    const v = deadlinesView(graph, graph.plans.get('torbay/improvement-plan')!);
    expect(v.lead).toMatchInlineSnapshot();
    expect(v.groups.map((g) => ({ ...g, rows: g.rows.map(actionRowText) }))).toMatchInlineSnapshot();
  });

  it("on the fixture: each row's lead, timescale, overdue and rating", () => {
    expect(
      view().groups.map((g) => `${g.heading}: ${g.rows.map(actionRowText).join(' / ') || g.empty}`),
    ).toMatchInlineSnapshot();
  });
});

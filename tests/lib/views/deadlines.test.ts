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
    expect(v.lead).toMatchInlineSnapshot(
      `"Deadlines are read from each action's timescale, in the plan's words. “Overdue” means the date had passed by October 2019 and the action is not rated complete. Judged as of October 2019, the date of Version 1, this plan's latest version published here."`,
    );
    expect(v.groups.map((g) => ({ ...g, rows: g.rows.map(actionRowText) }))).toMatchInlineSnapshot(`
      [
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
      ]
    `);
  });

  it("on the fixture: each row's lead, timescale, overdue and rating", () => {
    expect(view().groups.map((g) => `${g.heading}: ${g.rows.map(actionRowText).join(' / ') || g.empty}`))
      .toMatchInlineSnapshot(`
      [
        "Overdue: 1.2.2 | HoS | 31st January 2020 [Overdue] | Amber",
        "Due by a date: 1.1.1 | DCS | 31st May 2020 | Green / 1.2.3 | DCS | 30th June 2020 | Not yet rated",
        "Immediate: 1.1.2 | HoS | Immediate | Red",
      ]
    `);
  });
});

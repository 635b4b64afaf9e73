import { describe, expect, it } from 'vitest';
import { leadsView } from '../../../src/lib/views/leads.ts';
import { plain } from '../../../src/lib/views/common.ts';
import { bundledGraph, threeGraph } from '../fixtures.ts';
import { actionRowText } from './readable.ts';

describe('the leads page', () => {
  it("groups the latest version's actions by lead role, in the council's order", () => {
    const graph = threeGraph();
    const view = leadsView(graph, graph.plans.get('fixture/plan')!);
    expect(view.groups.map((g) => [g.anchor, g.heading, g.count, g.rows.map((r) => r.ref)])).toEqual([
      ['lead-dcs', "Director of Children's Services (DCS)", '2 actions', ['1.1.1', '1.2.3']],
      ['lead-hos', 'Head of Service (HoS)', '2 actions', ['1.1.2', '1.2.2']],
    ]);
    expect(view.groups[0]!.caption).toBe("Actions led by Director of Children's Services: 2 actions");
    expect(view.caption).toBe('Fixture Improvement Plan, Version 3');
    expect(view.partners).toEqual([]);
  });

  it("quotes the plan's words for roles named in a lead but not as lead", () => {
    const graph = bundledGraph();
    const view = leadsView(graph, graph.plans.get('torbay/improvement-plan')!);
    const withPartners = graph.plans
      .get('torbay/improvement-plan')!
      .latest.actions.filter((a) => (a.data.partners ?? []).length > 0);
    expect(withPartners.length).toBeGreaterThan(0);
    const action = withPartners[0]!;
    const partner = action.data.partners![0]!;
    const group = view.partners.find((g) => g.anchor === `named-${partner.role}`)!;
    const entry = group.actions.find((e) => e.row.ref === action.ref)!;
    expect(entry.words).toBe(`“${partner.words}”`);
    expect(plain(entry.line)).toContain(`in its lead as “${partner.words}”. Lead: “${action.data.lead}”.`);
  });
});

describe('the leads page, as rows', () => {
  it('on the bundled plan: groups by accountable lead, partners apart', () => {
    const graph = bundledGraph();
    const view = leadsView(graph, graph.plans.get('torbay/improvement-plan')!);
    expect({ heading: view.heading, lead: view.lead }).toMatchInlineSnapshot(`
      {
        "heading": "Actions by lead role",
        "lead": "Who is answerable for what. An action led jointly appears under each role its lead names as lead. Roles the plan names in another part ("in conjunction with", "to deliver", "when necessary") are listed apart, in the plan's words.",
      }
    `);
    expect(view.groups.map((g) => `${g.heading} (${g.count}): ${g.rows.map((r) => r.ref).join(', ')}`))
      .toMatchInlineSnapshot(`
      [
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
      ]
    `);
    expect(view.partners.map((g) => `${g.heading}: ${g.actions.map((a) => `${a.row.ref} ${a.words}`).join('; ')}`))
      .toMatchInlineSnapshot(`
      [
        "Head of Service (HoS): 2.3.4 “HoS and Service Managers when necessary”; 2.6.6 “HoS and Service Managers when necessary”",
        "Service managers: 2.3.4 “HoS and Service Managers when necessary”; 2.6.6 “HoS and Service Managers when necessary”",
        "Social workers: 2.3.1 “social workers to deliver”",
        "Strategic Workforce Development Manager: 3.1.1 “in conjunction with Strategic Workforce Development Manager”; 3.1.2 “in conjunction with Strategic Workforce Development Manager”",
        "Sufficiency task group: 2.6.2 “in conjunction with the sufficiency task group”; 2.6.3 “in conjunction with the sufficiency task group”",
        "PeopleToo: 2.1.1 “working in conjunction with PeopleToo”",
      ]
    `);
  });

  it("on the fixture: each row's lead, timescale, overdue and rating", () => {
    const graph = threeGraph();
    const view = leadsView(graph, graph.plans.get('fixture/plan')!);
    expect(view.groups.map((g) => `${g.caption}: ${g.rows.map(actionRowText).join(' / ')}`)).toMatchInlineSnapshot(`
      [
        "Actions led by Director of Children's Services: 2 actions: 1.1.1 | DCS | 31st May 2020 | Green / 1.2.3 | DCS | 30th June 2020 | Not yet rated",
        "Actions led by Head of Service: 2 actions: 1.1.2 | HoS | Immediate | Red / 1.2.2 | HoS | 31st January 2020 [Overdue] | Amber",
      ]
    `);
  });
});

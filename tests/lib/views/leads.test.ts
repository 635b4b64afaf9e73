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
    expect({ heading: view.heading, lead: view.lead }).toMatchInlineSnapshot();
    expect(
      view.groups.map((g) => `${g.heading} (${g.count}): ${g.rows.map((r) => r.ref).join(', ')}`),
    ).toMatchInlineSnapshot();
    expect(
      view.partners.map((g) => `${g.heading}: ${g.actions.map((a) => `${a.row.ref} ${a.words}`).join('; ')}`),
    ).toMatchInlineSnapshot();
  });

  it("on the fixture: each row's lead, timescale, overdue and rating", () => {
    const graph = threeGraph();
    const view = leadsView(graph, graph.plans.get('fixture/plan')!);
    expect(view.groups.map((g) => `${g.caption}: ${g.rows.map(actionRowText).join(' / ')}`)).toMatchInlineSnapshot();
  });
});

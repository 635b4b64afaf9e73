import { describe, expect, it } from 'vitest';
import { actionsByLead } from '../../../src/lib/derivations/leads.ts';
import { threeGraph } from '../fixtures.ts';

const graph = threeGraph();
const fixture = graph.authorityBySlug.get('fixture')!;
const v3 = graph.plans.get('fixture/plan')!.latest;

describe('actionsByLead', () => {
  it("groups actions under each role they name, in the council's order of roles, by reference", () => {
    const groups = actionsByLead([...v3.actions].reverse(), fixture.data.roles);
    expect(groups.map((g) => [g.role.id, g.actions.map((a) => a.ref)])).toEqual([
      ['dcs', ['1.1.1', '1.2.3']],
      ['hos', ['1.1.2', '1.2.2']],
    ]);
  });

  it('leaves out roles that lead nothing, and lists an action under every role it names', () => {
    const [first] = v3.actions;
    const both = { ...first!, leadRoles: fixture.data.roles };
    const groups = actionsByLead([both], [...fixture.data.roles, { id: 'nobody', name: 'Nobody' }]);
    expect(groups.map((g) => g.role.id)).toEqual(['dcs', 'hos']);
    expect(actionsByLead([], fixture.data.roles)).toEqual([]);
  });
});

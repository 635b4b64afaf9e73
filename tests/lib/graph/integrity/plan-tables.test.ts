import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../../../../src/lib/content/content.ts';
import { checkPlanTables, checkRenumbering } from '../../../../src/lib/graph/integrity/plan-tables.ts';
import { entry, rulesOf } from './helpers.ts';

const expectRule = rulesOf(checkPlanTables, checkRenumbering);

const id = 'torbay/improvement-plan/v1';
const table = (c: ContentSet) => entry(c, 'planOutlines', id).data;
const objective = (c: ContentSet) => table(c).themes[0]!.objectives[0]!;
const action = (c: ContentSet) => objective(c).actions[0]!;
const aim = (c: ContentSet) =>
  table(c)
    .themes.flatMap((t) => t.objectives.flatMap((o) => o.aims))
    .find((a) => !a.repeated)!;

describe('plan table rules', () => {
  it('refuses a table with no version beside it', () => {
    expectRule('plan-table.no-version', (c) => {
      c.planVersions = [];
    });
  });

  it('refuses references that do not nest', () => {
    expectRule('plan-table.objective-outside-theme', (c) => {
      objective(c).ref = '9.1';
      for (const a of objective(c).actions) a.ref = a.ref.replace(/^1\.1/, '9.1');
    });
    expectRule('plan-table.action-outside-objective', (c) => {
      action(c).ref = '1.9.9';
    });
  });

  it('refuses a bullet citing a recommendation the report does not have', () => {
    const [problem] = expectRule('plan-table.aim-cites-unknown-recommendation', (c) => {
      aim(c).recommendations = ['99'];
    });
    expect(problem!.message).toContain('has recommendations 1–16');
  });

  it('refuses a citation of a recommendation or paragraph where the plan names no inspection', () => {
    const noInspection = (c: ContentSet) => {
      const plan = entry(c, 'plans', 'torbay/improvement-plan').data;
      delete plan.inspection;
      plan.notInSource = { inspection: 'The minutes do not say.' };
    };
    const problems = expectRule('plan-table.cites-without-inspection', noInspection);
    expect(problems.map((p) => p.message)).toContain(
      'cites recommendation 1, but the plan names no inspection (its notInSource.inspection says the sources name none): name the inspection in the plan\'s "inspection", or remove the citation',
    );
    expect(problems.some((p) => p.message.startsWith('cites paragraph '))).toBe(true);
  });

  it('refuses a bullet marking "repeated" what the report does not', () => {
    expectRule('plan-table.aim-repeated-not-in-report', (c) => {
      const bullet = objective(c).aims.find((a) => a.recommendations.includes('8'))!;
      bullet.recommendations = ['2'];
      bullet.repeated = true;
    });
  });

  it('refuses a monitoring visit that does not exist', () => {
    expectRule('plan-table.unknown-monitoring-visit', (c) => {
      action(c).monitoringVisits = ['may-2099'];
    });
  });

  it('refuses an action in two objectives', () => {
    expectRule('plan-table.action-in-two-objectives', (c) => {
      const other = table(c).themes[0]!.objectives[1]!;
      other.ref = objective(c).ref;
      for (const a of other.actions) a.ref = action(c).ref;
      other.actions = other.actions.slice(0, 1);
      table(c).themes[0]!.objectives = [objective(c), other, ...table(c).themes[0]!.objectives.slice(2)];
    });
  });

  it('refuses an empty desired outcome with no reason', () => {
    expectRule('plan-table.desired-outcome-empty', (c) => {
      action(c).desiredOutcome = [];
    });
  });

  it("refuses a rating outside the version's scale, or with no scale", () => {
    const [problem] = expectRule('plan-table.rating-not-in-scale', (c) => {
      action(c).rag = 'purple';
    });
    expect(problem!.message).toContain('use one of "green", "amber" or "red"');
    expectRule('plan-table.rating-without-scale', (c) => {
      action(c).rag = 'green';
      entry(c, 'planVersions', id).data.ratingScale = undefined;
      for (const t of table(c).themes)
        for (const o of t.objectives) for (const a of o.actions) if (a !== action(c)) a.rag = null;
    });
  });

  it('refuses lead and partner roles the council does not have, and partner words not in the lead', () => {
    expectRule('plan-table.unknown-lead-role', (c) => {
      action(c).leadRoles = ['nobody'];
    });
    expectRule('plan-table.unknown-partner-role', (c) => {
      action(c).partners = [{ role: 'nobody', words: action(c).lead!.slice(0, 3) }];
    });
    expectRule('plan-table.partner-words-not-in-lead', (c) => {
      action(c).partners = [{ role: 'ceo', words: 'Not in the lead at all' }];
    });
  });

  it('refuses a paragraph not recorded for the report', () => {
    expectRule('plan-table.action-cites-unknown-paragraph', (c) => {
      action(c).paragraphs = [9999];
    });
  });

  it('refuses a theme or an objective listed twice', () => {
    expectRule('plan-table.duplicate-theme', (c) => {
      const themes = table(c).themes;
      themes.push({ ...themes[0]!, objectives: [] });
    });
    expectRule('plan-table.duplicate-objective', (c) => {
      const objectives = table(c).themes[0]!.objectives;
      objectives.push({ ...objectives[0]!, aims: [], actions: [] });
    });
  });

  it('refuses a previousRef the previous version does not have', () => {
    expectRule('plan-table.previous-ref-in-first-version', (c) => {
      action(c).previousRef = '1.1.1';
    });
    const [problem] = expectRule('plan-table.previous-ref-unknown', (c) => {
      const v2 = structuredClone(entry(c, 'planVersions', id));
      v2.id = 'torbay/improvement-plan/v2';
      v2.data.published = '2020-06';
      v2.data.label = 'Version 2';
      const t2 = structuredClone(entry(c, 'planOutlines', id));
      t2.id = v2.id;
      t2.data.themes[0]!.objectives[0]!.actions[0]!.previousRef = '9.9.9';
      c.planVersions.push(v2);
      c.planOutlines.push(t2);
    });
    expect(problem!.message).toContain(`(${id})`);
  });
});

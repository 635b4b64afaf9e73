import { describe, expect, it } from 'vitest';
import { createContext, slugsIn } from '../../../../src/lib/graph/integrity/context.ts';
import { entry, fresh } from './helpers.ts';

describe('the context the rule families share', () => {
  it('indexes documents by key and lists the slugs of one authority', () => {
    const ctx = createContext(fresh());
    expect(ctx.inspections.has('torbay/ofsted-2018')).toBe(true);
    expect(slugsIn(ctx.visits, 'torbay').sort()).toEqual(['april-2019', 'january-2019', 'october-2019']);
  });

  it('reports a problem with its file, its located path, its message and its rule', () => {
    const content = fresh();
    const ctx = createContext(content);
    const outline = entry(content, 'planOutlines', 'torbay/improvement-plan/v1');
    ctx.report(outline, ['themes', 0, 'objectives', 0, 'ref'], 'plan-table.duplicate-objective', '1.1');
    expect(ctx.problems).toEqual([
      {
        file: outline.file,
        path: 'themes[0] (theme 1).objectives[0] (objective 1.1).ref',
        message: 'objective 1.1 appears more than once: an objective belongs to one theme',
        rule: 'plan-table.duplicate-objective',
      },
    ]);
  });

  it('checks a reference exists in a folder, and reports it when it does not', () => {
    const content = fresh();
    const ctx = createContext(content);
    const plan = entry(content, 'plans', 'torbay/improvement-plan');
    expect(ctx.mustExist(plan, ['inspection'], 'plan.unknown-inspection', 'inspections', 'ofsted-2018')).toBe(true);
    expect(ctx.problems).toEqual([]);
    expect(ctx.mustExist(plan, ['inspection'], 'plan.unknown-inspection', 'monitoring-visits', 'may-2099')).toBe(false);
    expect(ctx.problems[0]!.message).toContain('no monitoring visit "may-2099" exists for torbay');
    expect(ctx.problems[0]!.message).toContain('src/content/monitoring-visits/torbay/may-2099.json');
  });
});

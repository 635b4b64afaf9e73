import { describe, expect, it } from 'vitest';
import { checkPlans } from '../../../../src/lib/graph/integrity/plans.ts';
import { entry, rulesOf } from './helpers.ts';

const expectRule = rulesOf(checkPlans);

describe('plan rules', () => {
  it('refuses a plan answering an inspection that does not exist', () => {
    const problems = expectRule('plan.unknown-inspection', (c) => {
      entry(c, 'plans', 'torbay/improvement-plan').data.inspection = 'ofsted-2099';
    });
    expect(problems[0]!.message).toContain('no inspection "ofsted-2099" exists for torbay');
  });

  it('refuses a plan resting on an inspection that does not exist', () => {
    expectRule('plan.rests-on-unknown-inspection', (c) => {
      entry(c, 'plans', 'torbay/improvement-plan').data.restsOn.push({
        title: 'A report',
        kind: 'inspection',
        inspection: 'ofsted-2099',
      } as never);
    });
  });
});

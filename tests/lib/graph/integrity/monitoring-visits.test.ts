import { describe, it } from 'vitest';
import { expectRule } from './helpers.ts';

describe('monitoring visit rules', () => {
  it('refuses a visit that follows an inspection that does not exist', () => {
    expectRule('monitoring-visit.unknown-inspection', (c) => {
      c.monitoringVisits[0]!.data.inspection = 'ofsted-2099';
    });
  });
});

import { describe, it } from 'vitest';
import { checkMonitoringVisits } from '../../../../src/lib/graph/integrity/monitoring-visits.ts';
import { rulesOf } from './helpers.ts';

const expectRule = rulesOf(checkMonitoringVisits);

describe('monitoring visit rules', () => {
  it('refuses a visit that follows an inspection that does not exist', () => {
    expectRule('monitoring-visit.unknown-inspection', (c) => {
      c.monitoringVisits[0]!.data.inspection = 'ofsted-2099';
    });
  });
});

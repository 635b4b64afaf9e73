import { describe, expect, it } from 'vitest';
import { checkMonitoringVisits } from '../../../../src/lib/graph/integrity/monitoring-visits.ts';
import { problemsAfter, rulesOf } from './helpers.ts';

const expectRule = rulesOf(checkMonitoringVisits);

describe('monitoring visit rules', () => {
  it('refuses a visit that follows an inspection that does not exist', () => {
    expectRule('monitoring-visit.unknown-inspection', (c) => {
      c.monitoringVisits[0]!.data.inspection = 'ofsted-2099';
    });
  });

  const tie = (c: Parameters<Parameters<typeof problemsAfter>[0]>[0], recommendations: string[]) => {
    const visit = c.monitoringVisits.find((v) => v.data.findings.length > 0)!;
    visit.data.ties.push({ finding: visit.data.findings[0]!, recommendations, areas: [], words: 'Recommendation 1:' });
    return visit;
  };

  it('accepts a finding tied to a recommendation the inspection makes', () => {
    expect(problemsAfter((c) => void tie(c, ['1']))).toEqual([]);
  });

  it('refuses a finding tied to a recommendation the inspection does not make, naming those it does', () => {
    const [problem] = expectRule('monitoring-visit.tie-unknown-recommendation', (c) => void tie(c, ['99']));
    expect(problem!.message).toContain('no recommendation "99"');
    expect(problem!.path).toContain('ties');
  });

  it("refuses a tie whose finding is not word for word one of the visit's findings", () => {
    expectRule('monitoring-visit.tie-unknown-finding', (c) => {
      tie(c, ['1']).data.ties[0]!.finding = 'Inspectors reported something else.';
    });
  });

  it('refuses a tie that names nothing', () => {
    expectRule('monitoring-visit.tie-names-nothing', (c) => void tie(c, []));
  });
});

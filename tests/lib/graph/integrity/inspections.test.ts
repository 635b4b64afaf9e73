import { describe, expect, it } from 'vitest';
import { checkInspections } from '../../../../src/lib/graph/integrity/inspections.ts';
import { entry, rulesOf } from './helpers.ts';

const expectRule = rulesOf(checkInspections);

const report2018 = (c: Parameters<typeof entry>[0]) => entry(c, 'inspections', 'torbay/ofsted-2018').data;

describe('inspection rules', () => {
  it('refuses a recommendation id used twice', () => {
    expectRule('inspection.duplicate-recommendation', (c) => {
      const r = report2018(c).recommendations;
      r.push({ ...r[1]!, repeated: false, repeatedFrom: undefined });
      report2018(c).recommendationCount = r.length;
    });
  });

  it('refuses a paragraph number used twice', () => {
    expectRule('inspection.duplicate-paragraph', (c) => {
      const p = report2018(c).paragraphs;
      p.push({ ...p[0]! });
    });
  });

  it('refuses a count of recommendations smaller than those listed', () => {
    const [problem] = expectRule('inspection.count-below-listed', (c) => {
      report2018(c).recommendationCount = 3;
    });
    expect(problem!.message).toContain('(1–16)');
  });

  it('refuses repeatedFrom on a recommendation not marked repeated', () => {
    expectRule('inspection.repeated-from-not-repeated', (c) => {
      report2018(c).recommendations.find((r) => r.repeatedFrom)!.repeated = false;
      entry(c, 'planVersions', 'torbay/improvement-plan/v1').data.claims.repeatedRecommendations = 5;
      for (const t of entry(c, 'planOutlines', 'torbay/improvement-plan/v1').data.themes)
        for (const o of t.objectives) for (const a of o.aims) if (a.recommendations.includes('1')) a.repeated = false;
    });
  });

  it('refuses a recommendation repeated from an inspection that does not exist', () => {
    expectRule('inspection.repeated-from-unknown-inspection', (c) => {
      report2018(c).recommendations.find((r) => r.repeatedFrom)!.repeatedFrom = 'ofsted-2099';
    });
  });

  it('refuses a recommendation repeated from a later report', () => {
    expectRule('inspection.repeated-from-not-earlier', (c) => {
      const later = entry(c, 'inspections', 'torbay/ofsted-2015').data;
      later.recommendations = [{ ...report2018(c).recommendations[1]!, repeatedFrom: 'ofsted-2018' }];
    });
  });
});

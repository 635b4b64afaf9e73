import { describe, expect, it } from 'vitest';
import { authoritySlugOf, objectiveAnchor, themeAnchor, urlOf } from '../../../src/lib/publishing/urls.ts';
import { bundledGraph, otherGraph } from '../fixtures.ts';

const graph = bundledGraph();
const torbay = graph.authorityBySlug.get('torbay')!;
const report = graph.inspections.get('torbay/ofsted-2018')!;
const plan = graph.plans.get('torbay/improvement-plan')!;

describe('stable, readable addresses, always with a trailing slash', () => {
  it('gives each kind of page its path under its council', () => {
    expect(urlOf(torbay)).toBe('/torbay/');
    expect(urlOf(report)).toBe('/torbay/inspections/ofsted-2018/');
    expect(urlOf(report.recommendations[0]!)).toBe(
      `/torbay/inspections/ofsted-2018/recommendations/${report.recommendations[0]!.id}/`,
    );
    expect(urlOf(report.paragraphs[0]!)).toBe(
      `/torbay/inspections/ofsted-2018/paragraphs/${report.paragraphs[0]!.number}/`,
    );
    expect(urlOf(plan)).toBe('/torbay/plans/improvement-plan/');
    expect(urlOf(plan.latest)).toBe('/torbay/plans/improvement-plan/v1/');
    expect(urlOf(plan.latest.actionByRef.get('1.1.1')!)).toBe('/torbay/plans/improvement-plan/actions/1.1.1/');
    expect(urlOf(torbay.notices[0]!)).toMatch(/^\/torbay\/notices\/[a-z0-9-]+\/$/);
    expect(urlOf(torbay.statements[0]!)).toMatch(/^\/torbay\/statements\/[a-z0-9-]+\/$/);
    expect(urlOf(torbay.peerReviews[0]!)).toMatch(/^\/torbay\/peer-reviews\/[a-z0-9-]+\/$/);
    const visit = torbay.monitoringVisits[0]!;
    expect(urlOf(visit)).toBe(`${urlOf(visit.inspection)}monitoring-visits/${visit.slug}/`);
  });

  it("escapes a recommendation id that is not path-safe, and keeps another council's pages its own", () => {
    const rec = { ...report.recommendations[0]!, id: 'a b/c' };
    expect(urlOf(rec)).toBe('/torbay/inspections/ofsted-2018/recommendations/a%20b%2Fc/');
    for (const authority of otherGraph().authorities) {
      expect(urlOf(authority)).toBe(`/${authority.slug}/`);
      expect(authoritySlugOf(authority)).toBe(authority.slug);
    }
    expect(authoritySlugOf(plan.latest.actions[0]!)).toBe('torbay');
  });

  it('anchors objectives and themes within a version page', () => {
    expect(objectiveAnchor('2.6')).toBe('objective-2-6');
    expect(themeAnchor('2')).toBe('theme-2');
  });
});

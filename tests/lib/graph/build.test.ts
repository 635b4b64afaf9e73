import { describe, expect, it } from 'vitest';
import { buildGraph, datedDocuments, resolveDocumentRef } from '../../../src/lib/graph/graph.ts';
import { parseContent } from '../../../src/lib/content/parse-content.ts';
import { ContentError } from '../../../src/lib/content/problems.ts';
import { bundledFiles } from '../../helpers.ts';

const content = () => structuredClone(parseContent(bundledFiles).content);

describe('buildGraph', () => {
  it('refuses content the integrity check refuses, with every problem and its rule', () => {
    const broken = content();
    broken.plans[0]!.data.inspection = 'ofsted-2099';
    let error: ContentError | undefined;
    try {
      buildGraph(broken);
    } catch (e) {
      error = e as ContentError;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect(error!.problems.map((p) => p.rule)).toContain('plan.unknown-inspection');
  });

  it("links a plan version to its plan by the version's key", () => {
    const graph = buildGraph(content());
    const version = graph.planVersions.get('torbay/improvement-plan/v1')!;
    expect(version.slug).toBe('v1');
    expect(version.plan.key).toBe('torbay/improvement-plan');
  });

  it("resolves a statement's references by type", () => {
    const graph = buildGraph(content());
    const torbay = graph.authorityBySlug.get('torbay')!;
    expect((resolveDocumentRef(torbay, 'inspections/ofsted-2015') as { key: string }).key).toBe('torbay/ofsted-2015');
    expect((resolveDocumentRef(torbay, 'monitoring-visits/april-2019') as { key: string }).key).toBe(
      'torbay/april-2019',
    );
    expect(resolveDocumentRef(torbay, 'inspections/ofsted-2099')).toBeUndefined();
  });

  it("takes the as-of dates from the as-of policy: a plan's latest version, a council's newest document", () => {
    const graph = buildGraph(content());
    const plan = graph.plans.get('torbay/improvement-plan')!;
    expect(plan.asOf).toMatchObject({ date: '2019-10', reason: 'latest-version' });
    const worcestershire = graph.authorityBySlug.get('worcestershire')!;
    expect(worcestershire.asOf.reason).toBe('newest-document');
    expect(datedDocuments(worcestershire).map((d) => d.date)).toContain(worcestershire.asOf.date);
    const configured = buildGraph(content(), { asOf: { torbay: '2020-01-01' } });
    expect(configured.plans.get('torbay/improvement-plan')!.asOf).toMatchObject({
      date: '2020-01-01',
      reason: 'configured',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { readSources } from '../scripts/read-content.ts';
import { buildGraph } from '../src/lib/graph.ts';
import { recommendationLabel, recommendationListing, recommendationRef, titleOf } from '../src/lib/labels.ts';
import { parseContent } from '../src/lib/parse-content.ts';
import { unaddressedRecommendations } from '../src/lib/coverage.ts';
import { urlOf } from '../src/lib/urls.ts';
import { searchMetaOf } from '../src/lib/search-meta.ts';
import { messagesOf, withJson } from './helpers.ts';
import { asOfReason, isBefore, isOnOrAfter } from '../src/lib/as-of.ts';
import { overdueActions } from '../src/lib/overdue.ts';

// Other councils' shapes of document (tests/fixtures/other-councils: test fixtures, never bundled).
export const otherRoots = { content: 'tests/fixtures/other-councils/content', data: 'tests/fixtures/other-councils/data' };
export const otherFiles = readSources(otherRoots);
const parsed = parseContent(otherFiles, otherRoots);
export const otherGraph = () => buildGraph(parseContent(otherFiles, otherRoots).content);

describe('recommendations as the source names them (lettered areas for improvement)', () => {
  it('parses the fixture without problems', () => {
    expect(parsed.problems.map((p) => p.message)).toEqual([]);
  });
  const graph = otherGraph();
  const report = graph.inspections.get('westshire/ofsted-2015')!;
  const b = report.recommendations.find((r) => r.id === 'b')!;

  it('keeps the letters, the source\'s term and its address', () => {
    expect(report.recommendations.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(recommendationLabel(b)).toBe('Area for improvement b');
    expect(recommendationRef(b)).toBe('area for improvement b');
    expect(titleOf(b)).toBe('Area for improvement b');
    expect(urlOf(b)).toBe('/westshire/inspections/ofsted-2015/recommendations/b/');
    expect(searchMetaOf(b)).toMatchObject({ ref: 'recommendation b', title: expect.stringMatching(/^Area for improvement b — /) });
  });

  it('says how many the report has when the sources give only some', () => {
    expect(recommendationListing(report)).toBe('5 areas for improvement; 4 are in the sources');
  });

  it('calls nothing unaddressed where no plan answering the inspection is published', () => {
    expect(report.plans).toEqual([]);
    expect(unaddressedRecommendations(report)).toEqual([]);
  });

  it('refuses an id the source could not have written, and a total below those listed', () => {
    const path = 'inspections/westshire/ofsted-2015.json';
    expect(messagesOf(withJson(path, (d) => { d.recommendations[0].id = 'A)'; }, otherFiles))).toEqual([
      `src/content/${path}: recommendations[0] (recommendation A)).id: "A)" is not a recommendation id: write it as the report does, in lower case, e.g. "8", "b" or "2.1" (letters and digits, parts joined by dots)`,
    ]);
    expect(messagesOf(withJson(path, (d) => { d.recommendationCount = 3; }, otherFiles))).toEqual([
      `src/content/${path}: recommendationCount: says the report has 3 recommendations, but 4 are listed (a, b, c, d): the count is the report's total, so it cannot be fewer than those listed`,
    ]);
  });
});

describe('each plan keeps its own time (interface 5)', () => {
  const graph = otherGraph();
  const plan = graph.plans.get('eastborough/improvement-plan')!;

  it('judges a plan as of its latest version, never a later statement', () => {
    expect(graph.statements.get('eastborough/statement-2025-01-10')!.data.date).toBe('2025-01-10');
    expect(plan.asOf).toEqual({ date: '2023-11', reason: 'latest-version', dated: 'Version 1', council: 'Eastborough' });
    expect(asOfReason(plan.asOf)).toBe("Judged as of November 2023, the date of Version 1, this plan's latest version published here.");
    expect(overdueActions(plan.latest.actions).map((a) => a.ref)).toEqual(['1.1.1']);
  });

  it('judges a council with no plan as of its newest document, statements aside', () => {
    const westshire = graph.authorityBySlug.get('westshire')!;
    expect(westshire.asOf).toMatchObject({ reason: 'newest-document' });
    expect(asOfReason(graph.authorityBySlug.get('eastborough')!.asOf)).toBe(
      "As of November 2023, the date of the newest document published here about Eastborough (Eastborough Children's Services Improvement Plan (test fixture), Version 1); statements do not move it.",
    );
  });

  it('takes a configured date for one council only', () => {
    const configured = buildGraph(parseContent(otherFiles, otherRoots).content, { asOf: { eastborough: '2024-06-01' } });
    expect(asOfReason(configured.plans.get('eastborough/improvement-plan')!.asOf)).toBe(
      "Judged as of 1 June 2024, the date this site's configuration sets for Eastborough.",
    );
    expect(overdueActions(configured.plans.get('eastborough/improvement-plan')!.latest.actions).map((a) => a.ref)).toEqual(['1.1.1', '1.1.2']);
    expect(configured.authorityBySlug.get('westshire')!.asOf).toEqual(graph.authorityBySlug.get('westshire')!.asOf);
  });

  it('never counts as overdue what falls within the month the plan is dated', () => {
    expect(isBefore('2023-11-15', plan.asOf)).toBe(false);
    expect(isBefore('2023-10-31', plan.asOf)).toBe(true);
    expect(isOnOrAfter('2023-11-01', plan.asOf)).toBe(true);
    expect(isOnOrAfter('2023-10', plan.asOf)).toBe(false);
  });
});

describe('no council moves another', () => {
  it('leaves Torbay\'s plan and overview time unchanged when a 2023 council and a 2025 statement are added', async () => {
    const { bundledFiles } = await import('./helpers.ts');
    const together = buildGraph(parseContent([...bundledFiles, ...otherFiles.filter((f) => !f.path.startsWith('glossary/'))]).content);
    const alone = buildGraph(parseContent(bundledFiles).content);
    const torbay = (g: typeof alone) => g.plans.get('torbay/improvement-plan')!;
    expect(torbay(together).asOf).toEqual(torbay(alone).asOf);
    expect(together.authorityBySlug.get('torbay')!.asOf).toEqual(alone.authorityBySlug.get('torbay')!.asOf);
    expect(overdueActions(torbay(together).latest.actions)).toEqual([]);
  });
});

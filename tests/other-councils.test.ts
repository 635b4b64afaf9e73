import { describe, expect, it } from 'vitest';
import { readSources } from '../scripts/read-content.ts';
import { buildGraph } from '../src/lib/graph.ts';
import { recommendationLabel, recommendationListing, recommendationRef, titleOf } from '../src/lib/labels.ts';
import { parseContent } from '../src/lib/parse-content.ts';
import { unaddressedRecommendations } from '../src/lib/coverage.ts';
import { urlOf } from '../src/lib/urls.ts';
import { searchMetaOf } from '../src/lib/search-meta.ts';
import { messagesOf, withJson } from './helpers.ts';

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

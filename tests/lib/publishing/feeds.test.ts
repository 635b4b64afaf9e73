import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/read-content.ts';
import { atomFeed, planFeedEntries, planFeedPath, versionSummary } from '../../../src/lib/publishing/feeds.ts';
import { urlOf } from '../../../src/lib/publishing/urls.ts';
import { atomProblems } from '../../atom-check.ts';
import { buildGraph } from '../../../src/lib/graph/graph.ts';
import { parseContent } from '../../../src/lib/content/parse-content.ts';

const roots = { content: 'tests/fixtures/three-versions/content', data: 'tests/fixtures/three-versions/data' };
const plan = buildGraph(parseContent(readSources(roots), roots).content).plans.get('fixture/plan')!;

describe("a plan's feed", () => {
  it('lists its versions newest first, each saying what it changed', () => {
    expect(planFeedPath(plan)).toBe('/fixture/plans/plan/feed.xml');
    expect(planFeedEntries(plan).map((e) => [e.date, e.title])).toEqual([
      ['2020-04', 'Fixture Improvement Plan, Version 3'],
      ['2020-01', 'Fixture Improvement Plan, Version 2'],
      ['2019-10', 'Fixture Improvement Plan, Version 1'],
    ]);
    expect(planFeedEntries(plan).map((e) => e.summary)).toMatchInlineSnapshot(`
      [
        "Version 3 of Fixture Improvement Plan, dated April 2020, with 4 actions in 1 theme. Since Version 2: 1 new action, 1 action removed, 1 action renumbered, 1 timescale slipped.",
        "Version 2 of Fixture Improvement Plan, dated January 2020, with 4 actions in 1 theme. Since Version 1: 1 rating better, 1 rating worse, 1 action rated for the first time, 1 action with new evidence of progress.",
        "Version 1 of Fixture Improvement Plan, dated October 2019: the first version of the plan published here, with 4 actions in 1 theme.",
      ]
    `);
    expect(versionSummary(plan.versions[0]!)).toContain('the first version of the plan published here');
  });
});

describe('an Atom feed as RFC 4287 requires', () => {
  const feed = (alternatePath: string) =>
    atomFeed({
      title: 'Fixture Improvement Plan',
      siteUrl: 'https://tracker.example/',
      path: planFeedPath(plan),
      alternatePath,
      author: 'Fixture Publisher',
      licence: 'Open Government Licence v3.0',
      entries: planFeedEntries(plan),
    });

  it("names its author and links to its own plan's page", () => {
    const xml = feed(urlOf(plan));
    expect(atomProblems(xml, { alternate: 'https://tracker.example/fixture/plans/plan/' })).toEqual([]);
    expect(xml).toContain('<author>\n        <name>Fixture Publisher</name>');
  });

  it('is refused by the strict check without an author, or with another page as its alternate', () => {
    const xml = feed(urlOf(plan));
    expect(atomProblems(xml.replace(/ *<author>[\s\S]*?<\/author>\n/, ''))).toEqual(
      expect.arrayContaining(['entry 1: no atom:author, and the feed has none (4.1.1, 4.1.2)']),
    );
    expect(atomProblems(feed('/'), { alternate: 'https://tracker.example/fixture/plans/plan/' })).toEqual([
      'feed: alternate link is https://tracker.example/, not https://tracker.example/fixture/plans/plan/',
    ]);
    expect(atomProblems(xml.replace('<updated>2020-04-01T00:00:00.000Z', '<updated>2020-04'))).toEqual([
      'feed: updated "2020-04" is not an RFC 3339 date-time (3.3)',
    ]);
    expect(atomProblems(xml.replace('</feed>', ''))[0]).toMatch(/^not well-formed XML/);
  });
});

import { describe, expect, it } from 'vitest';
import { readSources } from '../scripts/read-content.ts';
import { planFeedEntries, planFeedPath, versionSummary } from '../src/lib/publishing/feeds.ts';
import { buildGraph } from '../src/lib/graph/graph.ts';
import { parseContent } from '../src/lib/content/parse-content.ts';

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

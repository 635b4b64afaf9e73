// The claims beyond the sources that an audit of the bundled councils found (issue 24), each
// pinned by name: the site says only what the five source documents say.
import { describe, expect, it } from 'vitest';
import { authorityAsAt, planAsAt } from '../src/lib/derivations/as-at.ts';
import { boardPackView } from '../src/lib/views/board-pack.ts';
import { inShortView, sentenceText } from '../src/lib/views/in-short.ts';
import { nextView } from '../src/lib/views/overview.ts';
import { positionView } from '../src/lib/views/position.ts';
import { planVersionView } from '../src/lib/views/plan-version.ts';
import { recommendationView } from '../src/lib/views/recommendation.ts';
import { plain } from '../src/lib/views/common.ts';
import { versionSummary } from '../src/lib/publishing/feeds.ts';
import { bundledGraph } from './helpers.ts';

const graph = bundledGraph();
const torbay = graph.authorityBySlug.get('torbay')!;
const plan = graph.plans.get('torbay/improvement-plan')!;
const v1 = plan.latest;
const text = (value: unknown): string => JSON.stringify(value);

describe('claim 1: the plan is "the first version published here", never "the first version"', () => {
  // The plan has "a changed title", replaced "a post Ofsted plan" and calls itself "This iteration".
  const said = [text(boardPackView(v1, planAsAt(plan))), versionSummary(v1), text(positionView(torbay))].join('\n');
  it('says "published here" wherever it says first version', () => {
    expect(said).toMatch(/first version (of the plan )?published here/);
    expect(said.replace(/first version (of the plan )?published here/g, '')).not.toMatch(/first version/);
  });
  it('never says nothing has slipped or changed since an earlier one', () => {
    expect(said).not.toMatch(/nothing has slipped/);
  });
});

describe('claim 2: "the latest version published here", never "the latest version"', () => {
  it('says so on the plan page and its title', () => {
    const view = planVersionView(graph, v1, true);
    expect(plain(view.lead as never)).toContain('This is the latest version published here.');
    expect(view.title).toContain('(latest version published here)');
  });
  it('says so on the recommendation pages', () => {
    const inspection = graph.inspections.get('torbay/ofsted-2018')!;
    for (const recommendation of inspection.recommendations) {
      const said = text(recommendationView(graph, recommendation));
      expect(said.replace(/latest version published here/g, '')).not.toMatch(/latest version\b/);
    }
  });
});

describe('claim 3: "Next" is the soonest deadline, action deadlines included (4.1.1, "by 1st November 2019")', () => {
  const next = inShortView(torbay, authorityAsAt(torbay))
    .sentences.map(sentenceText)
    .find((s) => /^Next/.test(s))!;
  it('names action 4.1.1, due by 1 November 2019, before the December 2019 stage', () => {
    expect(next).toBe("Next: action 4.1.1 of the Torbay Children's Services Improvement Plan, due by 1 November 2019.");
  });
  it('lists action deadlines under "What happens next", in date order, never inventing a day', () => {
    const lines = nextView(torbay).items.map((line) => plain(line).replace(/[‹›]/g, ''));
    expect(lines[0]).toMatch(/^1 November 2019: due, action 4\.1\.1 of/);
    expect(lines.join('\n')).toMatch(/December 2019: Stage 1/);
    expect(lines.some((l) => /^31 December 2019: due, actions? /.test(l))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/lib/graph/graph.ts';
import {
  recommendationLabel,
  recommendationListing,
  recommendationRef,
  titleOf,
} from '../src/lib/derivations/labels.ts';
import { parseContent } from '../src/lib/content/parse-content.ts';
import { answersWithoutRecommendation, unaddressedRecommendations } from '../src/lib/derivations/coverage.ts';
import { urlOf } from '../src/lib/publishing/urls.ts';
import { searchMetaOf } from '../src/lib/search/search-meta.ts';
import { messagesOf, otherFiles, otherGraph, otherRoots, withJson } from './helpers.ts';
import { asOfReason, isBefore, isOnOrAfter } from '../src/lib/graph/as-of.ts';
import { overdueActions } from '../src/lib/derivations/overdue.ts';
import { factLabel, interventionOf, noticeKindLabel, standingSentence } from '../src/lib/derivations/intervention.ts';

// Other councils' shapes of document (tests/fixtures/other-councils: test fixtures, never bundled).
const parsed = parseContent(otherFiles, otherRoots);

describe('recommendations as the source names them (lettered areas for improvement)', () => {
  it('parses the fixture without problems', () => {
    expect(parsed.problems.map((p) => p.message)).toEqual([]);
  });
  const graph = otherGraph();
  const report = graph.inspections.get('westshire/ofsted-2015')!;
  const b = report.recommendations.find((r) => r.id === 'b')!;

  it("keeps the letters, the source's term and its address", () => {
    expect(report.recommendations.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(recommendationLabel(b)).toBe('Area for improvement b');
    expect(recommendationRef(b)).toBe('area for improvement b');
    expect(titleOf(b)).toBe('Area for improvement b');
    expect(urlOf(b)).toBe('/westshire/inspections/ofsted-2015/recommendations/b/');
    expect(searchMetaOf(b)).toMatchObject({
      ref: 'recommendation b',
      title: expect.stringMatching(/^Area for improvement b — /),
    });
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
    expect(
      messagesOf(
        withJson(
          path,
          (d) => {
            d.recommendations[0].id = 'A)';
          },
          otherFiles,
        ),
      ),
    ).toEqual([
      `src/content/${path}: recommendations[0] (recommendation A)).id: "A)" is not a recommendation id: write it as the report does, in lower case, e.g. "8", "b" or "2.1" (letters and digits, parts joined by dots)`,
    ]);
    expect(
      messagesOf(
        withJson(
          path,
          (d) => {
            d.recommendationCount = 3;
          },
          otherFiles,
        ),
      ),
    ).toEqual([
      `src/content/${path}: recommendationCount: says the report has 3 recommendations, but 4 are listed (a, b, c, d): the count is the report's total, so it cannot be fewer than those listed`,
    ]);
  });
});

describe('each plan keeps its own time (interface 5)', () => {
  const graph = otherGraph();
  const plan = graph.plans.get('eastborough/improvement-plan')!;

  it('judges a plan as of its latest version, never a later statement', () => {
    expect(graph.statements.get('eastborough/statement-2025-01-10')!.data.date).toBe('2025-01-10');
    expect(plan.asOf).toEqual({
      date: '2023-11',
      reason: 'latest-version',
      dated: 'Version 1',
      council: 'Eastborough',
    });
    expect(asOfReason(plan.asOf)).toBe(
      "Judged as of November 2023, the date of Version 1, this plan's latest version published here.",
    );
    expect(overdueActions(plan.latest.actions).map((a) => a.ref)).toEqual(['1.1.1']);
  });

  it('judges a council with no plan as of its newest document, statements aside', () => {
    const westshire = graph.authorityBySlug.get('westshire')!;
    expect(westshire.asOf).toMatchObject({ reason: 'newest-document' });
    expect(asOfReason(graph.authorityBySlug.get('eastborough')!.asOf)).toBe(
      'As of 15 January 2024. The newest documents published here about Eastborough are Statutory Direction and Improvement Notice, replaced; the sources do not say which came later. Statements do not move this date.',
    );
  });

  it('takes a configured date for one council only', () => {
    const configured = buildGraph(parseContent(otherFiles, otherRoots).content, {
      asOf: { eastborough: '2024-06-01' },
    });
    expect(asOfReason(configured.plans.get('eastborough/improvement-plan')!.asOf)).toBe(
      "Judged as of 1 June 2024, the date this site's configuration sets for Eastborough.",
    );
    expect(
      overdueActions(configured.plans.get('eastborough/improvement-plan')!.latest.actions).map((a) => a.ref),
    ).toEqual(['1.1.1', '1.1.2']);
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
  it("leaves Torbay's plan and overview time unchanged when a 2023 council and a 2025 statement are added", async () => {
    const { bundledFiles } = await import('./helpers.ts');
    const together = buildGraph(
      parseContent([...bundledFiles, ...otherFiles.filter((f) => !f.path.startsWith('glossary/'))]).content,
    );
    const alone = buildGraph(parseContent(bundledFiles).content);
    const torbay = (g: typeof alone) => g.plans.get('torbay/improvement-plan')!;
    expect(torbay(together).asOf).toEqual(torbay(alone).asOf);
    expect(together.authorityBySlug.get('torbay')!.asOf).toEqual(alone.authorityBySlug.get('torbay')!.asOf);
    expect(overdueActions(torbay(together).latest.actions)).toEqual([]);
  });
});

describe("the intervention's life as data", () => {
  const graph = otherGraph();

  it('labels a lifted notice and the notice it replaced as history, from their facts', () => {
    const westshire = interventionOf(graph.authorityBySlug.get('westshire')!);
    expect(westshire.asOf).toMatchObject({ date: '2017-07-07', reason: 'newest-document' });
    expect(westshire.standing).toEqual([]);
    expect(westshire.history.map((s) => standingSentence(s, westshire.asOf))).toEqual([
      'Further Improvement Notice: lifted on 7 July 2017.',
      'Improvement Notice: replaced by a further notice on 1 June 2015.',
    ]);
  });

  it('shows a direction that replaced a non-statutory notice as where it stands', () => {
    const east = interventionOf(graph.authorityBySlug.get('eastborough')!);
    expect(east.standing.map((s) => [s.notice.slug, noticeKindLabel(s.notice), factLabel(s.latest)])).toEqual([
      ['direction-2024', 'Statutory direction', 'issued on 15 January 2024'],
    ]);
    expect(east.history.map((s) => [noticeKindLabel(s.notice), factLabel(s.latest)])).toEqual([
      ['Non-statutory improvement notice', 'replaced by a direction on 15 January 2024'],
    ]);
    const direction = graph.notices.get('eastborough/direction-2024')!;
    expect(direction.follows?.slug).toBe('improvement-notice-2023');
    expect(direction.replaces.map((n) => n.slug)).toEqual(['improvement-notice-2023']);
  });

  it("never says an old notice is in force: Torbay's 2011 notice is history as of October 2019", async () => {
    const { bundledGraph } = await import('./helpers.ts');
    const bundled = bundledGraph();
    const torbay = interventionOf(bundled.authorityBySlug.get('torbay')!);
    expect(torbay.standing).toEqual([]);
    expect(torbay.history.map((s) => standingSentence(s, torbay.asOf))).toEqual([
      'Improvement Notice: issued in 2011 (inferred); no source published here says whether it was still in force in October 2019.',
    ]);
    const worcestershire = interventionOf(bundled.authorityBySlug.get('worcestershire')!);
    expect(worcestershire.standing.map((s) => factLabel(s.latest))).toEqual(['issued in 2011 (inferred)']);
  });

  it('refuses a notice that rests on nothing, or is ended twice', () => {
    const path = 'notices/eastborough/improvement-notice-2023.json';
    expect(
      messagesOf(
        withJson(
          path,
          (d) => {
            delete d.inspection;
          },
          otherFiles,
        ),
      ),
    ).toEqual([
      `src/content/${path}: inspection: say what the notice rests on: give "inspection" (the id of an inspection published here), "restsOn" (the documents it names), or both; where the source does not say, give notInSource.basis with a note`,
    ]);
    expect(
      messagesOf(
        withJson(
          path,
          (d) => {
            d.life.push({ event: 'lifted', date: '2024-02', text: 'x', source: { title: 'x' } });
          },
          otherFiles,
        ),
      ),
    ).toEqual([
      `src/content/${path}: life[1].event: the notice was already replaced on 2024-01-15: nothing can happen to it afterwards`,
    ]);
    expect(
      messagesOf(
        withJson(
          path,
          (d) => {
            delete d.consequence;
          },
          otherFiles,
        ),
      ),
    ).toEqual([
      `src/content/${path}: consequence: missing: give the consequence in the notice's words, or, where the source does not give it, say why in notInSource.consequence`,
    ]);
  });
});

describe('what an action answers when its objective cites no recommendation', () => {
  const aim = (internal: boolean, visits: { data: { title: string } }[]) => ({
    data: { internal },
    monitoringVisits: visits,
  });
  const objective = (aims: ReturnType<typeof aim>[]) =>
    ({ aims }) as unknown as Parameters<typeof answersWithoutRecommendation>[0];
  it('names the monitoring visits, or says the objective cites none; never "monitoring visits only" when there are none', () => {
    expect(answersWithoutRecommendation(objective([aim(true, [])]))).toBe(
      'No inspection recommendation: its objective is an internal objective.',
    );
    expect(
      answersWithoutRecommendation(objective([aim(false, [{ data: { title: 'Monitoring visit, April 2019' } }])])),
    ).toBe('No inspection recommendation: its objective answers the monitoring visit, April 2019.');
    expect(answersWithoutRecommendation(objective([aim(false, [])]))).toBe(
      'Its objective cites no recommendation, monitoring visit or internal need.',
    );
  });
});

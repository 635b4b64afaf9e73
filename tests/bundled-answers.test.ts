// The engine's answers on the bundled content, across the graph and the derivations: what links to
// what both ways, what is overdue against each plan's own date, leads and the timeline.
import { describe, expect, it } from 'vitest';
import { compareDates } from '../src/lib/base/dates.ts';
import { answersTo, repeatedRecommendations, unaddressedRecommendations } from '../src/lib/derivations/coverage.ts';
import { actionsByLead } from '../src/lib/derivations/leads.ts';
import { byDeadline, isOverdue, overdueActions } from '../src/lib/derivations/overdue.ts';
import { timelineOf } from '../src/lib/derivations/timeline.ts';
import { urlOf } from '../src/lib/publishing/urls.ts';
import { bundledGraph, OUTLINE, withJson, bundledFiles } from './helpers.ts';
import { parseContent } from '../src/lib/content/parse-content.ts';
import { buildGraph } from '../src/lib/graph/graph.ts';
import { readSources } from '../scripts/read-content.ts';

const graph = bundledGraph();
const torbay = graph.authorityBySlug.get('torbay')!;
const report = graph.inspections.get('torbay/ofsted-2018')!;
const plan = graph.plans.get('torbay/improvement-plan')!;
const v1 = plan.latest;
const rec = (n: number) => report.recommendations.find((r) => r.id === String(n))!;
const refs = (actions: { ref: string }[]) => actions.map((a) => a.ref);

describe('the bundled content', () => {
  it('holds the Torbay plan version 1: 4 themes, 13 objectives, 36 actions from 1.1.1 to 4.1.3', () => {
    expect(v1.slug).toBe('v1');
    expect(v1.themes.map((t) => t.title)).toEqual([
      'Leadership Management and Governance',
      'A robust model of social work practice',
      'A Sufficient and Skilled Workforce',
      'Quality Assurance and Audit',
    ]);
    expect(v1.objectives).toHaveLength(13);
    expect(v1.actions).toHaveLength(36);
    expect(v1.actions[0]!.ref).toBe('1.1.1');
    expect(v1.actions.at(-1)!.ref).toBe('4.1.3');
    expect(v1.data.stages.map((s) => s.due)).toEqual(['2019-12', '2020-04', '2021-03']);
  });

  it('holds the 2018 report with 16 recommendations, 6 of them repeated from 2015', () => {
    expect(report.recommendations).toHaveLength(16);
    expect(repeatedRecommendations(report).map((r) => r.id)).toEqual(['1', '5', '7', '8', '10', '11']);
    expect(rec(8).repeatedFrom?.key).toBe('torbay/ofsted-2015');
  });

  it('leaves version 1 unrated, as the source does', () => {
    expect(v1.actions.every((a) => a.rating === null && a.data.evidence.length === 0)).toBe(true);
  });
});

describe('from an action back to what it answers', () => {
  it('gives action 1.2.1 its objective, theme, version, recommendations, paragraphs and visits', () => {
    const action = v1.actionByRef.get('1.2.1')!;
    expect(action.objective.ref).toBe('1.2');
    expect(action.theme.ref).toBe('1');
    expect(action.version.key).toBe('torbay/improvement-plan/v1');
    expect(action.recommendations.map((r) => r.id)).toEqual(['1', '11']);
    expect(action.paragraphs.map((p) => p.number)).toEqual([89, 92]);
    expect(action.monitoringVisits.map((v) => v.slug)).toEqual(['october-2019']);
    expect(action.leadRoles.map((r) => r.id)).toEqual(['service-managers', 'team-managers', 'assistant-team-managers']);
    expect(action.due).toEqual({ kind: 'date', date: '2019-12-31' });
  });
});

describe('from a recommendation forward to what answers it', () => {
  it('answers recommendation 2 by objectives 2.4 and 2.5', () => {
    const [answer] = answersTo(rec(2));
    expect(answer!.version).toBe(v1);
    expect(answer!.objectives.map((o) => o.ref)).toEqual(['2.4', '2.5']);
    expect(refs(answer!.actions)).toEqual(['2.4.1', '2.4.2', '2.4.3', '2.4.4', '2.5.1']);
  });

  it('answers recommendation 8 by objective 1.1 and its seven actions', () => {
    const [answer] = answersTo(rec(8));
    expect(answer!.objectives.map((o) => o.ref)).toEqual(['1.1']);
    expect(refs(answer!.actions)).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5', '1.1.6', '1.1.7']);
  });

  it('finds paragraph 24 cited by actions 2.3.1 to 2.3.4', () => {
    const paragraph = report.paragraphs.find((p) => p.number === 24)!;
    expect(refs(paragraph.citedBy)).toEqual(['2.3.1', '2.3.2', '2.3.3', '2.3.4']);
  });

  it('finds the actions and objectives that cite the October 2019 monitoring visit', () => {
    const visit = graph.monitoringVisits.get('torbay/october-2019')!;
    expect(visit.inspection).toBe(report);
    expect(visit.citedByAims.map((a) => a.objective.ref)).toEqual(['1.2', '2.6', '2.8', '3.1']);
    expect(refs(visit.citedByActions)).toContain('1.1.4');
  });

  it('finds no unaddressed recommendation in the bundled plan', () => {
    expect(unaddressedRecommendations(report)).toEqual([]);
  });

  it('reports a recommendation as unaddressed when its only objective loses its citation', () => {
    const files = withJson(OUTLINE, (d) => {
      d.themes[3].objectives[0].aims[1].recommendations = [];
    });
    const changed = buildGraph(parseContent(files).content);
    const inspection = changed.inspections.get('torbay/ofsted-2018')!;
    expect(unaddressedRecommendations(inspection).map((r) => r.id)).toEqual(['15']);
  });
});

describe('notices, leads and the timeline', () => {
  it('links each notice to the inspection it rests on and its targets', () => {
    const torbayNotice = graph.notices.get('torbay/improvement-notice-2011')!;
    expect(torbayNotice.inspection!.key).toBe('torbay/ofsted-2010');
    expect(torbayNotice.targets.map((t) => [t.indicator?.slug, t.data.value, t.data.due, t.data.basis])).toEqual([
      ['initial-assessments', 70, '2011-03', 'in-month'],
      ['initial-assessments', 80, '2011-10', 'cumulative'],
      ['core-assessments', 60, '2011-03', 'in-month'],
      ['core-assessments', 78, '2011-10', 'cumulative'],
    ]);
    // Finding 5 of issue 12: the 2012 peer review quotes notice actions that are not in this notice.
    expect(torbayNotice.peerReviews.map((r) => r.key)).toEqual([]);
    const worcestershire = graph.notices.get('worcestershire/improvement-notice-2011')!;
    expect(worcestershire.data.measures.flatMap((m) => (m.baseline ? [m.baseline.value] : []))).toEqual([62, 21]);
    const vacancy = worcestershire.targets.find((t) => t.indicator?.slug === 'social-worker-vacancy-rate')!;
    expect(vacancy.data.value).toBe(10);
    expect(vacancy.data.due).toBeUndefined();
  });

  it('groups actions by lead role: what the DCS is answerable for', () => {
    const groups = actionsByLead(v1.actions, torbay.data.roles);
    const dcs = groups.find((g) => g.role.id === 'dcs')!;
    expect(refs(dcs.actions)).toEqual(['1.1.2', '1.1.7']);
    const deputy = groups.find((g) => g.role.id === 'deputy-dcs')!;
    expect(refs(deputy.actions)).toContain('4.1.2');
  });

  it('puts every dated event of an authority in date order', () => {
    const events = timelineOf(torbay);
    const dates = events.map((e) => e.date);
    expect(events.find((e) => e.kind === 'statement')?.date).toBe('2016-01-05');
    expect(events.find((e) => e.kind === 'plan-version')?.date).toBe('2019-10');
    expect(events.filter((e) => e.kind === 'stage').map((e) => e.date)).toEqual(['2019-12', '2020-04', '2021-03']);
    expect(dates[0]).toBe('2010-10');
    expect([...dates].sort(compareDates)).toEqual(dates);
    // The notice dated only "2011" comes after the months of 2011 it may follow, marked as of unknown order.
    expect(dates.slice(0, 9)).toEqual([
      '2010-10',
      '2011-03',
      '2011-03',
      '2011-03',
      '2011-10',
      '2011-10',
      '2011-10',
      '2011',
      '2012-07-18',
    ]);
    expect(events.find((e) => e.kind === 'notice')?.orderUnknown).toBe(true);
  });

  it('gives every node a stable, human-readable URL', () => {
    expect(urlOf(rec(8))).toBe('/torbay/inspections/ofsted-2018/recommendations/8/');
    expect(urlOf(v1.actionByRef.get('1.1.1')!)).toBe('/torbay/plans/improvement-plan/actions/1.1.1/');
    expect(urlOf(report.paragraphs[0]!)).toBe('/torbay/inspections/ofsted-2018/paragraphs/18/');
    expect(urlOf(v1)).toBe('/torbay/plans/improvement-plan/v1/');
  });
});

describe("overdue, against each plan's own as-of date", () => {
  it("judges a plan as of its latest version's date, at the precision the source gives", () => {
    const plan = graph.plans.get('torbay/improvement-plan')!;
    expect(plan.asOf).toEqual({ date: '2019-10', reason: 'latest-version', dated: 'Version 1', council: 'Torbay' });
    expect(overdueActions(v1.actions)).toEqual([]);
  });

  it('counts dated actions past their date as overdue, never "Immediate" ones', () => {
    const later = bundledGraph({ asOf: { torbay: '2020-02-01' } });
    const actions = later.plans.get('torbay/improvement-plan')!.latest.actions;
    expect(later.plans.get('torbay/improvement-plan')!.asOf).toMatchObject({
      date: '2020-02-01',
      reason: 'configured',
    });
    const overdue = overdueActions(actions);
    expect(refs(overdue)).toEqual([
      '1.1.2',
      '1.2.1',
      '1.3.1',
      '1.3.2',
      '1.3.3',
      '2.1.1',
      '2.4.1',
      '2.4.2',
      '2.5.1',
      '4.1.1',
      '4.1.2',
      '4.1.3',
    ]);
    expect(overdue.every((a) => a.due.kind === 'date')).toBe(true);
    expect(byDeadline(actions)[0]!.ref).toBe('4.1.1');
  });

  it('never counts an action rated complete as overdue', () => {
    const files = withJson(OUTLINE, (d) => {
      d.themes[3].objectives[0].actions[0].rag = 'blue';
    }).map((f) =>
      f.path.endsWith('v1.mdx')
        ? {
            ...f,
            text: f.text.replace(
              '"ratings": [',
              '"ratings": [{"id": "blue", "label": "Blue", "definition": "Complete", "colour": "blue", "complete": true},',
            ),
          }
        : f,
    );
    const changed = buildGraph(parseContent(files).content, { asOf: { torbay: '2020-02-01' } });
    const action = changed.plans.get('torbay/improvement-plan')!.latest.actionByRef.get('4.1.1')!;
    expect(action.rating?.label).toBe('Blue');
    expect(isOverdue(action)).toBe(false);
    const unrated = bundledGraph({ asOf: { torbay: '2020-02-01' } }).plans.get('torbay/improvement-plan')!;
    expect(isOverdue(unrated.latest.actionByRef.get('4.1.1')!)).toBe(true);
  });

  it('builds the same graph from the same files, whatever their order', () => {
    // parseContent sorts files by path, so reversing the files alone proves nothing about the graph:
    // reverse every list of entries it hands buildGraph, so the graph's own sorts must restore the order.
    const threeRoots = { content: 'tests/fixtures/three-versions/content', data: 'tests/fixtures/three-versions/data' };
    const parsed = parseContent(readSources(threeRoots), threeRoots).content;
    const reversed = Object.fromEntries(
      Object.entries(parsed).map(([k, v]) => [k, Array.isArray(v) ? [...v].reverse() : v]),
    ) as typeof parsed;
    const three = buildGraph(parsed);
    const threeReversed = buildGraph(reversed);
    const versionsOf = (g: typeof three) => g.plans.get('fixture/plan')!.versions.map((v) => v.slug);
    expect(versionsOf(three)).toEqual(['v1', 'v2', 'v3']);
    expect(versionsOf(threeReversed)).toEqual(['v1', 'v2', 'v3']);
    expect(threeReversed.plans.get('fixture/plan')!.latest.slug).toBe('v3');
    expect(refs(threeReversed.plans.get('fixture/plan')!.latest.actions)).toEqual(
      refs(three.plans.get('fixture/plan')!.latest.actions),
    );
    const shuffled = [...bundledFiles].reverse();
    const bundledContent = parseContent(shuffled).content;
    const again = buildGraph(
      Object.fromEntries(
        Object.entries(bundledContent).map(([k, v]) => [k, Array.isArray(v) ? [...v].reverse() : v]),
      ) as typeof bundledContent,
    );
    expect(timelineOf(again.authorityBySlug.get('torbay')!).map((e) => [e.date, e.title])).toEqual(
      timelineOf(torbay).map((e) => [e.date, e.title]),
    );
    expect(refs(again.plans.get('torbay/improvement-plan')!.latest.actions)).toEqual(refs(v1.actions));
    expect(again.plans.get('torbay/improvement-plan')!.asOf).toEqual(graph.plans.get('torbay/improvement-plan')!.asOf);
    expect(again.authorityBySlug.get('torbay')!.asOf).toEqual(graph.authorityBySlug.get('torbay')!.asOf);
  });
});

import { describe, expect, it } from 'vitest';
import { plain } from '../../../src/lib/views/common.ts';
import { monitoringVisitView, visitDateRows } from '../../../src/lib/views/monitoring-visit.ts';
import type { MonitoringVisitNode } from '../../../src/lib/graph/graph.ts';
import { bundledGraph } from '../fixtures.ts';
import { readable } from './readable.ts';

const graph = bundledGraph();
const visit = graph.authorityBySlug.get('torbay')!.monitoringVisits[0]!;
const withData = (data: Partial<MonitoringVisitNode['data']>): MonitoringVisitNode => ({
  ...visit,
  data: { ...visit.data, ...data },
});
const rows = (v: MonitoringVisitNode) => visitDateRows(v).map((r) => [r.key, plain(r.value)]);

describe('the monitoring-visit page', () => {
  it('dates the visit as the source does, saying where a date was read from', () => {
    expect(
      rows(
        withData({ visited: '2019-04', visitedReadFrom: 'April Monitoring Visit', letter: undefined, sourceDates: [] }),
      ),
    ).toEqual([
      // Not among the ways the plan cites the visit, so said with its source, not as the plan's citation.
      [
        'Visit',
        "April 2019 (read from “April Monitoring Visit” in Torbay Children's Services Improvement Plan, version 1, October 2019)",
      ],
      ['Other dates', 'Not in the sources: they give no day for the visit and no date for its letter.'],
    ]);
    expect(
      rows(
        withData({
          visited: '2019-04-10',
          visitedReadFrom: undefined,
          letter: '2019-05-02',
          sourceDates: [{ date: '2019-04-30', words: '30th April' }],
        }),
      ),
    ).toEqual([
      ['Visit', '10 April 2019'],
      ["Inspector's letter", '2 May 2019'],
      ['A date the plan gives for it', '30 April 2019 (the plan: “30th April”; it does not say what the date is of)'],
    ]);
  });

  it('tags inferences as such and never claims findings the sources do not give', () => {
    const view = monitoringVisitView(
      graph,
      withData({ inferences: ['It followed the 2018 inspection.'], findings: [] }),
    );
    expect(view.inferences.map((l) => plain(l))).toEqual(['[Inference] It followed the 2018 inspection.']);
    expect(view.findings).toEqual([]);
    expect(view.noFindings).toBe("The sources published here do not report this visit's findings.");
    expect(view.provenance.heading).toBe('About this transcription');
  });

  it('lists the plan versions that cite it, with the actions and objectives that do', () => {
    const view = monitoringVisitView(graph, visit);
    expect(view.rows[0]).toEqual({
      key: 'Follows',
      value: [{ text: visit.inspection.data.title, href: '/torbay/inspections/ofsted-2018/' }],
    });
    const cited = visit.citedByActions.length + visit.citedByAims.length;
    expect(view.citedIn.length > 0).toBe(cited > 0);
    for (const group of view.citedIn) {
      expect(group.heading).toMatch(/^Cited in /);
      expect(group.caption).toMatch(/^Actions that cite this visit, Version \d+ \(/);
    }
    expect(plain(view.rows.at(-1)!.value)).toBe(visit.data.citedAs.map((c) => `“${c}”`).join(', ') || 'Not cited');
  });
});

describe('the monitoring-visit page, part by part, on every bundled visit', () => {
  const views = [...graph.monitoringVisits.values()].map((v) => monitoringVisitView(graph, v));

  it('sits under the inspection it follows in the trail', () => {
    for (const view of views)
      expect(view.breadcrumbs.map((c) => c.label)).toEqual([
        'Councils',
        'Torbay Council',
        "Ofsted inspection of children's services, June 2018",
      ]);
  });

  it('is headed by the visit and its date at the precision the sources give', () => {
    expect(
      views.map((v) => readable({ title: v.title, caption: v.caption, heading: v.heading })),
    ).toMatchInlineSnapshot();
  });

  it('dates the visit and says how the plan cites it', () => {
    expect(views.map((v) => readable(v.rows))).toMatchInlineSnapshot();
  });

  it('counts the findings, says what each concerns, and tags inferences', () => {
    expect(
      views.map((v) =>
        readable({
          findingsHeading: v.findingsHeading,
          findings: v.findings.length,
          noFindings: v.noFindings,
          concerns: v.concerns,
          inferencesHeading: v.inferencesHeading,
          inferences: v.inferences,
        }),
      ),
    ).toMatchInlineSnapshot();
  });

  it('lists the plan versions that cite it, with their actions and objectives', () => {
    expect(
      views.map((v) => readable(v.citedIn.map((c) => ({ ...c, rows: c.rows.map((r) => r.ref) })))),
    ).toMatchInlineSnapshot();
  });

  it('says where its words came from', () => {
    expect(views.map((v) => readable(v.provenance))).toMatchInlineSnapshot();
  });
});

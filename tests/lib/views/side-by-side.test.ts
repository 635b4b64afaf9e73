// The council's view beside the inspectors' (issue 25), pinned on the other-councils fixture, whose
// Eastborough visit letters tie findings to named recommendations, and on the bundled content, whose
// sources tie none.
import { describe, expect, it } from 'vitest';
import { plain } from '../../../src/lib/views/common.ts';
import { parseContent } from '../../../src/lib/content/parse-content.ts';
import { buildGraph } from '../../../src/lib/graph/graph.ts';
import { recommendationView } from '../../../src/lib/views/recommendation.ts';
import { latestVisit } from '../../../src/lib/derivations/visits.ts';
import { latestFinding, sideBySide } from '../../../src/lib/views/side-by-side.ts';
import { boardPackView } from '../../../src/lib/views/board-pack.ts';
import { bundledGraph, otherFiles, otherGraph, otherRoots, withJson } from '../../helpers.ts';
import { readable } from './readable.ts';

const other = otherGraph();
const bundled = bundledGraph();
const recommendation = (id: string) =>
  other.inspections.get('eastborough/ilacs-2023')!.recommendations.find((r) => r.id === id)!;

describe('side by side', () => {
  it("sets the council's own ratings beside the most recent finding the letters tie to it, each with its date", () => {
    expect(readable(sideBySide(recommendation('2')))).toMatchInlineSnapshot(`
      {
        "council": {
          "heading": "What the council's plan says",
          "note": "These ratings are the council’s own assessment of its actions, as its plan gives them at that version; they are not an inspector’s judgement.",
          "rows": [
            {
              "key": "Eastborough Children's Services Improvement Plan (test fixture), Version 1 (November 2023)",
              "value": [
                "2 actions answer it; the plan has no rating column, so it rates none of them.",
              ],
            },
          ],
        },
        "inspectors": {
          "heading": "What inspectors said most recently",
          "note": "A finding is shown here only where the visit’s letter itself says it concerns this recommendation; it is not the council’s rating.",
          "quote": "Risk is now identified promptly at the front door, and strategy discussions are timely.",
          "source": "‹Monitoring visit, December 2023› (visited December 2023). The letter ties it: “In relation to recommendation 2,”",
          "visit": {
            "href": "/eastborough/inspections/ilacs-2023/monitoring-visits/december-2023/",
            "title": "Monitoring visit, December 2023",
            "when": "visited December 2023",
          },
        },
      }
    `);
  });

  it('takes the most recent visit, and with a date only the visits that may have taken place by then', () => {
    expect(latestFinding(recommendation('2'))!.visit.slug).toBe('december-2023');
    expect(latestFinding(recommendation('2'), '2023-11-30')!.visit.slug).toBe('september-2023');
    expect(latestFinding(recommendation('2'), '2023-08')).toBeUndefined();
  });

  it('says no finding is published where no letter ties one, and infers none', () => {
    expect(readable(sideBySide(recommendation('2.1')).inspectors)).toMatchInlineSnapshot(`
      {
        "heading": "What inspectors said most recently",
        "none": "No inspector's finding on this is published here.",
        "note": "A finding is shown here only where the visit’s letter itself says it concerns this recommendation; it is not the council’s rating.",
      }
    `);
  });

  it('shows both on the recommendation page and in its status line, under headings that say whose each is', () => {
    const view = recommendationView(other, recommendation('1'));
    expect(view.sideBySide.council.heading).toBe("What the council's plan says");
    expect(view.sideBySide.inspectors.heading).toBe('What inspectors said most recently');
    expect(readable(view.status.map((s) => s.rows.map((r) => `${r.key}: ${plain(r.value)}`)))).toMatchInlineSnapshot(`
      [
        [
          "Actions: 2, through objective ‹1.1› of ‹Version 1› (the plan cites recommendation 1 for the objective as a whole)",
          "Rated by the council: Not rated: the plan has no rating column.",
          "Late: [1 late] as of November 2023: ‹1.1.1› (timescale passed; the plan has no rating column, so the sources do not say whether they are complete).",
          "Slipped: Not known: Version 1 is the only version published here.",
          "Next due: 31 March 2024 (action ‹1.1.2›).",
          "Inspectors (most recent): ‹Monitoring visit, September 2023› (visited 12 September 2023, letter dated 4 October 2023): “Senior leaders have reduced social workers' caseloads, and most now receive regular supervision, although its quality remains variable.”",
        ],
      ]
    `);
  });

  it('links both ways: the visit to what its findings concern, the recommendation to the findings', () => {
    const visit = other.monitoringVisits.get('eastborough/september-2023')!;
    expect(visit.ties.map((t) => t.recommendations.map((r) => r.id))).toEqual([['1'], ['2']]);
    expect(recommendation('1').findings.map((t) => t.visit)).toEqual([visit]);
  });
});

describe('a plan with ratings', () => {
  it("gives the plan's own ratings, as at its latest version, beside a finding a letter ties", () => {
    // The bundled letters tie nothing; this copy ties one finding, as a letter naming recommendation 8 would.
    const files = withJson('src/content/monitoring-visits/torbay/april-2019.json', (d) => {
      d.ties = [{ finding: d.findings[0], recommendations: ['8'], words: 'Recommendation 8:' }];
    });
    const graph = buildGraph(parseContent(files).content);
    const r = graph.inspections.get('torbay/ofsted-2018')!.recommendations.find((x) => x.id === '8')!;
    expect(readable(sideBySide(r).council.rows)).toMatchInlineSnapshot(`
      [
        {
          "key": "Torbay Children's Services Improvement Plan, Version 1 (October 2019)",
          "value": [
            "Its ratings of the 7 actions answering it: ",
            "None of the 7 yet.",
          ],
        },
      ]
    `);
  });
});

describe('the bundled content', () => {
  it('ties nothing the sources do not tie: no bundled visit finding names a recommendation or area', () => {
    for (const visit of bundled.monitoringVisits.values()) expect(visit.ties, visit.key).toEqual([]);
    for (const inspection of bundled.inspections.values())
      for (const r of inspection.recommendations) expect(r.findings, `${inspection.key} ${r.id}`).toEqual([]);
  });
});

describe('the latest visit', () => {
  const visit = (visited: string) => ({ data: { visited } }) as never;
  it('is one only where its date is certainly after every other visit', () => {
    const [a, b] = [visit('2019-01'), visit('2019-04-08')];
    expect(latestVisit({ monitoringVisits: [a, b] })).toEqual({ kind: 'latest', visit: b });
  });
  it('is not known where the dates as given may overlap ("2019" and "April 2019")', () => {
    const [a, b] = [visit('2019-04'), visit('2019')];
    expect(latestVisit({ monitoringVisits: [a, b] })).toEqual({ kind: 'unknown', candidates: [a, b] });
    expect(latestVisit({ monitoringVisits: [] })).toEqual({ kind: 'none' });
  });
});

describe('the most recent tied finding', () => {
  const tie = (visited: string | undefined, finding: string) => ({ visit: { data: { visited } }, finding }) as never;
  it("says when the visits' dates do not say which came last, and leaves undated visits out of a pack's date", () => {
    const r = { findings: [tie('2024-01', 'a'), tie('2024', 'b')] } as never;
    expect(latestFinding(r)!.certain).toBe(false);
    const dated = { findings: [tie('2023-09-12', 'a'), tie('2024-01', 'b')] } as never;
    expect(latestFinding(dated)).toMatchObject({ finding: 'b', certain: true });
    const undated = { findings: [tie(undefined, 'a')] } as never;
    expect(latestFinding(undated, '2024-01-01')).toBeUndefined();
    expect(latestFinding(undated)).toMatchObject({ finding: 'a', certain: true });
  });
});

describe("the visit's page", () => {
  it('says, under each finding its letter ties, what it concerns, linked; an untied finding says nothing', async () => {
    const { monitoringVisitView } = await import('../../../src/lib/views/monitoring-visit.ts');
    const view = monitoringVisitView(other, other.monitoringVisits.get('eastborough/december-2023')!);
    expect(readable(view.concerns)).toMatchInlineSnapshot(`
      [
        "The letter says this concerns ‹Recommendation 2›: “In relation to recommendation 2,”",
        undefined,
      ]
    `);
  });
});

describe('where two visits have no known order', () => {
  // Eastborough's December visit dated only "2023": it may come before or after 12 September 2023.
  const files = withJson(
    'monitoring-visits/eastborough/december-2023.json',
    (d) => {
      d.visited = '2023';
    },
    otherFiles,
  );
  const g = buildGraph(parseContent(files, otherRoots).content);
  const r2 = g.inspections.get('eastborough/ilacs-2023')!.recommendations.find((r) => r.id === '2')!;
  const note = 'The dates of the visits as the sources give them do not say which came last.';

  it('the page box, the status row and the board pack all say so, from one view', () => {
    expect(plain(sideBySide(r2).inspectors.source!)).toContain(note);
    const status = recommendationView(g, r2).status[0]!;
    expect(plain(status.rows.find((row) => row.key === 'Inspectors (most recent)')!.value)).toContain(note);
    const version = g.plans.get('eastborough/improvement-plan')!.latest;
    const row = boardPackView(version).recommendations.find((x) => x.label.endsWith(' 2'))!;
    expect(row.inspectors.order).toBe(note);
  });
});

// The claims beyond the sources that an audit of the bundled councils found (issue 24), each
// pinned by name: the site says only what the five source documents say.
import { describe, expect, it } from 'vitest';
import { authorityAsAt } from '../src/lib/derivations/as-at.ts';
import { boardPackView } from '../src/lib/views/board-pack.ts';
import { inShortView, sentenceText } from '../src/lib/views/in-short.ts';
import { nextView } from '../src/lib/views/overview.ts';
import { positionView } from '../src/lib/views/position.ts';
import { planVersionView } from '../src/lib/views/plan-version.ts';
import { recommendationView } from '../src/lib/views/recommendation.ts';
import { plain } from '../src/lib/views/common.ts';
import { versionSummary } from '../src/lib/publishing/feeds.ts';
import { asAtLabelOf } from '../src/lib/derivations/as-at.ts';
import { timelineOf } from '../src/lib/derivations/timeline.ts';
import { actionView } from '../src/lib/views/action.ts';
import { glossaryView } from '../src/lib/views/glossary.ts';
import { inspectionView } from '../src/lib/views/inspection.ts';
import { monitoringVisitView } from '../src/lib/views/monitoring-visit.ts';
import { noticeView } from '../src/lib/views/notice.ts';
import { peerReviewView } from '../src/lib/views/peer-review.ts';
import { feedEntries } from '../src/lib/publishing/feeds.ts';
import { datasetJsonSchema, openData } from '../src/lib/publishing/open-data.ts';
import { positionOf } from '../src/lib/derivations/position.ts';
import { parseContent, type SourceFile } from '../src/lib/content/parse-content.ts';
import { buildGraph } from '../src/lib/graph/graph.ts';
import { checkIntegrity } from '../src/lib/graph/integrity/index.ts';
import { bundledGraph, otherFiles, otherGraph, otherRoots } from './helpers.ts';

const graph = bundledGraph();
const torbay = graph.authorityBySlug.get('torbay')!;
const plan = graph.plans.get('torbay/improvement-plan')!;
const v1 = plan.latest;
const text = (value: unknown): string => JSON.stringify(value);

describe('claim 1: the plan is "the first version published here", never "the first version"', () => {
  // The plan has "a changed title", replaced "a post Ofsted plan" and calls itself "This iteration".
  const said = [text(boardPackView(v1)), versionSummary(v1), text(positionView(torbay))].join('\n');
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
    expect(next).toBe(
      "Next, as at October 2019 (the date of the plan's Version 1): action 4.1.1 of the Torbay Children's Services Improvement Plan, due by 1 November 2019.",
    );
  });
  it('lists action deadlines under "What happens next", in date order, never inventing a day', () => {
    const lines = nextView(torbay).items.map((line) => plain(line).replace(/[‹›]/g, ''));
    expect(lines[0]).toMatch(/^1 November 2019: due, action 4\.1\.1 of/);
    expect(lines.join('\n')).toMatch(/December 2019: Stage 1/);
    expect(lines.some((l) => /^31 December 2019: due, actions? /.test(l))).toBe(true);
  });
});

// "Monitoring visit January" on its own is not in the plan: it writes "Monitoring visit
// January/April", "Monitoring visits January, April and October" and "Monitoring Visit January, April and October".
const inventedJanuary = /Monitoring visit January(?![/])/;

describe('claim 5: no invented phrase "Monitoring visit January" (visit page, open data, field description)', () => {
  const visit = graph.monitoringVisits.get('torbay/january-2019')!;
  it("quotes the plan's own citation on the visit page", () => {
    const said = text(monitoringVisitView(graph, visit));
    expect(said).not.toMatch(inventedJanuary);
    expect(said).toContain('“Monitoring visit January/April”');
  });
  it('does not repeat it in open data or its field descriptions', () => {
    expect(text(openData(graph))).not.toMatch(inventedJanuary);
    expect(text(datasetJsonSchema('monitoring-visits'))).not.toMatch(inventedJanuary);
  });
});

describe('claim 6: the glossary reads "Monitoring Visit April 2019 KIT" as the visit page does', () => {
  const kit = glossaryView(graph).terms.find((t) => t.term === 'KIT');
  it('does not call it a meeting after the April visit', () => {
    expect(text(kit)).not.toMatch(/after the April 2019 monitoring visit/);
    expect(text(kit)).toMatch(/the April 2019 monitoring visit itself/);
  });
  it('the April visit page reads the same words as the visit', () => {
    const april = graph.monitoringVisits.get('torbay/april-2019')!;
    expect(april.data.visitedReadFrom).toBe('Monitoring Visit April 2019 KIT');
  });
});

describe("claims 7 and 8: the glossary says where CPIP comes from, and cites no list of the site's own", () => {
  const said = text(glossaryView(graph));
  it('puts CPIP in the 2012 peer review response, not the improvement plan', () => {
    expect(said).toMatch(/The 2012 peer review response names \\"the CPIP \(project 1\)\\"/);
    expect(said).not.toMatch(/The improvement plan names \\"the CPIP/);
  });
  it('does not cite "the council\'s own role list"', () => {
    expect(said).not.toMatch(/role list/);
  });
});

describe("claim 9: the peer review page is not headed with the board meeting's date as the review's", () => {
  const view = peerReviewView(graph, graph.authorityBySlug.get('torbay')!.peerReviews[0]!);
  it("says 18 July 2012 is when the response was reported, not the review's date", () => {
    expect(view.caption).not.toMatch(/peer review, 18 July 2012/);
    expect(view.caption).toBe(
      'Torbay Council: response to a peer review, reported to the Overview and Scrutiny Board on 18 July 2012',
    );
  });
});

describe('claim 10: "Published" only where a source gives publication, else the document\'s date, labelled so', () => {
  it("labels the 2013 report's date as the report's own date", () => {
    const rows = inspectionView(graph, graph.inspections.get('torbay/ofsted-2013')!).rows.map((r) => r.key);
    expect(rows).toContain('Report dated');
    expect(rows).not.toContain('Published');
  });
  it("calls the plan's October 2019 its date, never when it was published", () => {
    const said = [
      plain(planVersionView(graph, v1, true).lead as never),
      text(boardPackView(v1).summary),
      versionSummary(v1),
    ].join('\n');
    expect(said).toContain('dated October 2019');
    expect(said).not.toMatch(/published October 2019/);
  });
});

describe('claim 11: printed 2011 notices do not carry "As at: October 2019"', () => {
  it("labels the council's date on a notice page as how far the documents here go", () => {
    for (const notice of graph.notices.values()) expect(asAtLabelOf(notice)).toBe('Documents published here up to');
    expect(asAtLabelOf(v1)).toBe('As at');
  });
});

describe('claim 13: the notes on 1.2.1 and 3.1.2 do not say the plan puts citations there "everywhere else"', () => {
  for (const ref of ['1.2.1', '3.1.2'])
    it(`names the exceptions on ${ref}`, () => {
      const notes = actionView(graph, v1.actionByRef.get(ref)!).notes.join(' ');
      expect(notes).not.toMatch(/everywhere else/);
      expect(notes).toMatch(/1\.1\.5 and 2\.3\.4/);
      expect(notes).toMatch(/2\.1\.1, 2\.6\.5 and 2\.6\.6 have none/);
    });
});

describe("left from last round: Torbay's 2011 notice names no issuer, so none is shown as fact", () => {
  const notice = graph.notices.get('torbay/improvement-notice-2011')!;
  it('says "not in the source" on the notice page', () => {
    const issuer = noticeView(graph, notice).rows.find((r) => r.key === 'Issued by')!;
    expect(plain(issuer.value as never)).toMatch(/^Not in the source/);
  });
  it('does not name an issuer on the timeline, the feed or in open data', () => {
    const torbayNotice = (e: { node?: unknown }) => e.node === notice;
    expect(
      text(
        timelineOf(torbay)
          .filter(torbayNotice)
          .map((e) => [e.title, e.detail]),
      ),
    ).not.toMatch(/Department for Education/);
    expect(
      text(
        feedEntries(torbay)
          .filter(torbayNotice)
          .map((e) => [e.title, e.summary]),
      ),
    ).not.toMatch(/Department for Education/);
    const record = (openData(graph) as Record<string, { id?: string; issuedBy?: unknown }[]>).notices!.find((n) =>
      text(n).includes('torbay'),
    )!;
    expect(record.issuedBy ?? null).toBeNull();
  });
});

describe('left from last round: PeopleToo is not called a role that "leads plan actions"', () => {
  it('describes the roles in open data as named in the lead column, as lead or beside it', () => {
    const said = text(datasetJsonSchema('authorities'));
    expect(said).not.toMatch(/leads? plan actions/);
    expect(said).toMatch(/as the lead or as working with it/);
  });
});

describe('left from last round: the plan filter is headed by what the site knows, not "Answers recommendation"', () => {
  it('says the objective cites the recommendation', () => {
    expect(planVersionView(graph, v1, true).filters.recommendationsLegend).toBe('Objective cites recommendation');
  });
});

describe('left from last round: the board pack prints recommendations whole and marks a cut outcome', () => {
  const view = boardPackView(v1);
  const inspection = graph.inspections.get('torbay/ofsted-2018')!;
  it('prints recommendations 5 and 7 whole', () => {
    for (const id of ['5', '7']) {
      const row = view.recommendations.find((r) => r.label.endsWith(` ${id}`))!;
      expect(row.text).toBe(inspection.recommendations.find((r) => r.id === id)!.data.text);
    }
  });
  it('marks a desired outcome cut to its first paragraph with "…"', () => {
    // As at a later date, so that actions are late and listed (1.2.1's outcome has two paragraphs,
    // the second ending in its citation).
    const later = boardPackView(
      bundledGraph({ asOf: { torbay: '2020-12-31' } }).plans.get('torbay/improvement-plan')!.latest,
    );
    const row121 = later.late.find((r) => r.ref === '1.2.1')!;
    expect(v1.actionByRef.get('1.2.1')!.data.desiredOutcome.length).toBeGreaterThan(1);
    expect(row121.outcome).toMatch(/ …$/);
    for (const row of later.late) {
      const outcome = v1.actionByRef.get(row.ref)!.data.desiredOutcome;
      if (outcome.length > 1) expect(row.outcome).toMatch(/ …$/);
    }
  });
});

// Summary sentences built from the same facts as the detail pages, on other councils' shapes of
// document (tests/fixtures/other-councils, with one file changed or added where a case needs it).
const otherWith = (edit: (files: SourceFile[]) => SourceFile[]) => {
  const files = edit([...otherFiles]);
  const { content, problems } = parseContent(files, otherRoots);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
  return { graph: buildGraph(content), problems: checkIntegrity(content) };
};
const editJson = (path: string, edit: (data: any) => void) => (files: SourceFile[]) =>
  files.map((f) => {
    if (f.path !== path) return f;
    const data = JSON.parse(f.text);
    edit(data);
    return { ...f, text: JSON.stringify(data) };
  });

describe('summaries say what the detail pages say', () => {
  const other = otherGraph();
  const westshire = other.authorityBySlug.get('westshire')!;

  it("'In short' gives the inspection's known total and the sources' count, in the report's own term", () => {
    const inspection = westshire.inspections.find((i) => i.data.recommendationCount !== undefined)!;
    const told = inShortView(westshire, authorityAsAt(westshire))
      .sentences.map(sentenceText)
      .find((s) => s.startsWith('It told'));
    expect(inspectionView(other, inspection).recommendations.listing).toContain(
      '5 areas for improvement; 4 are in the sources',
    );
    expect(told).toBe('It told the council to fix 5 areas for improvement; 4 are in the sources.');
  });

  it('says no deadline is set, never "No deadline after no date is set", where nothing is dated', () => {
    const position = positionOf(westshire);
    const view = nextView(westshire, { ...position, asOf: { ...position.asOf, date: '' } });
    expect(view.empty).toBe('No deadline is set in the documents published here.');
  });

  it('shows a lead-in that starts its own sentence as the source words it is, not "issued On the basis"', () => {
    const path = 'notices/westshire/improvement-notice-2013.json';
    const { graph: g } = otherWith(
      editJson(path, (d) => (d.leadIns = { basis: 'On the basis of evidence contained in:' })),
    );
    const view = noticeView(g, g.notices.get('westshire/improvement-notice-2013')!);
    expect(view.basis).toMatchObject({ leadIn: 'On the basis of evidence contained in:' });
    expect(text(view)).not.toMatch(/issued On the basis/);
  });

  it('says where a visit\'s date was read from, never "the plan\'s citation" for a council with no plan', () => {
    const visitFile: SourceFile = {
      root: 'content',
      path: 'monitoring-visits/westshire/march-2016.json',
      text: JSON.stringify({
        title: 'Monitoring visit, March 2016',
        inspection: 'ofsted-2015',
        visited: '2016-03',
        visitedReadFrom: 'the monitoring visit in March',
        findings: [],
        sources: [{ title: 'Children and Young People Scrutiny Committee minutes (test fixture)' }],
      }),
    };
    const { graph: g } = otherWith((files) => [...files, visitFile]);
    const westshireAfter = g.authorityBySlug.get('westshire')!;
    expect(westshireAfter.plans).toHaveLength(0);
    const row = monitoringVisitView(g, g.monitoringVisits.get('westshire/march-2016')!).rows.find(
      (r) => r.key === 'Visit',
    )!;
    expect(plain(row.value as never)).toBe(
      'March 2016 (read from “the monitoring visit in March” in Children and Young People Scrutiny Committee minutes (test fixture))',
    );
  });
});

describe('nothing forced: a notice with no stated basis is recorded as "not in the source"', () => {
  const path = 'notices/westshire/improvement-notice-2013.json';
  const note = 'Test fixture: the reposted first page does not say what the notice rests on.';
  const unstated = () =>
    otherWith(
      editJson(path, (d) => {
        delete d.restsOn;
        delete d.basis;
        d.notInSource = { ...d.notInSource, basis: note };
      }),
    );
  it('is accepted with notInSource.basis, though it names no inspection and no document', () => {
    const { problems } = unstated();
    expect(problems.filter((p) => p.file.endsWith(path)).map((p) => p.message)).toEqual([]);
  });
  it('says "Not in the source" and the note where it would say what the notice rests on', () => {
    const { graph: g } = unstated();
    const view = noticeView(g, g.notices.get('westshire/improvement-notice-2013')!);
    expect(plain(view.rows.find((r) => r.key === 'Rests on')!.value as never)).toBe(`Not in the source: ${note}`);
    expect(view.basis).toMatchObject({ missing: expect.anything() });
  });
});

// The partial-documents fixture (tests/fixtures/partial-documents): a council whose documents are
// partial as real ones are. Every view built from it says only what those documents say: order,
// latest, next, counts, and dates at their precision, inferences as inferences, never a placeholder.
import { describe, expect, it } from 'vitest';
import { readSources } from '../scripts/read-content.ts';
import { parseContent } from '../src/lib/content/parse-content.ts';
import { buildGraph } from '../src/lib/graph/graph.ts';
import { checkIntegrity } from '../src/lib/graph/integrity/index.ts';
import { asOfReason } from '../src/lib/graph/as-of.ts';
import { interventionOf } from '../src/lib/derivations/intervention.ts';
import { atomFeed, feedEntries } from '../src/lib/publishing/feeds.ts';
import { inShortView, sentenceText } from '../src/lib/views/in-short.ts';
import { indicatorChart } from '../src/lib/views/targets.ts';
import { indicatorView } from '../src/lib/views/indicator.ts';
import { monitoringVisitView } from '../src/lib/views/monitoring-visit.ts';
import { noticeView } from '../src/lib/views/notice.ts';
import { overviewView } from '../src/lib/views/overview.ts';
import { registerView } from '../src/lib/views/register.ts';
import { statementView } from '../src/lib/views/statement.ts';
import { timelineView } from '../src/lib/views/timeline.ts';
import { actionRow, plain } from '../src/lib/views/common.ts';
import { actionView } from '../src/lib/views/action.ts';
import { boardPackView } from '../src/lib/views/board-pack.ts';
import { leadsView } from '../src/lib/views/leads.ts';
import { planVersionView } from '../src/lib/views/plan-version.ts';
import { openData } from '../src/lib/publishing/open-data.ts';

const roots = {
  content: 'tests/fixtures/partial-documents/content',
  data: 'tests/fixtures/partial-documents/data',
};
const parsed = parseContent(readSources(roots), roots);
const graph = buildGraph(parsed.content);
const northmoor = graph.authorityBySlug.get('northmoor')!;
const notice = graph.notices.get('northmoor/improvement-notice-2011')!;
const lifted = graph.notices.get('northmoor/improvement-notice-2009')!;
const visit = graph.monitoringVisits.get('northmoor/monitoring-visit-october-2011')!;
const statement = northmoor.statements[0]!;
const indicator = northmoor.indicators[0]!;

/** Every view of the council, as one text, for what no page may say. */
// Graph nodes (in the overview's journey) are written as "node", so the text is the views' own words.
const nodeKey = (_key: string, value: unknown) =>
  value && typeof value === 'object' && 'data' in value && ('kind' in value || 'slug' in value) ? 'node' : value;
const everything = JSON.stringify(
  [
    overviewView(northmoor),
    registerView(graph),
    timelineView(northmoor),
    noticeView(graph, notice),
    noticeView(graph, lifted),
    statementView(graph, statement),
    monitoringVisitView(graph, visit),
    indicatorView(graph, indicator),
  ],
  nodeKey,
);

describe('partial documents build with no placeholder', () => {
  it('are valid content: the schemas and the integrity check accept every partial date', () => {
    expect(parsed.problems).toEqual([]);
    expect(checkIntegrity(parsed.content)).toEqual([]);
  });

  it('no view prints a placeholder, an invented day or a sentinel date', () => {
    // The feed's visible text too; its <updated> timestamps follow the documented rule (feeds.ts).
    const feed = atomFeed({
      title: 't',
      siteUrl: 'https://example.org',
      path: '/f.xml',
      alternatePath: '/',
      author: 'a',
      licence: 'l',
      entries: feedEntries(northmoor),
    });
    const visible = [...feed.matchAll(/<(?:title|summary) type="text">([^<]*)</g)].map((m) => m[1]).join('\n');
    expect(visible).not.toMatch(/1 January|undefined|NaN/);
    for (const bad of [
      'undefined',
      'NaN',
      'Invalid Date',
      '0000',
      '1970',
      '(none given)',
      '1 January 2011',
      '2011-01-01',
    ])
      expect(everything, bad).not.toContain(bad);
  });
});

describe('order and "latest" come only from what the dates say', () => {
  it('dates the council by the year-only notice, naming the visit that may be as new and the undated report', () => {
    const asOf = northmoor.asOf;
    expect(asOf).toMatchObject({ date: '2011', reason: 'newest-document', dated: 'Improvement Notice' });
    expect(asOfReason(asOf)).toBe(
      'As of 2011 (inferred). The newest documents published here about Northmoor are Improvement Notice and Monitoring visit, October 2011 (test fixture); the sources do not say which came later. Statements do not move this date. Later inspection report (test fixture) is undated, so may be newer.',
    );
  });

  it('keeps the year-only notice standing beside the January report it rests on; the lifted one is history', () => {
    const { standing, history } = interventionOf(northmoor);
    expect(standing.map((s) => s.notice)).toEqual([notice]);
    expect(history.map((s) => s.notice)).toEqual([lifted]);
    const overview = overviewView(northmoor);
    const notices = overview.documents.find((g) => g.heading === 'Improvement notices')!.items;
    const inspections = overview.documents.find((g) => g.heading === 'Inspections')!.items;
    expect(inspections.map((i) => i.date)).toEqual(['January 2011', 'Date not in the source']);
    expect(overview.inShort.sentences.map(sentenceText)).toContain(
      'No deadline after 2011 (inferred) is set in the documents published here.',
    );
    expect(notices.map((i) => [i.date, i.history])).toEqual([
      ['12 February 2009', true],
      ['2011 (inferred)', false],
    ]);
  });

  it('calls the January report the latest judgement, and names the undated report that may be newer', () => {
    const text = inShortView(northmoor, northmoor.asOf.date).sentences.map(sentenceText);
    expect(text[0]).toMatch(/^The latest judgement is “inadequate” \(overall effectiveness\)/);
    expect(text).toContain(
      'The Later inspection report (test fixture) is undated, so may be newer; no judgement from it is in the sources.',
    );
  });

  it('lists the timeline by what is known, says where the order is not, and lists undated documents apart', () => {
    const view = timelineView(northmoor);
    const items = view.years.flatMap((y) => y.items.map((i) => [i.dateLabel, i.title, i.orderNote !== undefined]));
    expect(items).toEqual([
      ['12 February 2009', 'Improvement Notice issued', false],
      ['2010', 'Improvement Notice lifted', false],
      [
        'January 2011',
        'Inspection of safeguarding and looked after children services (test fixture): report published',
        false,
      ],
      ['17–19 October 2011', 'Monitoring visit, October 2011 (test fixture)', true],
      ['2011 (inferred)', 'Improvement Notice issued', true],
    ]);
    // A range has no <time datetime>: HTML cannot carry it, the words do.
    expect(view.years.flatMap((y) => y.items).find((i) => i.title.startsWith('Monitoring'))!.datetime).toBeUndefined();
    expect(view.undated.map((u) => [u.title, u.note])).toEqual([
      ['Later inspection report (test fixture)', 'Test fixture: the report is undated, and no source dates it.'],
      ['Council statement (test fixture)', 'Test fixture: the press statement is undated.'],
    ]);
  });

  it('never calls the undated statement the latest', () => {
    const rows = overviewView(northmoor).position.rows;
    const latest = rows.find((r) => r.key === 'Latest statement');
    expect(latest && plain(latest.value)).not.toContain('Council statement');
  });
});

describe('each date at its precision, inferences as inferences, wherever it is shown', () => {
  it('the notice page: the year, marked inferred, and why', () => {
    const view = noticeView(graph, notice);
    expect(plain(view.rows.find((r) => r.key === 'Issued')!.value)).toBe('2011 (inferred)');
    expect(view.provenance.inferences).toContain(
      'Inference: The issue date, 2011, is inferred, not read in the document: Test fixture: the notice is undated; 2011 is the year the council reposted it.',
    );
  });

  it('the statement page: no date, with the note, and no date in its caption', () => {
    const view = statementView(graph, statement);
    expect(plain(view.rows.find((r) => r.key === 'Published')!.value)).toBe(
      'Not in the source (Test fixture: the press statement is undated.)',
    );
    expect(view.caption).toBe('Press release');
  });

  it('the visit page keeps all three days, and says only that the letter is undated', () => {
    const rows = monitoringVisitView(graph, visit).rows;
    expect(plain(rows.find((r) => r.key === 'Visit')!.value)).toBe('17–19 October 2011');
    expect(plain(rows.find((r) => r.key === 'Other dates')!.value)).toBe(
      "Not in the sources: they give no date for the visit's letter.",
    );
  });

  it('the feed leaves undated documents out and says the precision of a year-only, inferred date', () => {
    const entries = feedEntries(northmoor);
    expect(entries.map((e) => e.title)).not.toContain('Council statement (test fixture)');
    const feed = atomFeed({
      title: 't',
      siteUrl: 'https://example.org',
      path: '/f.xml',
      alternatePath: '/',
      author: 'a',
      licence: 'l',
      entries,
    });
    expect(feed).toContain(
      "Improvement Notice to Northmoor Council (test fixture). Dated 2011 (inferred); no day is given, so the entry's time is the start of 2011.",
    );
    expect(feed).toContain("Dated 17–19 October 2011; the entry's time is the start of its first day.");
    expect(feed).toContain('<updated>2011-10-17T00:00:00.000Z</updated>');
  });

  it('figures given only in words keep their words, and no period or number is invented', () => {
    const view = indicatorView(graph, indicator);
    expect(view.figures.rows.map((r) => [r.period, r.value])).toEqual([
      ['September 2011', '“about 40%”'],
      ['Period not in the source', '“under a third”'],
    ]);
    expect(indicatorChart(indicator).summary).toBe(
      'Re-referrals within 12 months (test fixture). 0 targets and 2 published figures; none is given as a number with its period. Lower is better.',
    );
  });
});

// Southmoor (same fixture): a plan known only from committee minutes. Nothing a source lacks is
// forced: no inspection named, a bullet with no citation, an action with no lead or timescale, and a
// summary of ratings reported on a date, recorded without action rows.
const southmoor = graph.authorityBySlug.get('southmoor')!;
const plan = graph.plans.get('southmoor/improvement-plan')!;
const version = plan.latest;
const unled = version.actionByRef.get('1.1.2')!;

describe('nothing forced: what a plan\'s source does not give is "not in the source"', () => {
  it('the schemas refuse each absence left unexplained, and accept it with a note', () => {
    const files = readSources(roots);
    const edit = (path: string, change: (data: any) => void) =>
      files.map((f) => {
        if (f.path !== path) return f;
        const data = JSON.parse(f.text);
        change(data);
        return { ...f, text: JSON.stringify(data) };
      });
    const problems = (changed: typeof files) =>
      parseContent(changed, roots).problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems(edit('plans/southmoor/improvement-plan.json', (d) => delete d.notInSource))).toEqual([
      expect.stringMatching(/^inspection: give the inspection the plan answers .*notInSource\.inspection/),
    ]);
    const outline = 'plan-versions/southmoor/improvement-plan/v1.json';
    const row = (d: any) => d.themes[0].objectives[0].actions[1];
    expect(problems(edit(outline, (d) => delete d.themes[0].objectives[0].aims[0].notInSource))).toEqual([
      expect.stringMatching(/citation: give the citation .*notInSource\.citation/),
    ]);
    expect(problems(edit(outline, (d) => delete row(d).notInSource.lead))).toEqual([
      expect.stringMatching(/lead: give the lead .*notInSource\.lead/),
    ]);
    expect(problems(edit(outline, (d) => delete row(d).notInSource.timescale))).toEqual([
      expect.stringMatching(/timescale: give the timescale .*notInSource\.timescale/),
    ]);
    expect(problems(edit(outline, (d) => (row(d).leadRoles = ['dcs'])))).toEqual([
      expect.stringMatching(/leadRoles: leadRoles names roles, but the lead is not given/),
    ]);
  });

  it('a plan naming no inspection cites none of its recommendations', () => {
    const outline = 'plan-versions/southmoor/improvement-plan/v1.json';
    const changed = readSources(roots).map((f) =>
      f.path === outline
        ? {
            ...f,
            text: f.text.replace(
              '"text": "Assessments are timely',
              '"recommendations": ["1"], "text": "Assessments are timely',
            ),
          }
        : f,
    );
    const parsedChanged = parseContent(changed, roots);
    expect(parsedChanged.problems).toEqual([]);
    expect(checkIntegrity(parsedChanged.content).map((p) => p.rule)).toEqual(['plan-table.cites-without-inspection']);
  });

  it('the plan page says the inspection it answers is not in the source, never a made-up one', () => {
    const view = planVersionView(graph, version, true);
    const nav = view.nav.map(plain);
    expect(nav).toContain(
      'The inspection it answers: Not in the source (Test fixture: the minutes quoting the plan do not say which inspection or review it answers.)',
    );
    expect(nav.join('\n')).not.toMatch(/Answers the|not named in the sources/);
    expect(view.filters.recommendations).toEqual([]);
    const board = boardPackView(version);
    expect(board.inspection).toBeUndefined();
    expect(board.noInspection).toBe(
      'The inspection the plan answers is not in the sources published here (Test fixture: the minutes quoting the plan do not say which inspection or review it answers.), so no recommendation is listed.',
    );
    expect(board.recommendations).toEqual([]);
  });

  it('a bullet with no citation says the plan gives none, never a bracketed placeholder', () => {
    const aims = planVersionView(graph, version).themes[0]!.objectives[0]!.aims;
    expect(aims.map((a) => `${a.text} ${a.citation}`)).toEqual([
      'Assessments are timely (test fixture) – no citation in the plan: Test fixture: the minutes quote the bullet without its citation.',
    ]);
    const objective = actionView(graph, unled).rows.find((r) => r.key === 'Objective')!;
    expect(objective.list!.map(plain)).toEqual([
      'Assessments are timely (test fixture) – no citation in the plan: Test fixture: the minutes quote the bullet without its citation.',
    ]);
    expect(
      plain(actionView(graph, unled).rows.find((r) => r.key === 'Recommendations, through its objective')!.value),
    ).toBe('None: the plan gives objective 1.1 no citation.');
  });

  it('an action with no lead or timescale says so, is listed under "Lead not in the source", and is never overdue', () => {
    const rows = actionView(graph, unled).rows;
    expect(plain(rows.find((r) => r.key === 'Lead')!.value)).toBe(
      'Not in the source (Test fixture: the minutes do not say who leads this action.)',
    );
    expect(plain(rows.find((r) => r.key === 'Timescale')!.value)).toBe(
      'Not in the source (Test fixture: the minutes give no timescale for this action.)',
    );
    expect(actionRow(unled)).toMatchObject({
      lead: 'Not in the source',
      timescale: 'Not in the source',
      overdue: false,
    });
    expect(unled.due).toEqual({ kind: 'none' });
    const leads = leadsView(graph, plan);
    expect(leads.groups.map((g) => [g.heading, g.rows.map((r) => r.ref)])).toEqual([
      ["Director of Children's Services (DCS)", ['1.1.1']],
      ['Lead not in the source', ['1.1.2']],
    ]);
    const record = openData(graph).actions.find((a: any) => a.authority === 'southmoor' && a.ref === '1.1.2');
    expect(record).toMatchObject({ lead: null, leadRoles: [], timescale: null, due: null, inspection: null });
  });

  it('a summary of ratings reported on a date is shown as the source gives it, on the plan page and the overview', () => {
    const reports = planVersionView(graph, version, true).statusReports!;
    expect(reports.heading).toBe('Ratings the council reported');
    expect(reports.note).toBe(
      'These are the figures as the source reports them: the council’s own assessment of its actions, not counted by this site from action rows.',
    );
    expect(reports.reports.map((r) => `${plain(r.when)}: ${plain(r.shares)} | ${r.source}`)).toEqual([
      'As at January 2012: [Red] “about a third”, [Amber] “about half”, [Green] “the rest” | Test fixture: scrutiny committee minutes, January 2012',
      'As at 14 March 2012: [Red] 25%, [Amber] 50%, [Green] 25% (“a quarter”) of 12 actions | Test fixture: scrutiny committee minutes, 14 March 2012',
    ]);
    const row = overviewView(southmoor).position.rows.find((r) => r.key === 'Ratings the council reported')!;
    expect(row.paragraphs!.map(plain)).toEqual([
      '‹Southmoor Improvement Plan (test fixture)›: As at 14 March 2012, [Red] 25%, [Amber] 50%, [Green] 25% (“a quarter”) of 12 actions (the council’s own figures, reported in Test fixture: scrutiny committee minutes, 14 March 2012)',
    ]);
    // Not on a council whose plans report none.
    expect(overviewView(northmoor).position.rows.map((r) => r.key)).not.toContain('Ratings the council reported');
  });
});

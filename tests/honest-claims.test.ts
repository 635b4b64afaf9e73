import { describe, expect, it } from 'vitest';
import { openDataRecords } from '../src/schemas/open-data.ts';
import { openData } from '../src/lib/publishing/open-data.ts';
import { answerCountWords, latestAnswer } from '../src/lib/derivations/coverage.ts';
import { timelineOf } from '../src/lib/derivations/timeline.ts';
import { asOfLabel, asOfReason } from '../src/lib/graph/as-of.ts';
import { positionOf } from '../src/lib/derivations/position.ts';
import { actionView } from '../src/lib/views/action.ts';
import { deadlinesView } from '../src/lib/views/deadlines.ts';
import { planVersionView } from '../src/lib/views/plan-version.ts';
import { excerpt, plain } from '../src/lib/views/common.ts';
import { glossaryView } from '../src/lib/views/glossary.ts';
import { leadsView } from '../src/lib/views/leads.ts';
import { monitoringVisitView } from '../src/lib/views/monitoring-visit.ts';
import { peerReviewView } from '../src/lib/views/peer-review.ts';
import { statementProvenance, statementView } from '../src/lib/views/statement.ts';
import { timelineView } from '../src/lib/views/timeline.ts';
import { bundledGraph, bundledSources } from './helpers.ts';

const graph = bundledGraph();
const torbay = graph.authorityBySlug.get('torbay')!;
const worcestershire = graph.authorityBySlug.get('worcestershire')!;
const plan = graph.plans.get('torbay/improvement-plan')!;
const v1 = plan.latest;
const action = (ref: string) => v1.actionByRef.get(ref)!;
const visit = (slug: string) => graph.monitoringVisits.get(`torbay/${slug}`)!;
const rowsText = (rows: { key: string; value: unknown[]; list?: unknown[][] }[]) =>
  rows.map(
    (r) => `${r.key}: ${plain(r.value as never)}${r.list ? r.list.map((l) => ` | ${plain(l as never)}`).join('') : ''}`,
  );

describe('finding 1: monitoring-visit dates are said as the source says them, and inferences are labelled', () => {
  it("gives 1 February 2019 as a date the plan gives, in its words, never as the inspector's letter", () => {
    const view = monitoringVisitView(graph, visit('january-2019'));
    const rows = rowsText(view.rows);
    expect(rows.join('\n')).not.toMatch(/letter/i);
    expect(rows).toContain(
      'A date the plan gives for it: 1 February 2019 (the plan: “Inspectors reported in the two most recent monitoring visits on 1 February 2019 and 8 May 2019”; it does not say what the date is of)',
    );
    expect(rows).toContain("Visit: January 2019 (read from the plan's citation “Monitoring visit January/April”)");
  });

  it("labels which date is which visit's, and the letter reading, as inferences", () => {
    for (const slug of ['january-2019', 'april-2019']) {
      const view = monitoringVisitView(graph, visit(slug));
      expect(view.inferences.length).toBeGreaterThan(0);
      expect(view.provenance.inferences.every((i) => i.startsWith('Inference: '))).toBe(true);
      expect(view.provenance.notes.join(' ')).not.toMatch(/letter's date/);
    }
  });

  it('says on the timeline that the plan gives the date, not that a letter was sent', () => {
    const titles = timelineOf(torbay)
      .filter((e) => e.kind === 'monitoring-visit')
      .map((e) => `${e.date} ${e.title}`);
    expect(titles).toEqual([
      '2019-01 Monitoring visit, January 2019',
      '2019-02-01 Monitoring visit, January 2019: a date the plan gives for it',
      '2019-04 Monitoring visit, April 2019',
      '2019-05-08 Monitoring visit, April 2019: a date the plan gives for it',
      '2019-10 Monitoring visit, October 2019',
    ]);
  });

  it('says a visit with no other date has none in the sources, as a state', () => {
    expect(rowsText(monitoringVisitView(graph, visit('october-2019')).rows)).toContain(
      'Other dates: Not in the sources: they give no day for the visit and no date for its letter.',
    );
  });
});

describe("finding 3: accountable leads are kept apart from partners, in the plan's words", () => {
  const view = leadsView(graph, plan);
  it('does not list PeopleToo or the sufficiency task group as leading actions', () => {
    const headings = view.groups.map((g) => g.heading);
    expect(headings).not.toContain('PeopleToo');
    expect(headings).not.toContain('Sufficiency task group');
    expect(headings).not.toContain('Strategic Workforce Development Manager');
    expect(view.groups.find((g) => g.heading === 'Social workers')!.rows.map((r) => r.ref)).not.toContain('2.3.1');
  });

  it("lists them apart, with the plan's words for their part", () => {
    expect(
      view.partners.map((g) => `${g.heading}: ${g.actions.map((a) => `${a.row.ref} ${a.words}`).join('; ')}`),
    ).toEqual([
      'Head of Service (HoS): 2.3.4 “HoS and Service Managers when necessary”; 2.6.6 “HoS and Service Managers when necessary”',
      'Service managers: 2.3.4 “HoS and Service Managers when necessary”; 2.6.6 “HoS and Service Managers when necessary”',
      'Social workers: 2.3.1 “social workers to deliver”',
      'Strategic Workforce Development Manager: 3.1.1 “in conjunction with Strategic Workforce Development Manager”; 3.1.2 “in conjunction with Strategic Workforce Development Manager”',
      'Sufficiency task group: 2.6.2 “in conjunction with the sufficiency task group”; 2.6.3 “in conjunction with the sufficiency task group”',
      'PeopleToo: 2.1.1 “working in conjunction with PeopleToo”',
    ]);
  });

  it('says on the action page who is accountable and who else the lead names', () => {
    expect(rowsText(actionView(graph, action('2.1.1')).rows).filter((r) => /lead/i.test(r))).toEqual([
      "Lead, in the plan's words: Senior Leaders (working in conjunction with PeopleToo)",
      'Accountable lead: Senior leaders',
      'Also named in the lead, not as lead:  | PeopleToo (the plan: “working in conjunction with PeopleToo”)',
    ]);
  });
});

describe('finding 4: actions answer recommendations through their objective, and the site says so', () => {
  it('does not say action 1.2.2 (allegations against professionals) "answers" recommendation 1', () => {
    const rows = actionView(graph, action('1.2.2')).rows;
    expect(rows.map((r) => r.key)).not.toContain('Answers');
    expect(rowsText(rows).find((r) => r.startsWith('Recommendations, through its objective'))).toBe(
      "Recommendations, through its objective: Objective 1.2 answers recommendations 1 and 11. The plan cites recommendations for an objective as a whole, not for each of its actions (this objective has 2 actions), so it does not say which of them this action answers. | ‹Recommendation 1› [Repeated] of the Ofsted inspection of children's services, June 2018 | ‹Recommendation 11› [Repeated] of the Ofsted inspection of children's services, June 2018",
    );
  });

  it("counts the actions that answer a recommendation as its objectives' actions", () => {
    const rec = (n: number) =>
      graph.inspections.get('torbay/ofsted-2018')!.recommendations.find((r) => r.id === String(n))!;
    expect(answerCountWords(latestAnswer(rec(3))!)).toBe('Through objective 2.6 (6 actions)');
    expect(answerCountWords(latestAnswer(rec(2))!)).toBe('Through objectives 2.4 and 2.5 (5 actions)');
  });

  it('labels open data so that actions are counted through objectives', () => {
    const describe = (schema: { description?: string }) => schema.description ?? '';
    expect(describe(openDataRecords.actions.shape.recommendations)).toMatch(
      /objective answers: the plan maps recommendations to objectives, not to single actions/,
    );
    expect(describe(openDataRecords.recommendations.shape.actions)).toMatch(
      /^Actions of the objectives that answer it/,
    );
    const rec3 = (
      openData(graph).recommendations as { id: string; actions: unknown[]; objectives: { ref: string }[] }[]
    ).find((r) => r.id === '3')!;
    expect(rec3.objectives.map((o) => o.ref)).toEqual(['2.6']);
    expect(rec3.actions).toHaveLength(6);
  });
});

describe('finding 5: no issuer the notice does not name; the peer review is not tied to a notice it does not quote', () => {
  it('gives the Worcestershire notice no issuer, and its timeline says only that it was issued', () => {
    expect(graph.notices.get('worcestershire/improvement-notice-2011')!.data.issuedBy).toBeUndefined();
    expect(
      timelineOf(worcestershire)
        .filter((e) => e.kind === 'notice')
        .map((e) => e.title),
    ).toEqual(['Improvement Notice issued']);
  });

  it('does not tie the 2012 peer review to the 2011 notice, and says why', () => {
    const review = graph.peerReviews.get('torbay/peer-review-2012')!;
    expect(review.notice).toBeUndefined();
    expect(graph.notices.get('torbay/improvement-notice-2011')!.peerReviews).toEqual([]);
    expect(rowsText(peerReviewView(graph, review).rows)).toContain(
      'Improvement notice: Not named: the report quotes improvement notice actions without saying which notice they are from, and they are not in a notice published here.',
    );
  });
});

describe('finding 6: no invented day: Torbay is judged as of "October 2019", the plan\'s own date, with the reason', () => {
  it('keeps the month the plan gives, never the last day of it', () => {
    expect(plan.asOf.date).toBe('2019-10');
    expect(asOfLabel(plan.asOf)).toBe('October 2019');
    expect(asOfLabel(positionOf(torbay).asOf)).toBe('October 2019');
    expect(asOfReason(plan.asOf)).toBe(
      "Judged as of October 2019, the date of Version 1, this plan's latest version published here.",
    );
  });

  it('says the month and the reason in the views, and no day', () => {
    const deadlines = deadlinesView(graph, plan);
    expect(deadlines.lead).toContain('by October 2019');
    expect(deadlines.lead).toContain(
      "Judged as of October 2019, the date of Version 1, this plan's latest version published here.",
    );
    expect(JSON.stringify(deadlines)).not.toMatch(/\d+ October 2019/);
    expect(planVersionView(graph, v1).asOfNote).toMatch(/^Judged as of October 2019, the date of Version 1/);
  });
});

describe('finding 7: the notice reviews are not shown as deadlines on the timeline', () => {
  it("places Torbay's reviews after the months whose data they follow, tagged as reviews", () => {
    const items = timelineView(torbay)
      .years.flatMap((y) => y.items)
      .filter((i) => i.title.startsWith('Review'));
    expect(items.map((i) => `${i.dateLabel} [${i.tag}] ${i.title}`)).toEqual([
      'After March 2011 [Review] Review of the improvement notice, once March 2011 performance data is in',
      'After October 2011 [Review] Review of the improvement notice, once October 2011 performance data is in',
    ]);
    expect(
      timelineView(torbay)
        .years.flatMap((y) => y.items)
        .some((i) => i.tag === ('Deadline' as string)),
    ).toBe(false);
  });
});

describe('finding 8: the smaller content findings', () => {
  it('keeps every timescale as the plan writes it ("31 st December 2019")', () => {
    const plan = bundledSources.find((s) => s.file === 'torbay-improvement-plan-v1-2019-10.txt')!.text;
    const timescales = new Map(
      plan
        .split('\n')
        .map((l) => l.split('\t'))
        .filter((c) => /^\d+\.\d+\.\d+$/.test(c[0] ?? ''))
        .map((c) => [c[0]!, c[4]!.replace(/<\/?p>/g, '').trim()]),
    );
    expect(timescales.size).toBe(36);
    expect(
      v1.actions
        .filter((a) => a.data.timescale !== timescales.get(a.ref))
        .map((a) => `${a.ref}: ${a.data.timescale} ≠ ${timescales.get(a.ref)}`),
    ).toEqual([]);
    expect(v1.actions.filter((a) => a.data.timescale?.startsWith('31 st'))).toHaveLength(11);
    expect(action('1.1.2').due).toEqual({ kind: 'date', date: '2019-12-31' });
  });

  it("notes the asterisk it leaves out of objective 1.1's citation", () => {
    expect(v1.data.notes.some((n) => n.includes('asterisk') && n.includes('Objective 1.1'))).toBe(true);
  });

  it('marks a cut summary and a cut outcome with an ellipsis', () => {
    expect(graph.inspections.get('torbay/ofsted-2018')!.data.summary[1]).toMatch(/recommendations …$/);
    // The statement's summary takes its first and fourth paragraphs' sentences: the gap is marked.
    expect(graph.statements.get('torbay/pr5220-2016-01-05')!.data.summary).toContain(
      'released today. … The inspection has concluded',
    );
    expect(excerpt('First sentence. Second sentence.')).toBe('First sentence. …');
    expect(excerpt('Only sentence.')).toBe('Only sentence.');
  });

  it('never lower-cases a month: no "january" in the timeline or visit pages', () => {
    const text = [
      ...timelineView(torbay).years.flatMap((y) => y.items.map((i) => `${i.title} ${i.detail ?? ''}`)),
      ...[...graph.monitoringVisits.values()].flatMap((v) =>
        monitoringVisitView(graph, v).citedIn.map((c) => c.caption),
      ),
    ].join('\n');
    expect(text).not.toMatch(/\b(january|february|april|may|october|november|december)\b/);
  });

  it('lists every way the plan cites each visit under "cited in the plan as"', () => {
    const cited = (text: string, v: ReturnType<typeof visit>) => v.data.citedAs.some((c) => text.includes(c));
    const missing = [
      ...v1.actions.flatMap((a) =>
        a.monitoringVisits.filter((v) => !cited(a.data.desiredOutcome.join(' '), v)).map((v) => `${a.ref} → ${v.slug}`),
      ),
      ...v1.objectives.flatMap((o) =>
        o.aims.flatMap((aim) =>
          aim.monitoringVisits.filter((v) => !cited(aim.data.citation!, v)).map((v) => `${o.ref} → ${v.slug}`),
        ),
      ),
    ];
    expect(missing).toEqual([]);
  });

  it("marks glossary spellings and explanations as the site's, not the sources'", () => {
    const view = glossaryView(graph);
    expect(view.lead).toMatch(/written by this site .* not quoted from the source documents/);
    expect(view.terms.find((t) => t.term === 'DfE')!.definitionLabel).toBe("This site's explanation:");
  });

  it('does not call a statement written for the site a transcription', () => {
    const statement = graph.statements.get('torbay/pr5220-2016-01-05')!;
    expect(statementProvenance(statement).heading).toBe('About this transcription');
    const original = { ...statement, data: { ...statement.data, origin: 'original' as const } };
    const provenance = statementProvenance(original);
    expect(provenance.heading).toBe('About this statement');
    expect(provenance.intro).not.toMatch(/transcribed from|nothing is added/i);
    expect(statementView(graph, original).original).toBe(true);
  });
});

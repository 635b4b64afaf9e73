import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/lib/graph/graph.ts';
import { parseContent, type SourceFile } from '../src/lib/content/parse-content.ts';
import { importSheet } from '../src/lib/spreadsheets/plan-sheets.ts';
import {
  authorityScaffold,
  firstPlanScaffold,
  indicatorScaffold,
  inspectionScaffold,
  monitoringVisitScaffold,
  noticeScaffold,
} from '../src/lib/content/scaffold.ts';
import { columns, firstVersionColumns, formatSheetError } from '../src/lib/spreadsheets/spreadsheet.ts';
import { unaddressedRecommendations } from '../src/lib/derivations/coverage.ts';
import { messagesOf, otherFiles, otherRoots, westshireFirstAction } from './helpers.ts';

const header = [...columns, ...firstVersionColumns];
const row = (cells: Partial<Record<(typeof header)[number], string>>) => header.map((h) => cells[h] ?? '');
const sheet = [
  header,
  row(westshireFirstAction),
  row({
    Ref: '1.2.1',
    Theme: '1',
    Objective: '1.2',
    'Objective text': 'Assessments are timely',
    'Objective citation': 'areas b and c',
    Recommendations: 'b, c',
    'Desired outcome for children': 'Assessments on time.',
    Actions: 'Track assessments weekly.',
    Lead: 'DCS',
    'Lead roles': 'DCS',
    Timescale: 'Ongoing',
  }),
];
const options = { planKey: 'westshire/improvement-plan', version: 'v1', label: 'Version 1', published: '2015-09' };

describe('npm run import starts a plan from a spreadsheet', () => {
  it('writes a new plan and its first version, themes and objectives from the sheet, checked before anything is written', () => {
    const result = importSheet(sheet, otherFiles, otherRoots, {
      ...options,
      first: {
        title: 'Westshire Improvement Plan',
        inspection: 'ofsted-2015',
        source: 'Westshire Improvement Plan, September 2015 (test fixture)',
      },
    });
    expect(result.errors.map(formatSheetError)).toEqual([]);
    expect(result.files!.map((f) => f.path)).toEqual([
      'plans/westshire/improvement-plan.json',
      'plan-versions/westshire/improvement-plan/v1.mdx',
      'plan-versions/westshire/improvement-plan/v1.json',
    ]);
    const graph = buildGraph(parseContent([...otherFiles, ...result.files!], otherRoots).content);
    const plan = graph.plans.get('westshire/improvement-plan')!;
    expect(plan.latest.themes.map((t) => [t.ref, t.title, t.objectives.map((o) => o.ref)])).toEqual([
      ['1', 'Help and protection', ['1.1', '1.2']],
    ]);
    expect(plan.latest.actionByRef.get('1.1.1')!.due).toEqual({ kind: 'date', date: '2016-10-31' });
    expect(unaddressedRecommendations(plan.inspection).map((r) => r.id)).toEqual(['d']);
    expect(plan.latest.data.ratingScale).toBeUndefined();
  });

  it('says what a first version needs, and writes nothing', () => {
    expect(importSheet(sheet, otherFiles, otherRoots, options).errors.map(formatSheetError)).toEqual([
      'westshire/improvement-plan has no version yet, so this sheet starts it: say where the plan is published with --source "<title of the plan as published>"',
    ]);
    const withoutTitles = sheet.map((r) => r.slice(0, columns.length));
    expect(
      importSheet(withoutTitles, otherFiles, otherRoots, {
        ...options,
        first: { title: 'T', inspection: 'ofsted-2015', source: 'S' },
      }).errors.map(formatSheetError),
    ).toEqual([
      'row 1: a plan\'s first version comes from the sheet, so it needs the columns "Theme title", "Objective text", "Objective citation", "Recommendations" as well',
    ]);
    const badLetter = sheet.map((r, i) =>
      i === 2 ? r.map((c, j) => (header[j] === 'Recommendations' ? 'b, e' : c)) : r,
    );
    expect(
      importSheet(badLetter, otherFiles, otherRoots, {
        ...options,
        first: { title: 'T', inspection: 'ofsted-2015', source: 'S' },
      }).errors.map(formatSheetError)[0],
    ).toMatch(/^recommendation e does not exist: the plan's report "ofsted-2015" has recommendations a, b, c, d/);
  });
});

describe('npm run new scaffolds a council, and the check refuses scaffold text until it is replaced', () => {
  it('writes valid files whose every "EDIT:" the check names', () => {
    const add = (f: { path: string; text: string }): SourceFile => ({ root: 'content', path: f.path, text: f.text });
    const files = [
      ...otherFiles,
      add(authorityScaffold('northmoor', 'Northmoor Borough Council')),
      add(inspectionScaffold('northmoor', 'ilacs-2024', '2024-07-12')),
      add(noticeScaffold('northmoor', 'improvement-notice-2024', '2024-09', 'ilacs-2024')),
      add(indicatorScaffold('northmoor', 'cin-rate', 'Children in need', 'rate', 'lower')),
      ...firstPlanScaffold('northmoor/improvement-plan', 'ilacs-2024', '2024-11', false).map(add),
    ];
    expect(JSON.parse(authorityScaffold('northmoor', 'Northmoor Borough Council').text).shortName).toBe('Northmoor');
    const messages = messagesOf(files);
    expect(messages.length).toBeGreaterThan(5);
    expect(messages.every((m) => m.includes('northmoor'))).toBe(true);
    expect(messages).toContain(
      'src/content/notices/northmoor/improvement-notice-2024.json: consequence: still has the text npm run new put there ("EDIT: the consequence of failing to comply, or remove this line and say why in notInSource"): replace it with the source\'s words, or, where the source does not give it, remove it and say so (notInSource, or the field\'s own "not given" form)',
    );
    expect(
      messages.some((m) =>
        m.startsWith(
          'src/content/plan-versions/northmoor/improvement-plan/v1.mdx: its text below the frontmatter still has the text npm run new put there',
        ),
      ),
    ).toBe(true);
  });
});

describe('npm run new -- monitoring-visit writes a visit from its letter, never pre-filling what the letter may not give', () => {
  const add = (f: { path: string; text: string }): SourceFile => ({ root: 'content', path: f.path, text: f.text });
  const finding = 'Leaders have made steady progress in reducing caseloads.';
  const visit = monitoringVisitScaffold('eastborough', 'march-2024', {
    letter: '2024-03-21',
    inspection: 'ilacs-2023',
    findings: [finding],
  });

  it("keeps the letter's date, the inspection and the findings as given, ties nothing, and leaves the visit's date to the author", () => {
    const data = JSON.parse(visit.text);
    expect(visit.path).toBe('monitoring-visits/eastborough/march-2024.json');
    expect(data).toMatchObject({ letter: '2024-03-21', inspection: 'ilacs-2023', findings: [finding], ties: [] });
    expect(data.title).toBe('Monitoring visit, letter of 21 March 2024');
    expect(data.visited).toMatch(/^EDIT:/);
  });

  it("is refused by the check until the visit's date and the source are filled in", () => {
    const messages = messagesOf([...otherFiles, add(visit)]);
    expect(messages.some((m) => /march-2024\.json: visited: "EDIT: .* is not a date/.test(m))).toBe(true);
  });
});

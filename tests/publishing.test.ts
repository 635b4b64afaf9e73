import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../scripts/read-content.ts';
import { buildGraph } from '../src/lib/graph/graph.ts';
import { defaultRoots, parseContent } from '../src/lib/content/parse-content.ts';
import { importSheet } from '../src/lib/spreadsheets/plan-sheets.ts';
import { nextVersionId, slugify } from '../src/lib/content/scaffold.ts';
import { readSheet, writeSheet } from '../src/lib/spreadsheets/sheet-files.ts';
import { formatSheetError, outlineToRows } from '../src/lib/spreadsheets/spreadsheet.ts';
import { planOutline } from '../src/schemas/plan-outline.ts';
import { templateText } from '../src/schemas/statement.ts';
import { bundledFiles, bundledGraph, bundledRoots, scratchContent } from './helpers.ts';

const node = 'node_modules/.bin/node';
/** The folders messages name, as in a council's repository (the files themselves come from the fixture). */
const roots = defaultRoots;
const graph = bundledGraph();
const version = graph.plans.get('torbay/improvement-plan')!.latest;
const outline = parseContent(bundledFiles).content.planOutlines[0]!.data;
const context = { ratings: version.data.ratingScale!.ratings, roles: version.plan.authority.data.roles };
const rows = outlineToRows(outline, context);
const options = { planKey: 'torbay/improvement-plan', version: 'v2', label: 'Version 2', published: '2020-01' };

/** Runs a project script in a copy of the content, returning its exit status and output. */
function run(script: string, args: string[], dir: string): { status: number; out: string } {
  try {
    const out = execFileSync(
      node,
      [`scripts/${script}.ts`, ...args, '--content', join(dir, 'content'), '--data', join(dir, 'data')],
      { encoding: 'utf8', stdio: 'pipe' },
    );
    return { status: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

let dir: string;
beforeAll(() => {
  dir = scratchContent('publishing-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const listing = () => readdirSync(join(dir, 'content'), { recursive: true }).map(String).sort();

describe('spreadsheet round trip', () => {
  it.each(['csv', 'xlsx'] as const)('reproduces the version exactly through %s', async (format) => {
    const back = await readSheet(await writeSheet(rows, format), format);
    const result = importSheet(back, bundledFiles, roots, options);
    expect(result.errors).toEqual([]);
    const imported = JSON.parse(result.files!.find((f) => f.path.endsWith('.json'))!.text);
    expect(isDeepStrictEqual(planOutline.parse(imported), planOutline.parse(outline))).toBe(true);
    expect(result.files!.find((f) => f.path.endsWith('.mdx'))!.text).toContain('"label": "Version 2"');
  });

  it('imports a sheet through npm run import and the new version checks clean', async () => {
    const file = join(dir, 'v2.xlsx');
    writeFileSync(file, await writeSheet(rows, 'xlsx'));
    const result = run(
      'import',
      [file, '--plan', 'torbay/improvement-plan', '--version', 'v2', '--published', '2020-01'],
      dir,
    );
    expect(result.out).toContain('Imported 36 rows as Version 2 (2020-01)');
    expect(readFileSync(join(dir, 'content/plan-versions/torbay/improvement-plan/v2.json'), 'utf8')).toBe(
      readFileSync(join(bundledRoots.content, 'plan-versions/torbay/improvement-plan/v1.json'), 'utf8'),
    );
    expect(run('check', [], dir).out).toContain('2 plan versions (72 actions)');
    rmSync(join(dir, 'content/plan-versions/torbay/improvement-plan/v2.json'));
    rmSync(join(dir, 'content/plan-versions/torbay/improvement-plan/v2.mdx'));
  });
});

describe('an import with an error reports the row and column and writes nothing', () => {
  const cell = (row: number, column: string, value: string) => {
    const edited = rows.map((r) => [...r]);
    edited[row - 1]![rows[0]!.indexOf(column)] = value;
    return edited;
  };
  it.each([
    [
      'a rating outside the scale',
      cell(14, 'RAG', 'Ambr'),
      'row 14, RAG: "Ambr" is not one of Green, Amber, Red (leave it blank for not yet rated)',
    ],
    [
      'a direction of travel outside the vocabulary',
      cell(3, 'DOT', 'Up'),
      'row 3, DOT: "Up" is not one of Improving, No change, Declining (or blank)',
    ],
    [
      'an unknown lead role',
      cell(5, 'Lead roles', 'Mayor'),
      'row 5, Lead roles: "Mayor" is not a role of this council: use one of Chief Executive; ',
    ],
    [
      'a paragraph that is not a number',
      cell(6, 'Paragraphs', '24a'),
      'row 6, Paragraphs: "24a" is not a paragraph number: list numbers separated by commas, e.g. "24, 39"',
    ],
    [
      'a paragraph the report does not have',
      cell(4, 'Paragraphs', '83, 300'),
      'row 4, Paragraphs: paragraph 300 is not recorded for the report "ofsted-2018"',
    ],
    [
      'a monitoring visit nobody recorded',
      cell(4, 'Monitoring visits', 'june-2019'),
      'row 4, Monitoring visits: "june-2019" is not a monitoring visit of this council: use one of "Monitoring visit, April 2019"; "Monitoring visit, January 2019"; "Monitoring visit, October 2019", separated by semicolons',
    ],
    [
      'an objective the plan does not have',
      cell(7, 'Objective', '9.9'),
      'row 7, Objective: "9.9" is not an objective of this plan: use one of 1.1, 1.2,',
    ],
    [
      'the same action twice',
      cell(8, 'Ref', '1.1.1'),
      'row 8, Ref: action 1.1.1 is also on row 2: each action has one row',
    ],
    ['an empty required cell', cell(9, 'Lead', ''), 'row 9, Lead: is empty: every action needs it'],
    [
      'a missing column',
      rows.map((r) => r.filter((_, i) => i !== rows[0]!.indexOf('RAG'))),
      'row 1: the header row lacks the column "RAG"; export a fresh sheet to see the expected columns',
    ],
  ])('%s', async (_, sheet, message) => {
    const result = importSheet(sheet, bundledFiles, roots, options);
    expect(result.files).toBeUndefined();
    expect(result.errors.map(formatSheetError).join('\n')).toContain(message);
    const before = listing();
    const file = join(dir, 'bad.csv');
    writeFileSync(file, await writeSheet(sheet, 'csv'));
    const cli = run('import', [file, '--plan', 'torbay/improvement-plan', '--version', 'v2'], dir);
    expect(cli.status).toBe(1);
    expect(cli.out).toContain('nothing was written');
    expect(cli.out).toContain(message);
    expect(listing()).toEqual(before);
  });
});

describe('scaffolding', () => {
  it('writes a valid statement, says what it created, and refuses to overwrite', () => {
    const first = run('new', ['statement', 'torbay', 'Monitoring visit letter published', '--date', '2019-11-05'], dir);
    expect(first.status).toBe(0);
    const path = join(dir, 'content/statements/torbay/monitoring-visit-letter-published-2019-11-05.mdx');
    expect(first.out).toContain(`Created ${path}`);
    // As scaffolded, its example texts are refused, each by field.
    const refused = run('check', [], dir);
    expect(refused.status).toBe(1);
    for (const field of ['summary', 'keyActions[0].text', 'questions[0].question', 'questions[0].answer[0]']) {
      expect(refused.out).toMatch(
        new RegExp(
          `monitoring-visit-letter-published-2019-11-05\\.mdx: ${field.replace(/[[\].]/g, '\\$&')}: ".*" is the template's example text`,
        ),
      );
    }
    const text = readFileSync(path, 'utf8')
      .replace(templateText.summary, 'The letter from the April visit is published.')
      .replace(templateText.keyAction, 'The letter was shared with the Improvement Board.')
      .replace(templateText.question, 'Where can I read it?')
      .replace(templateText.answer, 'On the council website.');
    writeFileSync(path, text);
    expect(run('check', [], dir).out).toContain(
      `.mdx: body: ${JSON.stringify(templateText.body)} is the template's example text`,
    );
    writeFileSync(path, text.replace(templateText.body, 'The letter is published today.'));
    const check = run('check', [], dir);
    expect(check.out).toContain('2 statements');
    const { content } = parseContent(readSources({ content: join(dir, 'content'), data: join(dir, 'data') }));
    const statement = buildGraph(content).statements.get('torbay/monitoring-visit-letter-published-2019-11-05')!;
    expect(statement.data).toMatchObject({
      title: 'Monitoring visit letter published',
      date: '2019-11-05',
      signatories: ['Torbay Council'],
    });
    expect(statement.data.questions).toHaveLength(1);
    const again = run('new', ['statement', 'torbay', 'Monitoring visit letter published', '--date', '2019-11-05'], dir);
    expect(again.status).toBe(1);
    expect(again.out).toContain('already exists: nothing was written');
    rmSync(path);
  });

  it('asks for the date instead of assuming today', () => {
    const made = run('new', ['statement', 'torbay', 'Undated statement'], dir);
    expect(made.status).toBe(1);
    expect(made.out).toContain("Give the statement's date of publication");
    expect(run('new', ['statement', 'torbay', 'Undated statement', '--date', '5/11/2019'], dir).out).toContain(
      'is not a date',
    );
    expect(readdirSync(join(dir, 'content/statements/torbay'))).toEqual(['pr5220-2016-01-05.mdx']);
  });

  it('starts the next plan version from the latest one', () => {
    const made = run('new', ['plan-version', 'torbay/improvement-plan', '--published', '2019-12'], dir);
    expect(made.status).toBe(0);
    expect(made.out).toContain('Created');
    const base = join(dir, 'content/plan-versions/torbay/improvement-plan');
    expect(existsSync(join(base, 'v2.mdx')) && existsSync(join(base, 'v2.json'))).toBe(true);
    expect(readFileSync(join(base, 'v2.mdx'), 'utf8')).toContain('"label": "Version 2"');
    expect(run('check', [], dir).out).toContain('2 plan versions (72 actions)');
    rmSync(join(base, 'v2.mdx'));
    rmSync(join(base, 'v2.json'));
  });

  it('names new files predictably', () => {
    expect(slugify('Ofsted monitoring visit, May 2020: letter')).toBe('ofsted-monitoring-visit-may-2020-letter');
    expect(nextVersionId(['v1', 'v2', 'v10'])).toBe('v11');
  });
});

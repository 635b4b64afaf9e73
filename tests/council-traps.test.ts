// The traps a council's team met on the way to its own tracker: every command ends in an author's
// message (never a stack trace), the imports take the same options, a first version's sheet needs only
// the columns that make an action, and a scaffold never pre-fills a fact the source may not give.
// Runs on copies of tests/fixtures/other-councils.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeScaffold } from '../src/lib/content/scaffold.ts';
import { importSheet } from '../src/lib/spreadsheets/plan-sheets.ts';
import {
  columns,
  firstVersionColumns,
  firstVersionOptionalColumns,
  formatSheetError,
} from '../src/lib/spreadsheets/spreadsheet.ts';
import { otherFiles, otherRoots, westshireFirstAction } from './helpers.ts';

const node = 'node_modules/.bin/node';
let work: string;
const run = (script: string, args: string[]) =>
  spawnSync(node, [`scripts/${script}.ts`, ...args, '--content', join(work, 'content'), '--data', join(work, 'data')], {
    encoding: 'utf8',
    cwd: process.cwd(),
  });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'traps-'));
  cpSync(otherRoots.content, join(work, 'content'), { recursive: true });
  cpSync(otherRoots.data, join(work, 'data'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run new -- notice', () => {
  it("pre-fills no title or issuer: both are the notice's own words, to fill or mark as not given", () => {
    const data = JSON.parse(noticeScaffold('westshire', 'notice-2025', '2025-03', undefined).text);
    expect(data.issuedBy).toMatch(/^EDIT: /);
    expect(data.title).toMatch(/^EDIT: /);
    expect(JSON.stringify(data)).not.toContain('Department for Education');
  });
});

describe('npm run export while another document still holds scaffold text', () => {
  it("ends in the check's own messages and what to do, never a stack trace, and writes nothing", () => {
    const plan = readFileSync(join(otherRoots.content, 'plans/eastborough/improvement-plan.json'), 'utf8');
    expect(plan).toBeTruthy();
    expect(run('new', ['notice', 'eastborough', 'notice-2026', '--issued', '2026-01']).status).toBe(0);
    const out = join(work, 'plan.csv');
    const exported = run('export', ['eastborough/improvement-plan', '--format', 'csv', '--out', out]);
    expect(exported.status).toBe(1);
    expect(exported.stderr).toContain(
      'notices/eastborough/notice-2026.json: issuedBy: still has the text npm run new put there',
    );
    expect(exported.stderr).toContain('then export again. Nothing was written.');
    expect(exported.stderr).not.toMatch(/\n\s+at |ContentError/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('npm run import of a sheet', () => {
  it('takes --yes, as the Word and PDF imports do', () => {
    const result = run('import', ['missing.csv', '--plan', 'eastborough/improvement-plan', '--version', 'v9', '--yes']);
    expect(result.stderr).not.toContain("Unknown option '--yes'");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('starts a first version from a sheet with only the columns that make an action', () => {
    const header = [...columns.filter((c) => !firstVersionOptionalColumns.includes(c)), ...firstVersionColumns];
    expect(header).not.toContain('RAG');
    const row = (cells: Record<string, string>) => header.map((h) => cells[h] ?? '');
    const sheet = [header, row(westshireFirstAction)];
    const result = importSheet(sheet, otherFiles, otherRoots, {
      planKey: 'westshire/improvement-plan',
      version: 'v1',
      label: 'Version 1',
      published: '2015-09',
      first: {
        title: 'Westshire Improvement Plan',
        inspection: 'ofsted-2015',
        source: 'Westshire Improvement Plan (test fixture)',
      },
    });
    expect(result.errors.map(formatSheetError)).toEqual([]);
    expect(result.files!.map((f) => f.path)).toContain('plan-versions/westshire/improvement-plan/v1.json');
  });
});

import { describe, expect, it } from 'vitest';
import { parseContent } from '../../../src/lib/content/parse-content.ts';
import { outlineOf } from '../../../src/lib/publishing/plan-downloads.ts';
import { importSheet, latestVersionEntry, sheetContext } from '../../../src/lib/spreadsheets/plan-sheets.ts';
import { outlineToRows } from '../../../src/lib/spreadsheets/spreadsheet.ts';
import { threeFiles, threeGraph, threeRoots } from '../fixtures.ts';

const v3 = threeGraph().plans.get('fixture/plan')!.latest;
// The next version's sheet: v3's rows, without the renumbering v3 records against v2.
const rows = outlineToRows(outlineOf(v3), {
  ratings: v3.data.ratingScale!.ratings,
  roles: v3.plan.authority.data.roles,
}).map((row, i, all) => (i === 0 ? row : row.map((cell, c) => (all[0]![c] === 'Previous ref' ? '' : cell))));
const options = { planKey: 'fixture/plan', version: 'v4', label: 'Version 4', published: '2020-07' };

describe('a sheet becomes the next plan version, checked with the whole content', () => {
  it("finds a plan's latest version by date", () => {
    const { content } = parseContent(threeFiles, threeRoots);
    expect(latestVersionEntry(content, 'fixture/plan')?.id).toBe('fixture/plan/v3');
    expect(latestVersionEntry(content, 'fixture/pla')).toBeUndefined();
    const context = sheetContext(content, 'fixture/plan', latestVersionEntry(content, 'fixture/plan')!);
    expect(context.ratings.map((r) => r.id)).toEqual(['green', 'amber', 'red']);
    expect(context.roles.map((r) => r.id)).toEqual(['dcs', 'hos']);
  });

  it('returns both files of a valid sheet, and the new version reads as the latest', () => {
    const result = importSheet(rows, threeFiles, threeRoots, options);
    expect(result.errors).toEqual([]);
    expect(result.files!.map((f) => f.path)).toEqual([
      'plan-versions/fixture/plan/v4.mdx',
      'plan-versions/fixture/plan/v4.json',
    ]);
    const { content, problems } = parseContent([...threeFiles, ...result.files!], threeRoots);
    expect(problems).toEqual([]);
    expect(latestVersionEntry(content, 'fixture/plan')?.data.label).toBe('Version 4');
  });

  it('refuses an existing version, and a half-written one, saying what to do', () => {
    expect(importSheet(rows, threeFiles, threeRoots, { ...options, version: 'v3' }).errors).toEqual([
      { row: 0, message: 'version "v3" of fixture/plan already exists: choose a new version id' },
    ]);
    const half = [
      ...threeFiles,
      {
        root: 'content' as const,
        path: 'plan-versions/fixture/plan/v4.json',
        text: threeFiles.find((f) => f.path.endsWith('v3.json'))!.text,
      },
    ];
    expect(importSheet(rows, half, threeRoots, options).errors[0]!.message).toBe(
      'tests/fixtures/three-versions/content/plan-versions/fixture/plan/v4.json exists without v4.mdx, so an earlier import or copy was not finished: delete tests/fixtures/three-versions/content/plan-versions/fixture/plan/v4.json and import again',
    );
  });

  it('maps a problem the whole-content check finds back to the sheet row', () => {
    const edited = rows.map((r) => [...r]);
    edited[1]![rows[0]!.indexOf('Paragraphs')] = '999';
    const result = importSheet(edited, threeFiles, threeRoots, options);
    expect(result.files).toBeUndefined();
    expect(result.errors.some((e) => e.row === 2)).toBe(true);
  });
});

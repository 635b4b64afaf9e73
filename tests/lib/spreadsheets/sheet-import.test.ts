import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../src/lib/publishing/plan-downloads.ts';
import { importSpreadsheet, sheetExtensions } from '../../../src/lib/spreadsheets/sheet-import.ts';
import { outlineToRows } from '../../../src/lib/spreadsheets/spreadsheet.ts';
import { threeGraph, threeRoots } from '../fixtures.ts';

const v3 = threeGraph().plans.get('fixture/plan')!.latest;
// The next version's sheet: v3's rows, without the renumbering v3 records against v2.
const rows = outlineToRows(outlineOf(v3), {
  ratings: v3.data.ratingScale!.ratings,
  roles: v3.plan.authority.data.roles,
}).map((row, i, all) => (i === 0 ? row : row.map((cell, c) => (all[0]![c] === 'Previous ref' ? '' : cell))));
const csv = (table: string[][]) => table.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');

function site() {
  const dir = mkdtempSync(join(tmpdir(), 'sheet-import-'));
  cpSync(threeRoots.content, join(dir, 'content'), { recursive: true });
  cpSync(threeRoots.data, join(dir, 'data'), { recursive: true });
  return { dir, roots: { content: join(dir, 'content'), data: join(dir, 'data') } };
}

describe('npm run import for spreadsheets', () => {
  it('reads .xlsx and .csv only', async () => {
    expect(sheetExtensions).toEqual(['.xlsx', '.csv']);
    const { roots } = site();
    const outcome = await importSpreadsheet({ file: 'plan.ods', planKey: 'fixture/plan', version: 'v4', roots });
    expect(outcome).toEqual({ ok: false, lines: ['plan.ods: the file must end in .xlsx or .csv'], written: [] });
  });

  it('writes both files of the next version and says what it did', async () => {
    const { dir, roots } = site();
    const file = join(dir, 'plan.csv');
    writeFileSync(file, csv(rows));
    const outcome = await importSpreadsheet({
      file,
      planKey: 'fixture/plan',
      version: 'v4',
      published: '2020-07',
      roots,
    });
    expect(outcome.ok).toBe(true);
    expect(outcome.written.map((p) => p.slice(dir.length))).toEqual([
      '/content/plan-versions/fixture/plan/v4.mdx',
      '/content/plan-versions/fixture/plan/v4.json',
    ]);
    expect(outcome.lines.at(-1)).toBe(
      'Imported 4 rows as Version 4 (2020-07) of fixture/plan. Run npm run build to publish it.',
    );
    expect(readFileSync(outcome.written[0]!, 'utf8')).toContain('"Version 4"');
  });

  it('writes nothing when a cell is wrong, and lists every problem by row and column', async () => {
    const { dir, roots } = site();
    const edited = rows.map((r) => [...r]);
    edited[2]![rows[0]!.indexOf('RAG')] = 'Purple';
    const file = join(dir, 'plan.csv');
    writeFileSync(file, csv(edited));
    const outcome = await importSpreadsheet({
      file,
      planKey: 'fixture/plan',
      version: 'v4',
      published: '2020-07',
      roots,
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.written).toEqual([]);
    expect(outcome.lines[0]).toBe(`${file}: nothing was written, because the sheet has 1 problem:`);
    expect(outcome.lines[1]).toMatch(/^  ✗ row 3, RAG: /);
    expect(existsSync(join(roots.content, 'plan-versions/fixture/plan/v4.json'))).toBe(false);
  });

  it('refuses bad arguments and missing files in the words of the command line', async () => {
    const { dir, roots } = site();
    const file = join(dir, 'plan.csv');
    writeFileSync(file, csv(rows));
    const run = (extra: object) => importSpreadsheet({ file, planKey: 'fixture/plan', version: 'v4', roots, ...extra });
    expect((await run({ planKey: 'fixture' })).lines).toEqual([
      '--plan must be <authority>/<plan>, e.g. torbay/improvement-plan',
    ]);
    expect((await run({ version: 'Version 4' })).lines[0]).toMatch(/^--version /);
    expect((await run({ published: 'July 2020' })).lines).toEqual([
      '--published "July 2020" is not a date: write YYYY-MM (e.g. 2020-01), YYYY-MM-DD or YYYY',
    ]);
    expect((await run({ file: join(dir, 'missing.csv') })).lines).toEqual([
      `${join(dir, 'missing.csv')}: nothing was written: there is no such file (check the name and the folder you are in)`,
    ]);
  });
});

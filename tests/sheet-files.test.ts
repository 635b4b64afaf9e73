import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { sheetDateOf, versionRows } from '../src/lib/plan-downloads.ts';
import { readSheet, writeSheet } from '../src/lib/sheet-files.ts';
import { bundledGraph } from './helpers.ts';

const version = bundledGraph().plans.get('torbay/improvement-plan')!.latest;
const rows = versionRows(version);
const date = sheetDateOf(version);

describe('a plan version as an Excel workbook', () => {
  it('is the same bytes every time it is written, whatever the clock says', async () => {
    const first = await writeSheet(rows, 'xlsx', 'Actions', date);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // past a zip timestamp's 2-second step
    const second = await writeSheet(rows, 'xlsx', 'Actions', date);
    expect(second.equals(first)).toBe(true);
    const zip = await JSZip.loadAsync(first);
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe('2019-10-01T00:00:00.000Z');
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('2019-10-01T00:00:00Z');
  }, 15_000);

  it('has the same rows and columns as the CSV', async () => {
    const xlsx = await readSheet(await writeSheet(rows, 'xlsx', 'Actions', date), 'xlsx');
    const csv = await readSheet(await writeSheet(rows, 'csv'), 'csv');
    expect(xlsx[0]).toEqual(csv[0]);
    expect(xlsx).toEqual(csv);
    expect(xlsx.length).toBe(37);
  });

  it('writes every cell as text, so a cell that looks like a formula never runs', async () => {
    const risky = [['Ref', 'Notes'], ['1.1.1', '=HYPERLINK("http://example.org","x")'], ['1.1.2', '+1+2']];
    const zip = await JSZip.loadAsync(await writeSheet(risky, 'xlsx'));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).not.toContain('<f>');
    expect(sheet).toMatch(/<c r="B2"[^>]* t="s"/);
    expect(await zip.file('xl/styles.xml')!.async('string')).toMatch(/numFmtId="49"/);
    expect((await readSheet(await writeSheet(risky, 'xlsx'), 'xlsx'))[1]).toEqual(risky[1]);
  });

});

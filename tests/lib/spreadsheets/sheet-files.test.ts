import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetDateOf, versionRows } from '../../../src/lib/publishing/plan-downloads.ts';
import { csvOf, neutraliseCell, readSheet, writeSheet } from '../../../src/lib/spreadsheets/sheet-files.ts';
import { bundledGraph } from '../fixtures.ts';

// writeSheet has exceljs store a workbook's parts uncompressed and compresses them once, when it
// re-dates them (issue 15's build cost). The file must be the one exceljs's own compressed zip,
// re-dated the same way, gives: same parts, same order, same bytes.
describe('writeSheet (xlsx)', () => {
  const rows = [
    ['Ref', 'Action', 'By when'],
    ...Array.from({ length: 30 }, (_, i) => [`1.${i}`, `Managers audit case file ${i} each month.`, 'March 2020']),
  ];
  const date = new Date('2019-10-01T00:00:00Z');

  it('writes the same bytes as re-dating exceljs’s default, compressed zip', async () => {
    const compressed = await (async () => {
      const written = await writeSheet(rows, 'xlsx', 'Actions', date);
      // Rebuild from the written workbook's own parts as exceljs compresses them by default.
      const parts = await JSZip.loadAsync(written);
      const again = new JSZip();
      for (const entry of Object.values(parts.files)) {
        if (!entry.dir) again.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
      }
      const deflated = await again.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
      const redated = new JSZip();
      for (const entry of Object.values((await JSZip.loadAsync(deflated)).files)) {
        if (!entry.dir) redated.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
      }
      return {
        written,
        expected: await redated.generateAsync({
          type: 'nodebuffer',
          compression: 'DEFLATE',
          compressionOptions: { level: 6 },
        }),
      };
    })();
    expect(Buffer.compare(compressed.written, compressed.expected)).toBe(0);
    expect(Buffer.compare(await writeSheet(rows, 'xlsx', 'Actions', date), compressed.written)).toBe(0);
  });

  it('compresses every part (none is left stored)', async () => {
    const zip = await JSZip.loadAsync(await writeSheet(rows, 'xlsx', 'Actions', date));
    const methods = Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => (f as unknown as { _data: { compression: { magic: string } } })._data.compression.magic);
    expect(methods.length).toBeGreaterThan(3);
    expect(methods.every((m) => m === '\x08\x00')).toBe(true);
  });
});

/**
 * The CSV exceljs writes with CRLF between rows (RFC 4180), and with a byte-order mark when `bom` is
 * set (what the site published before the build stopped loading exceljs for CSV, in RFC 4180's form).
 */
async function exceljsCsv(rows: string[][], bom = false): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Actions');
  // The site neutralises formula cells (issue 10) before quoting them exactly as exceljs does.
  for (const row of rows) sheet.addRow(row.map(neutraliseCell));
  return Buffer.from(
    (await workbook.csv.writeBuffer({
      formatterOptions: { quoteColumns: true, rowDelimiter: '\r\n', writeBOM: bom },
    })) as ArrayBuffer,
  ).toString('utf8');
}

describe('CSV files', () => {
  it('are byte for byte what exceljs writes, for awkward text', async () => {
    const rows = [
      ['Ref', 'Text', 'Lead'],
      ['1.1.1', 'Says "quoted", with, commas', ''],
      ['1.1.2', 'Two\nlines and a\r\nCRLF', 'DCS'],
      ['1.1.3', '', 'Unicode – “curly” £ é'],
      ['1.1.4', 'ends with a quote"', '=SUM(A1)'],
    ];
    expect(csvOf(rows)).toBe(await exceljsCsv(rows));
    expect((await writeSheet(rows, 'csv')).toString('utf8')).toBe(await exceljsCsv(rows, true));
  });

  it('start with a byte-order mark and end each row with CRLF, so Excel on Windows reads "–" as written', async () => {
    const file = await writeSheet(
      [
        ['Ref', 'Timescale'],
        ['1.1.1', 'April – May 2020'],
      ],
      'csv',
    );
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.toString('utf8')).toBe('\uFEFF"Ref","Timescale"\r\n"1.1.1","April – May 2020"');
    expect(await readSheet(file, 'csv')).toEqual([
      ['Ref', 'Timescale'],
      ['1.1.1', 'April – May 2020'],
    ]);
  });

  it('are byte for byte what exceljs writes, for every bundled plan version', async () => {
    const graph = bundledGraph();
    expect(graph.planVersions.size).toBeGreaterThan(0);
    for (const version of graph.planVersions.values()) {
      const rows = versionRows(version);
      expect(csvOf(rows)).toBe(await exceljsCsv(rows));
    }
  });
});

const bundledVersion = bundledGraph().plans.get('torbay/improvement-plan')!.latest;
const bundledRows = versionRows(bundledVersion);
const date = sheetDateOf(bundledVersion);

describe('a plan version as an Excel workbook', () => {
  it('is the same bytes every time it is written, whatever the clock says', async () => {
    const first = await writeSheet(bundledRows, 'xlsx', 'Actions', date);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // past a zip timestamp's 2-second step
    const second = await writeSheet(bundledRows, 'xlsx', 'Actions', date);
    expect(second.equals(first)).toBe(true);
    const zip = await JSZip.loadAsync(first);
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe('2019-10-01T00:00:00.000Z');
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('2019-10-01T00:00:00Z');
  }, 15_000);

  it("carries the plan version's title as the document's title", async () => {
    const zip = await JSZip.loadAsync(await writeSheet(bundledRows, 'xlsx', 'Actions', date, 'A plan, Version 1'));
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:title>A plan, Version 1</dc:title>');
  });

  it('has the same rows and columns as the CSV', async () => {
    const xlsx = await readSheet(await writeSheet(bundledRows, 'xlsx', 'Actions', date), 'xlsx');
    const csv = await readSheet(await writeSheet(bundledRows, 'csv'), 'csv');
    expect(xlsx[0]).toEqual(csv[0]);
    expect(xlsx).toEqual(csv);
    expect(xlsx.length).toBe(37);
  });

  it('writes every cell as text, so a cell that looks like a formula never runs', async () => {
    const risky = [
      ['Ref', 'Notes'],
      ['1.1.1', '=HYPERLINK("http://example.org","x")'],
      ['1.1.2', '+1+2'],
    ];
    const zip = await JSZip.loadAsync(await writeSheet(risky, 'xlsx'));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).not.toContain('<f>');
    expect(sheet).toMatch(/<c r="B2"[^>]* t="s"/);
    expect(await zip.file('xl/styles.xml')!.async('string')).toMatch(/numFmtId="49"/);
    expect((await readSheet(await writeSheet(risky, 'xlsx'), 'xlsx'))[1]).toEqual(risky[1]);
  });
});

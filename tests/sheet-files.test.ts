import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvOf, writeSheet } from '../src/lib/sheet-files.ts';
import { versionRows } from '../src/lib/plan-downloads.ts';
import { buildGraph } from '../src/lib/graph.ts';
import { parseContent } from '../src/lib/parse-content.ts';
import { readSources } from '../scripts/read-content.ts';

/** The CSV exceljs writes (what the site published before the build stopped loading exceljs for CSV). */
async function exceljsCsv(rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Actions');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from((await workbook.csv.writeBuffer({ formatterOptions: { quoteColumns: true } })) as ArrayBuffer).toString('utf8');
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
    expect((await writeSheet(rows, 'csv')).toString('utf8')).toBe(await exceljsCsv(rows));
  });

  it('are byte for byte what exceljs writes, for every bundled plan version', async () => {
    const graph = buildGraph(parseContent(readSources({ content: 'src/content', data: 'data' })).content);
    expect(graph.planVersions.size).toBeGreaterThan(0);
    for (const version of graph.planVersions.values()) {
      const rows = versionRows(version);
      expect(csvOf(rows)).toBe(await exceljsCsv(rows));
    }
  });
});

import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Readable } from 'node:stream';

/** exceljs, loaded only for xlsx and for reading: a CSV is written without it (loading it costs the build a quarter of a second). */
const excel = async () => (await import('exceljs')).default;

/** A spreadsheet's file format. */
export type SheetFormat = 'xlsx' | 'csv';

/** Reads a spreadsheet's text as a reader sees it: formulas by result, rich text as plain text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

/** The date an XLSX file records for itself and its parts when none is given: fixed, never the clock. */
export const DEFAULT_SHEET_DATE = new Date('2000-01-01T00:00:00Z');

function workbookOf(Excel: typeof ExcelJS, rows: readonly (readonly string[])[], sheetName: string, date: Date): ExcelJS.Workbook {
  const workbook = new Excel.Workbook();
  workbook.creator = 'Improvement Tracker';
  workbook.lastModifiedBy = 'Improvement Tracker';
  workbook.created = date;
  workbook.modified = date;
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => {
    column.width = 24;
    column.alignment = { wrapText: true, vertical: 'top' };
    // Text format: a cell that starts with "=" stays words when edited, never a formula.
    column.numFmt = '@';
  });
  return workbook;
}

/**
 * Re-packs an XLSX file's zip with every part dated `date`, in the same order and compression,
 * so the same rows always make the same bytes (exceljs stamps each part with the clock).
 */
async function withFixedDates(xlsx: Uint8Array, date: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(xlsx);
  const fixed = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    fixed.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return fixed.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * Writes rows as a spreadsheet file (the first row is the header), every cell as text. An XLSX
 * file records `date` as its creation date and its parts' dates, so it is the same bytes every
 * time: pass the date the content is from.
 */
export async function writeSheet(
  rows: readonly (readonly string[])[], format: SheetFormat, sheetName = 'Actions', date = DEFAULT_SHEET_DATE,
): Promise<Buffer> {
  if (format === 'csv') return Buffer.from(csvOf(rows));
  const workbook = workbookOf(await excel(), rows, sheetName, date);
  return withFixedDates(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer), date);
}

/**
 * Rows as CSV, byte for byte as exceljs writes them with every column quoted (tests/sheet-files.test.ts
 * compares the two): fields in double quotes, quotes doubled, NUL characters dropped, rows joined by
 * a line feed with none after the last.
 */
export function csvOf(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((field) => `"${field.replace(/\0/g, '').replace(/"/g, '""')}"`).join(',')).join('\n');
}

/** Reads the first sheet of a spreadsheet file into rows of text, every cell as written. */
export async function readSheet(data: Buffer, format: SheetFormat): Promise<string[][]> {
  const workbook = new (await excel()).Workbook();
  const sheet = format === 'xlsx'
    ? (await workbook.xlsx.load(data as unknown as ArrayBuffer), workbook.worksheets[0])
    : await workbook.csv.read(Readable.from([data]), { map: (value: unknown) => value, parserOptions: {} });
  if (!sheet) return [];
  const width = sheet.columnCount;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
  });
  return Array.from(rows, (row) => row ?? []);
}

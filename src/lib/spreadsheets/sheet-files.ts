// Spreadsheet files ⇄ rows of text. Every cell is read exactly or reported: typed Excel dates,
// fractional numbers, formulas, links and errors are refused by row and column; other encodings and
// separators are converted and said so; limits are checked before anything is inflated. CSV cells
// that a spreadsheet program would run as a formula are neutralised on the way out and restored on
// the way in, so the round trip stays exact.
import type ExcelJS from 'exceljs';
import { decodeUtf8, invisibleCharacter } from '../content/source-text.ts';
import type { SheetError } from './spreadsheet.ts';
import { zipProblem } from './zip-limits.ts';
import JSZip from 'jszip';

/**
 * exceljs's Workbook, loaded only for xlsx: a CSV is read and written without it. Its own module rather
 * than the package's entry, which also loads exceljs's streaming reader and writer (unzipper, archiver
 * and their dependencies) that nothing here uses: 0.13 s to load instead of 0.32 s.
 */
const excel = async (): Promise<typeof ExcelJS.Workbook> => (await import('exceljs/lib/doc/workbook.js')).default;

/** A spreadsheet's file format. */
export type SheetFormat = 'xlsx' | 'csv';

/** What a plan sheet may be: generous for any real plan, far below what would exhaust memory. */
export const sheetLimits = {
  /** Bytes of the file itself. */
  maxFileBytes: 5_000_000,
  /** Bytes an .xlsx may unpack to, checked before it is read. */
  maxUncompressedBytes: 20_000_000,
  /** Parts inside an .xlsx. */
  maxEntries: 200,
  /** Rows, header included. */
  maxRows: 5_000,
  /** Columns. */
  maxColumns: 60,
  /** Characters in one cell (Excel's own limit). */
  maxCellLength: 32_767,
  /** Characters in all cells together (shared strings can repeat one long cell many times). */
  maxTotalText: 10_000_000,
} as const;

/** A sheet as read: its rows, conversions made (to tell the person importing), and cells that could not be read. */
export interface SheetRead {
  rows: string[][];
  notes: string[];
  errors: SheetError[];
}

// ---------------------------------------------------------------------------------------------
// Formula neutralisation (OWASP "CSV injection"): a cell starting with = + - @ tab or CR is run as
// a formula by spreadsheet programs. On export such a cell gets a leading apostrophe (which Excel
// shows as text); so that the round trip stays exact, a cell already starting with apostrophes
// followed by one of those characters gets one more. On import exactly one is removed.

const trigger = /^'*[=+\-@\t\r]/;

/** A CSV cell as written: neutralised if a spreadsheet program would run it as a formula. */
export function neutraliseCell(value: string): string {
  return trigger.test(value) ? `'${value}` : value;
}

/** A CSV cell as read: the neutralising apostrophe removed. */
export function restoreCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * Rows as CSV (RFC 4180), quoted as exceljs writes them with every column quoted and CRLF between
 * rows (tests/lib/spreadsheets/sheet-files.test.ts compares the two): fields in double quotes, quotes doubled, NUL
 * characters dropped, rows joined by CRLF with none after the last; and every cell a spreadsheet would
 * run as a formula neutralised. Line breaks inside a cell stay as written (a quoted field may hold any).
 */
export function csvOf(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) => row.map((cell) => `"${neutraliseCell(cell.replace(/\0/g, '')).replace(/"/g, '""')}"`).join(','))
    .join('\r\n');
}

/**
 * The byte-order mark a CSV file starts with: without it Excel on Windows reads UTF-8 as its own
 * code page and shows "–" as "â€“". The import reads it and leaves it out (decodeUtf8).
 */
export const UTF8_BOM = '\uFEFF';

/** The same as csvOf. */
export const writeCsv = csvOf;

const separatorNames: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };

/** The separator of a CSV text, from its first line (outside quotes). */
function detectSeparator(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]!++;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] === ',' ? -1 : 1))[0]![0];
}

/** Parses CSV (RFC 4180) into rows, reporting malformed quoting by row. */
function parseCsv(text: string, separator: string, errors: SheetError[]): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quotedCell = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
    quotedCell = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && cell === '' && !quotedCell) {
      quotedCell = true;
      i++;
      let closed = false;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        cell += text[i];
        i++;
      }
      if (!closed) {
        errors.push({
          row: rows.length + 1,
          message:
            'a cell opens a double quote that never closes, so the rest of the file would run into it: check the quotes in this row',
        });
        return rows;
      }
      if (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
        errors.push({
          row: rows.length + 1,
          message: `a quoted cell is followed by text before the next separator (${JSON.stringify(text.slice(i, i + 20))}): check the quotes in this row`,
        });
        while (i < text.length && text[i] !== separator && text[i] !== '\n') cell += text[i++];
      }
      continue;
    }
    if (c === separator) endCell();
    else if (c === '\n' || c === '\r') {
      endRow();
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length > 0 || quotedCell) endRow();
  return rows;
}

function readCsv(data: Buffer, notes: string[], errors: SheetError[]): string[][] {
  const decoded = decodeUtf8(data);
  let text: string;
  if (decoded.ok) text = decoded.text;
  else if (
    decoded.windows1252 !== undefined &&
    /[\u00C2-\u00DF][\u0080-\u00BF](?![\u0080-\u00BF])|[\u00E0-\u00EF][\u0080-\u00BF]{2}(?![\u0080-\u00BF])|[\u00F0-\u00F4][\u0080-\u00BF]{3}/.test(
      data.toString('latin1'),
    )
  ) {
    // Mostly UTF-8 with a damaged byte: reading it all as Windows-1252 would garble every accent.
    errors.push({
      row: decoded.line ?? 0,
      message:
        'the file is UTF-8 but has a damaged character on this line (reading it another way would garble every accented letter): retype the accented letters and curly quotes on this line, then save as "CSV UTF-8"',
    });
    return [];
  } else if (decoded.windows1252 !== undefined) {
    text = decoded.windows1252;
    notes.push(
      'The file is not UTF-8; it was read as Windows-1252 (what Excel on Windows saves as "CSV (Comma delimited)"). Check that accented letters and curly quotes came through, and next time save as "CSV UTF-8".',
    );
  } else {
    errors.push({
      row: decoded.line ?? 0,
      message: `the file ${decoded.message.replace(/^is /, 'is ')}: save it from your spreadsheet program as "CSV UTF-8"`,
    });
    return [];
  }
  const separator = detectSeparator(text);
  if (separator !== ',')
    notes.push(
      `The cells are separated by ${separatorNames[separator]}, not commas (as Excel saves CSV in some regional settings); it was read that way.`,
    );
  const rows = parseCsv(text, separator, errors);
  const width = rows[0]?.length ?? 0;
  rows.forEach((row, index) => {
    const empty = row.every((c) => c.trim() === '');
    if (index > 0 && !empty && row.length !== width) {
      errors.push({
        row: index + 1,
        message: `has ${row.length} cells but the header has ${width}: a cell may have lost its quotes, or the row was cut short or run together with the next. Open the file in a spreadsheet program and check this row`,
      });
    }
  });
  return rows.map((row) => row.map(restoreCell));
}

// ---------------------------------------------------------------------------------------------
// xlsx

const columnLetter = (n: number): string =>
  n <= 0 ? '' : columnLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

/** One cell's text, or why it cannot be read exactly. */
function cellText(value: ExcelJS.CellValue): { text: string } | { problem: string } {
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) {
    return {
      problem: `Excel stored this cell as a date (${value.toISOString().slice(0, 10)}), so the words typed are lost: format the cell as Text and type it as the plan words it, e.g. "31st December 2019"`,
    };
  }
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return { text: String(value) };
    return {
      problem: `Excel stored this cell as the number ${value}, which may not be what was typed ("1.10" shows as 1.1): format the cell as Text and type it again`,
    };
  }
  if (typeof value === 'boolean')
    return { problem: `Excel stored this cell as ${value ? 'TRUE' : 'FALSE'}: type "Yes" or leave it blank` };
  if (typeof value === 'string') return { text: value };
  if ('formula' in value || 'sharedFormula' in value) {
    return { problem: 'this cell is a formula: type its words instead (copy the cell, then Paste Special → Values)' };
  }
  if ('error' in value)
    return {
      problem: `this cell shows the Excel error ${String((value as { error: unknown }).error)}: type its words instead`,
    };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('hyperlink' in value) {
    return {
      problem: `this cell is a link to ${JSON.stringify(value.hyperlink)}, which the plan cannot keep: remove the link (keep its words), or type the address into the text`,
    };
  }
  return {
    problem: 'this cell holds something other than text (a picture, a checkbox or an object): type its words instead',
  };
}

async function readXlsx(data: Buffer, errors: SheetError[]): Promise<string[][]> {
  const problem = zipProblem(data, sheetLimits);
  if (problem) {
    errors.push({ row: 0, message: `the file ${problem}` });
    return [];
  }
  const workbook = new (await excel())();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    errors.push({
      row: 0,
      message:
        'the file is not an Excel workbook (.xlsx), or it is damaged: open it in Excel and save it again as "Excel Workbook (.xlsx)"',
    });
    return [];
  }
  const [sheet, ...others] = workbook.worksheets;
  for (const other of others) {
    if (other.actualRowCount > 0)
      errors.push({
        row: 0,
        message: `the workbook has another sheet, "${other.name}", with content; only the first sheet is read, so that content would be lost: move it into the plan's sheet or delete the other sheet`,
      });
  }
  if (!sheet) return [];
  if (sheet.rowCount > sheetLimits.maxRows || sheet.columnCount > sheetLimits.maxColumns) {
    errors.push({
      row: 0,
      message: `the sheet reaches row ${sheet.rowCount} and column ${columnLetter(sheet.columnCount)}; a plan sheet has at most ${sheetLimits.maxRows} rows and ${sheetLimits.maxColumns} columns. Delete the empty rows and columns beyond the plan (select them, then Delete) and save`,
    });
    return [];
  }
  const width = sheet.columnCount;
  const header = Array.from(
    { length: width },
    (_, i) =>
      sheet
        .getRow(1)
        .getCell(i + 1)
        .text?.trim() || columnLetter(i + 1),
  );
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = Array.from({ length: width }, (_, i) => {
      const read = cellText(row.getCell(i + 1).value);
      if ('problem' in read) {
        errors.push({ row: number, column: header[i], message: read.problem });
        return '';
      }
      return read.text;
    });
  });
  return Array.from(rows, (row) => row ?? []);
}

// ---------------------------------------------------------------------------------------------

/** Reads the first sheet of a spreadsheet file: every cell as text, or an error naming its row and column. */
export async function readSheetFile(data: Buffer, format: SheetFormat): Promise<SheetRead> {
  const notes: string[] = [];
  const errors: SheetError[] = [];
  if (data.length > sheetLimits.maxFileBytes) {
    errors.push({
      row: 0,
      message: `the file is ${(data.length / 1_000_000).toFixed(1)} MB; a plan sheet is far smaller (at most ${sheetLimits.maxFileBytes / 1_000_000} MB): save only the plan's sheet, without pictures`,
    });
    return { rows: [], notes, errors };
  }
  const rows = format === 'xlsx' ? await readXlsx(data, errors) : readCsv(data, notes, errors);
  if (rows.length > sheetLimits.maxRows) {
    errors.push({
      row: sheetLimits.maxRows + 1,
      message: `the sheet has ${rows.length} rows; a plan sheet has at most ${sheetLimits.maxRows}`,
    });
    return { rows: [], notes, errors };
  }
  const header = rows[0] ?? [];
  let total = 0;
  rows.forEach((row, r) => {
    if (row.length > sheetLimits.maxColumns && r === 0)
      errors.push({
        row: 1,
        message: `the sheet has ${row.length} columns; a plan sheet has at most ${sheetLimits.maxColumns}`,
      });
    row.forEach((cell, c) => {
      total += cell.length;
      const column = header[c]?.trim() || columnLetter(c + 1);
      if (cell.length > sheetLimits.maxCellLength)
        errors.push({
          row: r + 1,
          column,
          message: `the cell has ${cell.length} characters; a cell holds at most ${sheetLimits.maxCellLength}`,
        });
      const invisible = invisibleCharacter(cell);
      if (invisible)
        errors.push({
          row: r + 1,
          column,
          message: `the cell contains an invisible character (${invisible.code}): delete it and retype the text around it`,
        });
    });
  });
  if (total > sheetLimits.maxTotalText) {
    return {
      rows: [],
      notes,
      errors: [
        {
          row: 0,
          message: `the sheet holds ${total} characters of text, far more than a plan (at most ${sheetLimits.maxTotalText}): check for a cell copied into many rows`,
        },
      ],
    };
  }
  return { rows, notes, errors };
}

/** Reads the first sheet of a spreadsheet file into rows of text; throws if any cell cannot be read exactly. */
export async function readSheet(data: Buffer, format: SheetFormat): Promise<string[][]> {
  const read = await readSheetFile(data, format);
  if (read.errors.length > 0)
    throw new Error(read.errors.map((e) => `row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`).join('\n'));
  return read.rows;
}

/** The date an XLSX file records for itself and its parts when none is given: fixed, never the clock. */
export const DEFAULT_SHEET_DATE = new Date('2000-01-01T00:00:00Z');

function workbookOf(
  Workbook: typeof ExcelJS.Workbook,
  rows: readonly (readonly string[])[],
  sheetName: string,
  date: Date,
  title: string | undefined,
): ExcelJS.Workbook {
  const workbook = new Workbook();
  // The document's title (File → Info in Excel, the title screen readers and catalogues show).
  if (title) workbook.title = title;
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
 * time: pass the date the content is from; and `title` as the document's title.
 */
export async function writeSheet(
  rows: readonly (readonly string[])[],
  format: SheetFormat,
  sheetName = 'Actions',
  date = DEFAULT_SHEET_DATE,
  title?: string,
): Promise<Buffer> {
  if (format === 'csv') return Buffer.from(UTF8_BOM + csvOf(rows));
  const workbook = workbookOf(await excel(), rows, sheetName, date, title);
  // exceljs's zip is only read back by withFixedDates, which compresses every part itself: storing the
  // parts uncompressed there saves a deflate and an inflate per file, and the bytes written are the same.
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return withFixedDates(new Uint8Array(stored as ArrayBuffer), date);
}

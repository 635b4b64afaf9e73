// Issue 10's probes of spreadsheets and outputs: every cell read or reported, limits before
// inflating, formula cells neutralised in every CSV and restored on import, feeds escaped.
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atomFeed } from '../src/lib/publishing/feeds.ts';
import { defaultRoots, parseContent } from '../src/lib/content/parse-content.ts';
import { importSheet } from '../src/lib/spreadsheets/plan-sheets.ts';
import { neutraliseCell, readSheetFile, restoreCell, writeSheet } from '../src/lib/spreadsheets/sheet-files.ts';
import { formatSheetError, outlineToRows } from '../src/lib/spreadsheets/spreadsheet.ts';
import { bundledFiles, bundledGraph, runImport, scratchContent } from './helpers.ts';

/** The folders messages name, as in a council's repository (the files themselves come from the fixture). */
const roots = defaultRoots;
const graph = bundledGraph();
const version = graph.plans.get('torbay/improvement-plan')!.latest;
const outline = parseContent(bundledFiles).content.planOutlines[0]!.data;
const rows = outlineToRows(outline, {
  ratings: version.data.ratingScale?.ratings ?? [],
  roles: version.plan.authority.data.roles,
});
const options = { planKey: 'torbay/improvement-plan', version: 'v2', label: 'Version 2', published: '2020-01' };
const col = (name: string) => rows[0]!.indexOf(name);
const errorsOf = async (data: Buffer, format: 'csv' | 'xlsx') => {
  const read = await readSheetFile(data, format);
  const errors = read.errors.length ? read.errors : (importSheet(read.rows, bundledFiles, roots, options).errors ?? []);
  return errors.map(formatSheetError);
};

/** An .xlsx of the plan's rows, with `edit` applied to the worksheet first. */
async function xlsx(edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Actions');
  for (const row of rows) sheet.addRow([...row]);
  edit(sheet, workbook);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('every cell of a CSV is read or reported', () => {
  it('a short row is an error, not fields silently dropped', async () => {
    const short = rows.map((r, i) => (i === 4 ? r.slice(0, 10) : r));
    expect(await errorsOf(await writeSheet(short, 'csv'), 'csv')).toEqual([
      'row 5: has 10 cells but the header has 20: a cell may have lost its quotes, or the row was cut short or run together with the next. Open the file in a spreadsheet program and check this row',
    ]);
  });

  it('a second RAG column is an error, not ignored', async () => {
    const doubled = rows.map((r, i) => [...r, i === 0 ? 'RAG' : 'Green']);
    expect(await errorsOf(await writeSheet(doubled, 'csv'), 'csv')).toEqual([
      'row 1, RAG: the column "RAG" appears twice (columns O and U); only one can be read: keep one and delete the other',
    ]);
  });

  it('a column the plan does not have, with cells, is an error; a cell beyond the header too', async () => {
    const extra = rows.map((r, i) => [...r, i === 0 ? 'Comments' : i === 3 ? 'Chased in May' : '']);
    expect(await errorsOf(await writeSheet(extra, 'csv'), 'csv')).toEqual([
      'row 1, Comments: "Comments" is not a column of the plan sheet, so its cells would be lost: move its text into "Notes" (or another column) and delete the column',
    ]);
    const beyond = rows.map((r, i) => (i === 6 ? [...r, 'stray'] : r));
    const lines = (await writeSheet(beyond, 'csv')).toString('utf8');
    expect((await readSheetFile(Buffer.from(lines), 'csv')).errors.map(formatSheetError)).toEqual([
      'row 7: has 21 cells but the header has 20: a cell may have lost its quotes, or the row was cut short or run together with the next. Open the file in a spreadsheet program and check this row',
    ]);
  });

  it('a Windows-1252 file (Excel on Windows) is converted and said so, with the text exact', async () => {
    const accented = rows.map((r, i) =>
      i === 2 ? r.map((c, j) => (j === col('Notes') ? 'Café’s “review” – done' : c)) : r,
    );
    // A Windows-1252 file has no byte-order mark: Excel's "CSV (Comma delimited)" writes none.
    const utf8 = (await writeSheet(accented, 'csv')).toString('utf8').replace(/^\uFEFF/, '');
    const cp1252 = Buffer.from(
      [...utf8].map((ch) => ({ '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 })[ch] ?? ch.charCodeAt(0)),
    );
    const read = await readSheetFile(cp1252, 'csv');
    expect(read.errors).toEqual([]);
    expect(read.notes).toEqual([expect.stringContaining('The file is not UTF-8; it was read as Windows-1252')]);
    expect(read.rows[2]![col('Notes')]).toBe('Café’s “review” – done');
  });

  it('a UTF-8 file with one damaged byte is refused at its row, not garbled as Windows-1252', async () => {
    const accented = rows.map((r, i) => (i === 2 ? r.map((c, j) => (j === col('Notes') ? 'Café’s review' : c)) : r));
    const bytes = await writeSheet(accented, 'csv');
    const at = bytes.indexOf(Buffer.from('Caf')) + 3;
    const damaged = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at + 2)]);
    const read = await readSheetFile(damaged, 'csv');
    expect(read.errors.map(formatSheetError)).toEqual([
      expect.stringMatching(/^row \d+: the file is UTF-8 but has a damaged character on this line/),
    ]);
  });

  it('semicolons as separators are read and said so', async () => {
    const csv = (await writeSheet(rows, 'csv')).toString('utf8').replace(/","/g, '";"');
    const read = await readSheetFile(Buffer.from(csv), 'csv');
    expect(read.notes).toEqual([
      'The cells are separated by semicolons, not commas (as Excel saves CSV in some regional settings); it was read that way.',
    ]);
    expect(read.rows).toEqual(rows);
  });
});

describe('every cell of an .xlsx is read exactly or reported', () => {
  it.each([
    [
      'a typed date',
      (s: ExcelJS.Worksheet) => {
        s.getCell(3, col('Timescale') + 1).value = new Date(Date.UTC(2019, 11, 31));
      },
      'row 3, Timescale: Excel stored this cell as a date (2019-12-31), so the words typed are lost',
    ],
    [
      'a fractional number',
      (s: ExcelJS.Worksheet) => {
        s.getCell(4, col('Objective') + 1).value = 1.1;
      },
      'row 4, Objective: Excel stored this cell as the number 1.1, which may not be what was typed',
    ],
    [
      'a formula',
      (s: ExcelJS.Worksheet) => {
        s.getCell(5, col('Notes') + 1).value = { formula: 'A1&"x"', result: '1.1.1x' };
      },
      'row 5, Notes: this cell is a formula',
    ],
    [
      'a link',
      (s: ExcelJS.Worksheet) => {
        s.getCell(6, col('Evidence of progress') + 1).value = { text: 'report', hyperlink: 'https://example.com/' };
      },
      'row 6, Evidence of progress: this cell is a link to "https://example.com/"',
    ],
    [
      'another sheet with content',
      (_: ExcelJS.Worksheet, w: ExcelJS.Workbook) => {
        w.addWorksheet('Notes').addRow(['kept elsewhere']);
      },
      'the workbook has another sheet, "Notes", with content',
    ],
  ])('%s', async (_, edit, message) => {
    expect((await errorsOf(await xlsx(edit), 'xlsx')).join('\n')).toContain(message);
  });

  it('whole numbers are read exactly', async () => {
    const read = await readSheetFile(
      await xlsx((s) => {
        s.getCell(2, col('Paragraphs') + 1).value = 24;
      }),
      'xlsx',
    );
    expect(read.errors).toEqual([]);
    expect(read.rows[1]![col('Paragraphs')]).toBe('24');
  });
});

/** A zip archive of the given parts (stored sizes honest unless `declare` overrides one). */
function zip(parts: { name: string; data: Buffer; declare?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const body = deflateRawSync(part.data);
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(part.declare ?? part.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(part.declare ?? part.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('limits are checked before anything is inflated', () => {
  it('a small file that would unpack to hundreds of megabytes is refused', async () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(200_000_000, 0x20) }]);
    expect(bomb.length).toBeLessThan(300_000);
    expect(await errorsOf(bomb, 'xlsx')).toEqual([
      expect.stringContaining('the file would unpack to more than 20 MB, far more than a plan sheet'),
    ]);
  });

  it('a file that lies about its unpacked size is refused before it is read', async () => {
    const liar = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(30_000_000, 0x20), declare: 1000 }]);
    expect((await errorsOf(liar, 'xlsx')).join('\n')).toMatch(/would unpack to more than|damaged/);
  });

  it('a file over 5 MB is refused unread', async () => {
    expect(await errorsOf(Buffer.alloc(6_000_000, 1), 'xlsx')).toEqual([
      expect.stringContaining('the file is 6.0 MB; a plan sheet is far smaller (at most 5 MB)'),
    ]);
  });

  it('a damaged workbook is a message', async () => {
    const damaged = (await writeSheet(rows, 'xlsx')).subarray(0, 3000);
    expect(await errorsOf(damaged, 'xlsx')).toEqual([
      expect.stringContaining('is not an Excel workbook (.xlsx), or it is damaged'),
    ]);
  });
});

describe('CSV formula neutralisation', () => {
  const risky = [
    '=HYPERLINK("https://example.com","x")',
    '+44 1803 201201',
    '-5 on last month',
    '@SUM(A1)',
    '\tindented',
    '\rreturn',
    "'=already quoted",
    "''+twice",
    'plain',
    "it's fine",
  ];

  it('every CSV cell a spreadsheet would run starts with an apostrophe, and the import restores it exactly', async () => {
    expect(risky.map(neutraliseCell)).toEqual([
      '\'=HYPERLINK("https://example.com","x")',
      "'+44 1803 201201",
      "'-5 on last month",
      "'@SUM(A1)",
      "'\tindented",
      "'\rreturn",
      "''=already quoted",
      "'''+twice",
      'plain',
      "it's fine",
    ]);
    expect(risky.map(neutraliseCell).map(restoreCell)).toEqual(risky);
    const sheet = [rows[0]!, ...risky.map((cell) => rows[1]!.map((c, j) => (j === col('Notes') ? cell : c)))];
    const csv = (await writeSheet(sheet, 'csv')).toString('utf8');
    for (const line of csv.split('\n').slice(1)) expect(line).not.toMatch(/(^|,)"[=+\-@\t\r]/);
    expect((await readSheetFile(Buffer.from(csv), 'csv')).rows).toEqual(sheet);
  });
});

describe('npm run import never ends in a stack trace', () => {
  let dir: string;
  const run = (args: string[]) => {
    const { code, out } = runImport(dir, [...args, '--plan', 'torbay/improvement-plan', '--version', 'v2']);
    return { status: code, out };
  };
  beforeAll(() => {
    dir = scratchContent('import-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a missing file', () => join(dir, 'missing.xlsx'), 'nothing was written: there is no such file'],
    [
      'a damaged workbook',
      () => {
        const f = join(dir, 'bad.xlsx');
        writeFileSync(f, 'not a zip');
        return f;
      },
      'is not an Excel workbook (.xlsx), or it is damaged',
    ],
    ['a folder', () => dir + '/content.csv', 'nothing was written: there is no such file'],
  ])('%s', (_, file, message) => {
    const result = run([file()]);
    expect(result.status).toBe(1);
    expect(result.out).toContain(message);
    expect(result.out).not.toMatch(/\n\s+at |Error:/);
  });

  it('names an earlier, interrupted import precisely instead of "v2 already exists"', async () => {
    const folder = join(dir, 'content/plan-versions/torbay/improvement-plan');
    writeFileSync(join(folder, 'v2.mdx'), readFileSync(join(folder, 'v1.mdx')));
    const file = join(dir, 'v2.csv');
    writeFileSync(file, await writeSheet(rows, 'csv'));
    const result = run([file]);
    expect(result.out).toContain(
      'plan-versions/torbay/improvement-plan/v2.mdx exists without v2.json, so an earlier import or copy was not finished: delete',
    );
    rmSync(join(folder, 'v2.mdx'));
    const ok = run([file]);
    expect(ok.status, ok.out).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['v1.json', 'v1.mdx', 'v2.json', 'v2.mdx']);
  });
});

describe('feeds', () => {
  it('carry titles and summaries as escaped plain text', () => {
    const node = graph.statements.values().next().value!;
    const xml = atomFeed({
      title: 'A & B',
      siteUrl: 'https://tracker.example.gov.uk',
      path: '/feed.xml',
      alternatePath: '/',
      author: 'A & B',
      licence: 'OGL',
      entries: [{ date: '2019-01-01', title: 'Aged <16 & <script>alert(1)</script>', summary: 'Ends ]]> here', node }],
    });
    expect(xml).toContain('<title type="text">Aged &lt;16 &amp; &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(xml).toContain('<summary type="text">Ends ]]&gt; here</summary>');
    expect(xml).not.toContain('type="html"');
    expect(xml).not.toContain('<script>');
  });
});

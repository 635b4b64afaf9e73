// The hostile-input suite: generated mutations of content files and plan sheets, from a fixed seed
// and within a time budget. For each: refused with file (or row), place and fix, or accepted exactly;
// never a crash, never a library's default message, never markup from a body, never silent loss,
// never a partial write.
import { mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeAllOrNothing } from '../src/lib/publishing/atomic-write.ts';
import { renderBody } from '../src/lib/content/body.ts';
import { checkIntegrity } from '../src/lib/graph/integrity/index.ts';
import { sourceDocumentOf } from '../src/lib/content/collections.ts';
import { defaultRoots, parseContent, type SourceFile } from '../src/lib/content/parse-content.ts';
import { importSheet } from '../src/lib/spreadsheets/plan-sheets.ts';
import { readSheetFile, writeSheet } from '../src/lib/spreadsheets/sheet-files.ts';
import { formatSheetError, outlineToRows } from '../src/lib/spreadsheets/spreadsheet.ts';
import { decodeUtf8 } from '../src/lib/content/source-text.ts';
import type { Problem } from '../src/lib/content/problems.ts';
import { bundledFiles, bundledGraph } from './helpers.ts';

const SEED = 20261124;
const BUDGET_MS = 4_000;
const MAX_CASES = 400;

/** mulberry32: a small, fixed-seed generator, so every run tries the same cases. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

/** Runs `fn` for each case until the budget or the case limit; returns how many ran. */
function fuzz(name: string, fn: (rng: ReturnType<typeof random>, n: number) => void): number {
  const rng = random(SEED ^ (name.length * 7919));
  const started = Date.now();
  let n = 0;
  while (n < MAX_CASES && Date.now() - started < BUDGET_MS) fn(rng, n++);
  return n;
}

const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<meta http-equiv="refresh" content="0;url=https://example.com">',
  '<iframe src="https://example.com">',
  '{process.env.HOME}',
  '{review}',
  'aged <16',
  'import { readFileSync } from "node:fs"',
  'export const a = 1',
  '[x](javascript:alert(1))',
  '<!-- c -->',
  '=HYPERLINK("https://example.com")',
  '+1',
  '-1',
  '@x',
  '\u0000',
  '\u0007',
  '\uFFFD',
  '\uFEFF',
  ']]>',
  '&amp;',
  '"',
  "'",
  '\\',
  'Café ’ “ ”',
  '\u{1F600}',
  '---',
  ': ',
  ' #',
  '\t',
];

/** Messages that mean a library spoke to the author instead of the site. */
const libraryMessage =
  /Invalid input|Too small:|Too big:|Invalid option|Unrecognized key|\n\s+at |TypeError|ReferenceError|SyntaxError|\[object Object\]/;
const allowedTags = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'a',
  'em',
  'strong',
  'del',
  'code',
  'pre',
  'blockquote',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'img',
  'sup',
  'section',
  'input',
]);

function expectAuthorProblems(problems: readonly Problem[], context: string) {
  for (const p of problems) {
    expect(p.file, context).toMatch(/^(src\/content|data)\//);
    expect(p.message.length, context).toBeGreaterThan(10);
    expect(p.message, context).not.toMatch(libraryMessage);
  }
}

/** True when every value written in `input` is in `output` unchanged (defaults may add more). */
function keptExactly(input: unknown, output: unknown): boolean {
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    if (!output || typeof output !== 'object') return false;
    return Object.entries(input).every(
      ([k, v]) => k in (output as object) && keptExactly(v, (output as Record<string, unknown>)[k]),
    );
  }
  if (Array.isArray(input))
    return Array.isArray(output) && input.length === output.length && input.every((v, i) => keptExactly(v, output[i]));
  return isDeepStrictEqual(input, output);
}

// -------------------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value && typeof value === 'object')
    return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

function mutateJson(text: string, rng: ReturnType<typeof random>): string {
  const data = JSON.parse(text) as Json;
  const all = paths(data).filter((p) => p.length > 0);
  const target = rng.pick(all);
  const parentPath = target.slice(0, -1);
  const key = target.at(-1)!;
  const parent = parentPath.reduce<any>((node, k) => node[k], data);
  const typo = (k: string) => {
    const i = rng.int(k.length);
    return rng.pick([
      k.slice(0, i) + k.slice(i + 1),
      k.slice(0, i) + k[i + 1] + k[i] + k.slice(i + 2),
      k.toUpperCase(),
      `${k}s`,
    ]);
  };
  switch (rng.int(9)) {
    case 0: // rename a field, as a slip of the keyboard
      if (typeof key === 'string') {
        parent[typo(key)] = parent[key];
        delete parent[key];
      }
      break;
    case 1: // delete something
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 2: // a value of another type
      parent[key] = rng.pick<Json>([0, -1, 3.5, '', 'x', null, true, [], {}, ['a'], { a: 1 }]);
      break;
    case 3: // a hostile string
      parent[key] = rng.pick(hostile);
      break;
    case 4: // an extra field
      (
        rng.pick(
          all.filter((p) => {
            const v = p.reduce<any>((n, k) => n[k], data);
            return v && typeof v === 'object' && !Array.isArray(v);
          }),
        ) ?? []
      ).reduce<any>((n, k) => n[k], data)[rng.pick(['evidnce', 'titel', 'heading', 'keyaction', 'extra', 'Title'])] =
        'x';
      break;
    default: {
      const out = JSON.stringify(data, null, 2);
      const at = rng.int(out.length);
      switch (rng.int(5)) {
        case 0:
          return out.slice(0, at); // truncated
        case 1:
          return out.slice(0, at) + rng.pick(hostile) + out.slice(at); // characters inserted anywhere
        case 2:
          return `\uFEFF${out}`;
        case 3: {
          // a key written twice
          const m = /\n(\s*)("[^"]+": [^\n]*?),?\n/.exec(out.slice(at)) ?? /\n(\s*)("[^"]+": [^\n]*?),?\n/.exec(out);
          return m
            ? out.replace(m[0], `\n${m[1]}${m[2]!.replace(/,$/, '')},\n${m[1]}${m[2]!.replace(/,$/, '')},\n`)
            : out;
        }
        default:
          return out.replace(/"[^"]*"/, (s) => s.slice(0, -1)); // a quote lost
      }
    }
  }
  return JSON.stringify(data, null, 2);
}

function mutateMdx(text: string, rng: ReturnType<typeof random>): string {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  const i = rng.int(lines.length);
  switch (rng.int(7)) {
    case 0:
      lines.splice(1 + rng.int(end - 1), 1);
      break; // a frontmatter line deleted
    case 1: {
      const j = 1 + rng.int(end - 1);
      lines.splice(j, 0, lines[j]!);
      break;
    } // a frontmatter line twice
    case 2: {
      const j = 1 + rng.int(end - 1);
      lines[j] = lines[j]!.replace(/"/g, '');
      break;
    } // quotes lost
    case 3: {
      const j = 1 + rng.int(end - 1);
      lines[j] = `${lines[j]}${rng.pick([': more', ' # note', ' "x"', '\t', '{a}'])}`;
      break;
    }
    case 4:
      lines.splice(end + 1 + rng.int(Math.max(1, lines.length - end)), 0, '', rng.pick(hostile), '');
      break; // the body gets something
    case 5:
      lines[i] = `${lines[i]}${rng.pick(hostile)}`;
      break;
    default:
      lines.splice(
        end + 1 + rng.int(Math.max(1, lines.length - end)),
        0,
        `${rng.pick(hostile)} ${rng.pick(hostile)} text ${rng.pick(hostile)}`,
      );
  }
  return lines.join('\n');
}

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

describe('generated mutations of content files', () => {
  it(`are refused in an author's words or accepted exactly (seed ${SEED}, at most ${BUDGET_MS / 1000} s)`, () => {
    // Entries only: source documents beside the content are plain text, never parsed as entries.
    const candidates = bundledFiles.filter((f) => f.text.length < 60_000 && !sourceDocumentOf(f.root, f.path));
    const outcomes = { refused: 0, accepted: 0 };
    const ran = fuzz('content', (rng, n) => {
      const original = rng.pick(candidates);
      const text = original.path.endsWith('.json') ? mutateJson(original.text, rng) : mutateMdx(original.text, rng);
      // Bytes as readSources sees them: sometimes invalid UTF-8 is spliced in.
      let file: SourceFile = { ...original, text };
      if (rng.int(12) === 0) {
        const bytes = Buffer.from(text, 'utf8');
        const at = rng.int(bytes.length);
        const decoded = decodeUtf8(
          Buffer.concat([
            bytes.subarray(0, at),
            Buffer.from([rng.pick([0x80, 0x92, 0xe9, 0xff, 0xc3])]),
            bytes.subarray(at),
          ]),
        );
        file = decoded.ok
          ? { ...original, text: decoded.text }
          : { ...original, text: decoded.windows1252 ?? '', problem: decoded.message };
      }
      const files = bundledFiles.map((f) => (f === original ? file : f));
      const context = `case ${n}: ${original.path}\n${text.slice(0, 400)}`;
      let result: ReturnType<typeof parseContent>;
      let integrity: Problem[] = [];
      try {
        result = parseContent(files);
        if (result.problems.length === 0) integrity = checkIntegrity(result.content);
      } catch (error) {
        throw new Error(`${context}\ncrashed: ${(error as Error).stack}`);
      }
      expectAuthorProblems([...result.problems, ...integrity], context);
      if (result.problems.length > 0 || file.problem) {
        expect(result.problems.length, context).toBeGreaterThan(0);
        outcomes.refused++;
        return;
      }
      outcomes.accepted++;
      // Accepted: what was written is what the site holds, and a body renders only Markdown's elements.
      const entry = Object.values(result.content)
        .flat()
        .find((e) => e.file === `src/content/${original.path}`);
      expect(entry, context).toBeDefined();
      const match = frontmatter.exec(text);
      if (original.path.endsWith('.json')) expect(keptExactly(JSON.parse(text), entry!.data), context).toBe(true);
      else {
        expect(entry!.body, context).toBe(match![2]);
        const html = renderBody(entry!.body!);
        const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
        expect(
          tags.filter((t) => !allowedTags.has(t)),
          context,
        ).toEqual([]);
        expect(html, context).not.toMatch(/\son\w+=|javascript:|<script|<meta|<iframe/i);
      }
    });
    expect(ran).toBeGreaterThan(20);
    // Both outcomes must occur, or the generator is not exercising the rules.
    expect(outcomes.refused).toBeGreaterThan(ran / 10);
    expect(outcomes.accepted).toBeGreaterThan(ran / 20);
    console.log(`content mutations: ${ran} cases, ${outcomes.refused} refused, ${outcomes.accepted} accepted`);
  });
});

// -------------------------------------------------------------------------------------------------

const graph = bundledGraph();
const version = graph.plans.get('torbay/improvement-plan')!.latest;
const outline = parseContent(bundledFiles).content.planOutlines[0]!.data;
const context = { ratings: version.data.ratingScale?.ratings ?? [], roles: version.plan.authority.data.roles };
const baseRows = outlineToRows(outline, context);
/** The folders messages name, as in a council's repository (the files themselves come from the fixture). */
const roots = defaultRoots;
const options = { planKey: 'torbay/improvement-plan', version: 'v2', label: 'Version 2', published: '2020-01' };
const textColumns = [
  'Desired outcome for children',
  'Actions',
  'Lead',
  'Timescale',
  'What difference will it make to children (impact)',
  'How will we measure the difference to children?',
  'Evidence of progress',
  'Notes',
];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function mutateRows(rows: string[][], rng: ReturnType<typeof random>): string[][] {
  const out = rows.map((r) => [...r]);
  const r = 1 + rng.int(out.length - 1);
  const c = rng.int(out[0]!.length);
  switch (rng.int(8)) {
    case 0:
      out[r] = out[r]!.slice(0, rng.int(out[r]!.length));
      break; // a short row
    case 1:
      out[r]!.push(rng.pick(hostile));
      break; // a cell beyond the header
    case 2:
      out[0]![c] = rng.pick([...out[0]!, 'Comments', '', out[0]![c]!.toLowerCase()]);
      break; // a header changed or doubled
    case 3:
      out[r]![c] = rng.pick(hostile);
      break; // a hostile cell
    case 4:
      out[r]![c] = `${out[r]![c]}${rng.pick(hostile)}`;
      break;
    case 5:
      out[r]![c] = '';
      break;
    case 6:
      out.splice(r, 1);
      break;
    default:
      out.push(out[r]!.map((v, i) => (i === 0 ? `9.9.${rng.int(9)}` : v)));
  }
  return out;
}

describe('generated mutations of plan sheets', () => {
  it(`are refused by row and column or imported exactly (seed ${SEED}, at most ${BUDGET_MS / 1000} s)`, async () => {
    const cases: { bytes: Buffer; rows: string[][]; label: string }[] = [];
    fuzz('sheets', (rng, n) => {
      const rows = mutateRows(baseRows, rng);
      let csv = rows
        .map((row) =>
          row.map((cell) => `"${(/^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell).replace(/"/g, '""')}"`).join(','),
        )
        .join('\n');
      const byteMutation = rng.int(6);
      if (byteMutation === 0) csv = csv.replace(/","/g, '";"');
      if (byteMutation === 1) csv = csv.slice(0, rng.int(csv.length));
      let bytes = Buffer.from(csv, 'utf8');
      if (byteMutation === 2)
        bytes = Buffer.from([...csv].map((ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)));
      if (byteMutation === 3) {
        const at = rng.int(bytes.length);
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([0x81]), bytes.subarray(at)]);
      }
      cases.push({ bytes, rows, label: `case ${n} (byte mutation ${byteMutation})` });
    });
    expect(cases.length).toBeGreaterThan(20);
    const started = Date.now();
    let checked = 0;
    let accepted = 0;
    for (const { bytes, rows, label } of cases) {
      if (Date.now() - started > BUDGET_MS) break;
      checked++;
      let read, result;
      try {
        read = await readSheetFile(bytes, 'csv');
        result = read.errors.length ? undefined : importSheet(read.rows, bundledFiles, roots, options);
      } catch (error) {
        throw new Error(`${label} crashed: ${(error as Error).stack}`);
      }
      const errors = read.errors.length ? read.errors : result!.errors;
      for (const e of errors) {
        expect(e.row, label).toBeGreaterThanOrEqual(0);
        expect(formatSheetError(e), label).not.toMatch(libraryMessage);
      }
      if (errors.length > 0) continue;
      accepted++;
      // Imported: the new version holds every text cell of every action row, nothing dropped or changed.
      expect(result!.files!.length, label).toBe(2);
      const imported = JSON.parse(result!.files!.find((f) => f.path.endsWith('.json'))!.text);
      const back = outlineToRows(imported, context);
      const header = read.rows[0]!;
      for (const row of read.rows.slice(1).filter((r) => r.some((c) => c.trim() !== ''))) {
        const ref = row[header.indexOf('Ref')]!.trim();
        const out = back.find((b) => b[0] === ref);
        expect(out, `${label}: row ${ref}`).toBeDefined();
        for (const column of textColumns) {
          expect(norm(out![back[0]!.indexOf(column)]!), `${label}: ${ref} ${column}`).toBe(
            norm(row[header.indexOf(column)]!),
          );
        }
      }
      expect(rows.length).toBeGreaterThan(0);
    }
    expect(checked).toBeGreaterThan(20);
    expect(accepted).toBeGreaterThan(checked / 20);
    expect(checked - accepted).toBeGreaterThan(checked / 10);
    console.log(`sheet mutations: ${checked} cases, ${checked - accepted} refused, ${accepted} imported`);
  });

  it("the round trip through the site's own CSV writer is exact for hostile cells", async () => {
    const rng = random(SEED);
    for (let n = 0; n < 200; n++) {
      const rows = baseRows.map((r) => [...r]);
      const r = 1 + rng.int(rows.length - 1);
      rows[r]![baseRows[0]!.indexOf('Notes')] =
        `${rng.pick(hostile.filter((h) => !/[\u0000\u0007\uFFFD\uFEFF]/.test(h)))}${rng.pick(['', ' tail'])}`;
      const read = await readSheetFile(await writeSheet(rows, 'csv'), 'csv');
      expect(read.errors).toEqual([]);
      expect(read.rows).toEqual(rows);
    }
  });
});

describe('generated typed cells in .xlsx sheets', () => {
  it(`are read exactly or reported by row and column (seed ${SEED}, at most ${BUDGET_MS / 1000} s)`, async () => {
    const rng = random(SEED ^ 0x5ee7);
    const started = Date.now();
    let n = 0;
    const outcomes = { read: 0, reported: 0 };
    while (n < 60 && Date.now() - started < BUDGET_MS) {
      n++;
      const r = 2 + rng.int(baseRows.length - 1);
      const c = 1 + rng.int(baseRows[0]!.length);
      const kind = rng.int(8);
      const value: ExcelJS.CellValue = [
        new Date(Date.UTC(2019, rng.int(12), 1 + rng.int(28))),
        rng.int(1000) / 10 + 0.05,
        rng.int(100_000),
        rng.int(2) === 0,
        { formula: 'A1', result: 'x' },
        { text: 'report', hyperlink: 'https://example.com/' },
        { richText: [{ text: 'Bold ', font: { bold: true } }, { text: 'plain' }] },
        // XML cannot hold control characters (and the content check refuses them), so none is written here.
        rng.pick(hostile.filter((h) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD\uFEFF]/.test(h))),
      ][kind] as ExcelJS.CellValue;
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Actions');
      for (const row of baseRows) sheet.addRow([...row]);
      sheet.getCell(r, c).value = value;
      const read = await readSheetFile(Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer), 'xlsx');
      const label = `case ${n}: row ${r}, column ${c}, kind ${kind}`;
      const here = read.errors.filter((e) => e.row === r);
      if (here.length > 0) {
        outcomes.reported++;
        expect(here[0]!.column, label).toBe(baseRows[0]![c - 1]);
        expect(formatSheetError(here[0]!), label).not.toMatch(libraryMessage);
        continue;
      }
      outcomes.read++;
      const expected = kind === 2 ? String(value) : kind === 6 ? 'Bold plain' : String(value);
      if (![0, 1, 3, 4, 5].includes(kind)) expect(read.rows[r - 1]![c - 1], label).toBe(expected);
      else
        throw new Error(
          `${label}: a ${['date', 'fraction', '', 'boolean', 'formula', 'link'][kind]} was read without a word`,
        );
    }
    expect(outcomes.read).toBeGreaterThan(0);
    expect(outcomes.reported).toBeGreaterThan(0);
  });
});

describe('generated failures while writing two files', () => {
  it('leave all of them or none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-write-'));
    try {
      fuzz('writes', (rng, n) => {
        const folder = join(dir, String(n));
        const files = [
          { path: join(folder, 'v2.mdx'), text: 'a' },
          { path: join(folder, 'v2.json'), text: 'b' },
        ];
        const failAt = rng.int(3); // 0: first rename fails, 1: second, 2: none
        let renames = 0;
        try {
          writeAllOrNothing(files, (from, to) => {
            if (renames++ === failAt) throw Object.assign(new Error('simulated'), { code: 'EIO' });
            renameSync(from, to);
          });
        } catch {
          /* refused: checked below */
        }
        const left = readdirSync(folder).sort();
        expect(left, `case ${n}`).toEqual(failAt === 2 ? ['v2.json', 'v2.mdx'] : []);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

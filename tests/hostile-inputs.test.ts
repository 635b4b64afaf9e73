// The hostile-input suite: generated mutations of content files and plan sheets, from a fixed seed
// and within a time budget. For each: refused with file (or row), place and fix, or accepted exactly;
// never a crash, never a library's default message, never markup from a body, never silent loss,
// never a partial write.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { isDeepStrictEqual } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeAllOrNothing } from '../src/lib/content/atomic-write.ts';
import { renderBody } from '../src/lib/content/body.ts';
import { checkIntegrity } from '../src/lib/graph/integrity/index.ts';
import { readingsOf, sourceDocumentOf } from '../src/lib/content/collections.ts';
import { readSiteSettings } from '../src/lib/content/site-settings.ts';
import { siteSettingsFile } from '../src/schemas/site.ts';
import { checkSources } from '../src/lib/graph/integrity/sources.ts';
import { defaultRoots, parseContent, type SourceFile } from '../src/lib/content/parse-content.ts';
import { importSheet } from '../src/lib/spreadsheets/plan-sheets.ts';
import { readSheetFile, writeSheet } from '../src/lib/spreadsheets/sheet-files.ts';
import { formatSheetError, outlineToRows } from '../src/lib/spreadsheets/spreadsheet.ts';
import { decodeUtf8 } from '../src/lib/content/source-text.ts';
import { nextVersionMdx } from '../src/lib/content/plan-version-files.ts';
import { expandQuery } from '../src/lib/search/search-query.ts';
import { parseTimescale } from '../src/lib/base/timescale.ts';
import { BuildRefused, lockPath, swapIntoPlace, takeBuildLock } from '../src/lib/publishing/site-swap.ts';
import { readSources } from '../scripts/read-content.ts';
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
      if (readingsOf(original.root, original.path)) {
        // A readings file is no entry: the verbatim check reads it, and refuses it in words or uses it.
        let verbatim: Problem[];
        try {
          verbatim = checkSources(result.content, files, 'src/content').problems;
        } catch (error) {
          throw new Error(`${context}\ncrashed: ${(error as Error).stack}`);
        }
        expectAuthorProblems(verbatim, context);
        outcomes[verbatim.length > 0 ? 'refused' : 'accepted']++;
        return;
      }
      outcomes.accepted++;
      if (original.root === 'content' && original.path === siteSettingsFile) {
        // The site's settings are no entry: accepted, they are read exactly as written.
        const read = readSiteSettings(text, original.path);
        expect(read.problems, context).toEqual([]);
        expect(keptExactly(JSON.parse(text), read.settings), context).toBe(true);
        return;
      }
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

// -------------------------------------------------------------------------------------------------
// Bombs: small files that would make a reader's work grow without bound. Each is fed to the command an
// author runs, in a child process (so its time and memory are its own), and must be refused in plain
// words within 10 s and 500 MB. The time is the child's own CPU time (user and system), so a machine
// busy with other work does not fail a bounded reader; a child still running after a minute is killed.
// The child's heap is capped a little above 500 MB, so a reader that is not bounded fails the test
// instead of exhausting the machine.

const BOMB_SECONDS = 10;
const BOMB_MB = 500;
/** Prints the child's peak resident memory (kB) and CPU time (µs) on exit, where the test can read them. */
const reportPeak = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nbounded:'+u.maxRSS+':'+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

function runBounded(args: readonly string[]): { code: number | null; out: string; seconds: number; mb: number } {
  const run = spawnSync('node_modules/.bin/node', ['--max-old-space-size=700', '--import', reportPeak, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
    maxBuffer: 20_000_000,
  });
  const report = /\n?bounded:(\d+):(\d+)\n/.exec(run.stderr ?? '');
  return {
    code: run.status,
    out: `${run.stdout ?? ''}${(run.stderr ?? '').replace(report?.[0] ?? '\0', '')}`,
    // No report means the child was killed (time) or crashed (memory): count it as over both limits.
    seconds: report ? Number(report[2]) / 1e6 : Infinity,
    mb: report ? Number(report[1]) / 1024 : Infinity,
  };
}

/** A statement that passes the check, with `extra` front matter lines and `body`. */
function statementText(extra = '', body = 'The statement.\n'): string {
  return [
    '---',
    'title: "A statement"',
    'date: "2020-01-05"',
    'kind: "statement"',
    'summary: "What the statement says."',
    'signatories:',
    '  - "Fixture Council"',
    'sources:',
    '  - title: "The statement as published"',
    '    file: "statement.txt"',
    '    date: "2020-01-05"',
    extra,
    '---',
    body,
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** Writes one file into a scratch copy of a fixture's content and runs `npm run check` on it. */
function checkOne(text: string, path = 'statements/fixture/bomb.mdx') {
  const dir = mkdtempSync(join(tmpdir(), 'bomb-'));
  try {
    cpSync('tests/fixtures/three-versions', dir, { recursive: true });
    mkdirSync(join(dir, 'content', dirname(path)), { recursive: true });
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'content', path), text);
    return runBounded(['scripts/check.ts', '--content', join(dir, 'content'), '--data', join(dir, 'data')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function expectRefusedInTime(run: ReturnType<typeof runBounded>, message: RegExp) {
  expect(run.seconds, run.out.slice(0, 500)).toBeLessThan(BOMB_SECONDS);
  expect(run.mb, run.out.slice(0, 500)).toBeLessThan(BOMB_MB);
  expect(run.code, run.out.slice(0, 500)).toBe(1);
  expect(run.out).toMatch(message);
  expect(run.out).not.toMatch(/\n\s+at |RangeError|fault in the site/);
}

/** The "billion laughs": nine anchors, each a list of nine of the one before: 9^9 strings from 700 bytes. */
function aliasBomb(): string {
  const lines = ['x0: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++)
    lines.push(
      `x${i}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\nnotes: *i`;
}

describe('bombs are refused in plain words, within 10 s and 500 MB', { timeout: 120_000 }, () => {
  it('a small statement passes the check in the harness (so the refusals below are the bombs)', () => {
    const run = checkOne(statementText());
    expect(run.out).toMatch(/Content check passed/);
    expect(run.mb).toBeLessThan(BOMB_MB);
  });

  it('a 700-byte YAML alias bomb in front matter: anchors are refused as they are read', () => {
    const bomb = aliasBomb();
    expect(bomb.length).toBeLessThan(800);
    expectRefusedInTime(checkOne(statementText(bomb)), /YAML anchor.*write the value out in full/);
  });

  it('front matter nested deeper than any document', () => {
    const deep = `notes: ${'['.repeat(90)}"x"${']'.repeat(90)}`;
    expectRefusedInTime(checkOne(statementText(deep)), /nested more than 32 levels deep/);
  });

  it('a JSON file nested 200,000 brackets deep', () => {
    const text = `{"name": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expectRefusedInTime(checkOne(text, 'authorities/bomb.json'), /line 1: the brackets are nested more than 32/);
  });

  it('12,000 character references in one paragraph', () => {
    const body = `A paragraph ${Array(12_000).fill('&amp;').join(' ')}\n`;
    expectRefusedInTime(checkOne(statementText('', body)), /more than 2,000 character references/);
  });

  it('30,000 &nbsp; (180 KB)', () => {
    expectRefusedInTime(checkOne(statementText('', '&nbsp;'.repeat(30_000))), /character references such as "&nbsp;"/);
  });

  it('a body longer than a page can hold', () => {
    const body = `${'A sentence of the statement, written out in full. '.repeat(7_000)}\n`;
    expectRefusedInTime(checkOne(statementText('', body)), /characters long, more than the 300,000 a page can hold/);
  });

  it('a content file larger than any document, before it is read', () => {
    const body = `${'A sentence. '.repeat(200_000)}\n`;
    expectRefusedInTime(checkOne(statementText('', body)), /MB, more than the 2 MB a content file may hold/);
  });

  it('a Word plan that unpacks to 150 MB is refused before it is inflated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bomb-'));
    try {
      const paragraph = Buffer.from('<w:p><w:r><w:t>An action of the plan.</w:t></w:r></w:p>');
      const body = Buffer.concat(Array(Math.ceil(150_000_000 / paragraph.length)).fill(paragraph));
      const docx = zipOf({
        '[Content_Types].xml':
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        '_rels/.rels':
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        'word/document.xml': Buffer.concat([
          Buffer.from(
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
          ),
          body,
          Buffer.from('</w:body></w:document>'),
        ]),
      });
      expect(docx.length).toBeLessThan(1_000_000);
      writeFileSync(join(dir, 'plan.docx'), docx);
      mkdirSync(join(dir, 'content'));
      mkdirSync(join(dir, 'data'));
      const run = runBounded([
        'scripts/import.ts',
        join(dir, 'plan.docx'),
        '--plan',
        'exampleshire/plan',
        '--version',
        'v1',
        '--dry-run',
        '--content',
        join(dir, 'content'),
        '--data',
        join(dir, 'data'),
      ]);
      expectRefusedInTime(run, /plan\.docx would unpack to more than 40 MB.*Nothing was written/s);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a report PDF of more pages than any report is refused before its text is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bomb-'));
    try {
      const pdf = new PDFDocument({ autoFirstPage: false });
      const chunks: Buffer[] = [];
      pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
      const done = new Promise((resolve) => pdf.on('end', resolve));
      for (let i = 0; i < 501; i++)
        pdf
          .addPage({ size: 'A4' })
          .fontSize(10)
          .text(`Page ${i + 1}`);
      pdf.end();
      await done;
      writeFileSync(join(dir, 'report.pdf'), Buffer.concat(chunks));
      const run = runBounded([
        'scripts/import.ts',
        join(dir, 'report.pdf'),
        '--inspection',
        'exampleshire/ofsted-2020',
        '--dry-run',
        '--content',
        dir,
        '--data',
        dir,
      ]);
      expectRefusedInTime(run, /report\.pdf has 501 pages; an inspection report has far fewer \(at most 500/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a report file far larger than any report is refused before it is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bomb-'));
    try {
      writeFileSync(join(dir, 'report.pdf'), Buffer.alloc(31_000_000, 0x20));
      const run = runBounded([
        'scripts/import.ts',
        join(dir, 'report.pdf'),
        '--inspection',
        'exampleshire/ofsted-2020',
        '--dry-run',
        '--content',
        dir,
        '--data',
        dir,
      ]);
      expectRefusedInTime(run, /report\.pdf is 31 MB, larger than any inspection report needs/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A zip archive of the given parts, each deflated (a .docx is one). */
function zipOf(parts: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const packed = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name);
    const header = (central: boolean) => {
      const h = Buffer.alloc(central ? 46 : 30);
      h.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      let at = central ? 6 : 4;
      if (central) h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, at);
      h.writeUInt16LE(8, at + 4);
      h.writeUInt32LE(crc32(data), at + 10);
      h.writeUInt32LE(packed.length, at + 14);
      h.writeUInt32LE(data.length, at + 18);
      h.writeUInt16LE(nameBytes.length, at + 22);
      if (central) h.writeUInt32LE(offset, 42);
      return h;
    };
    central.push(header(true), nameBytes);
    locals.push(header(false), nameBytes, packed);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('nothing external, nothing invisible', () => {
  const statement = (extra: string, body: string): SourceFile => ({
    root: 'content',
    path: 'statements/fixture/probe.mdx',
    text: statementText(extra, body),
  });
  const messages = (file: SourceFile) => parseContent([file]).problems.map((p) => `${p.path}: ${p.message}`);

  it.each([
    [
      'a reference image with an off-site definition',
      '![A chart][chart]\n\n[chart]: https://tracker.example/chart.png\n',
    ],
    ['a protocol-relative image', '![A chart](//tracker.example/chart.png)\n'],
    ['a reference image with a protocol-relative definition', '![A chart][c]\n\n[c]: //tracker.example/c.png\n'],
    ['a backslash image address browsers read as another site', '![A chart](/\\tracker.example/chart.png)\n'],
  ])('%s is refused by the check and never rendered', (_, body) => {
    expect(messages(statement('', body)).join('\n')).toMatch(/is on another site, and this site requests nothing/);
    expect(renderBody(body)).not.toMatch(/<img|tracker\.example/);
  });

  it('a reference image of this site is published as an inline one is', () => {
    const body = '![A chart][chart]\n\n[chart]: /images/chart.png\n';
    expect(messages(statement('', body))).toEqual([]);
    expect(renderBody(body)).toContain('<img src="/images/chart.png" alt="A chart"');
  });

  it('a reference link with an unsafe definition is refused, as an inline one is', () => {
    const body = 'See [the plan][p].\n\n[p]: javascript:alert(1)\n';
    expect(messages(statement('', body)).join('\n')).toMatch(/uses "javascript:"/);
  });

  it.each([
    ['NUL in JSON', '\\u0000', 'U+0000'],
    ['ESC in JSON', '\\u001b[31m', 'U+001B'],
    ['a lone high surrogate in JSON', '\\ud800', 'U+D800'],
    ['a lone low surrogate in JSON', '\\udc00', 'U+DC00'],
  ])('%s is refused like the raw character', (_, escape, code) => {
    const text = `{"name": "Fixture${escape} Council"}`;
    const problems = parseContent([{ root: 'content', path: 'authorities/probe.json', text }]).problems;
    expect(problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toMatch(
      new RegExp(`^name: contains (an invisible character|half of a character) \\(${code.replace('+', '\\+')}`),
    );
  });

  it.each([
    ['YAML "\\0"', 'title: "A\\0 statement"'],
    ['YAML "\\e"', 'title: "A\\e[31m statement"'],
    ['YAML "\\x1b"', 'title: "A\\x1b statement"'],
    ['YAML "\\ud800"', 'title: "A\\ud800 statement"'],
  ])('%s in front matter is refused like the raw character', (_, line) => {
    const text = statementText().replace('title: "A statement"', line);
    expect(messages({ root: 'content', path: 'statements/fixture/probe.mdx', text }).join('\n')).toMatch(
      /^title: contains (an invisible character|half of a character)/,
    );
  });

  it('a surrogate pair written as escapes is one character, and kept', () => {
    const text = '{"name": "Fixture \\ud83d\\ude00 Council"}';
    const problems = parseContent([{ root: 'content', path: 'authorities/probe.json', text }]).problems;
    expect(problems.map((p) => p.message).join('\n')).not.toMatch(/invisible/);
  });

  it('character references in a body never write a control character into the page', () => {
    expect(renderBody('a &#27; b &#0; c &#x1b; d &#xd800;')).not.toMatch(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF]/,
    );
  });
});

describe('nothing overwritten, nothing misread', () => {
  it.each([['Version 2 $$ costs'], ['Version 2 $& more'], ['Version $1 of $2'], ["Version 2 $` and $'"]])(
    'the label %s is written as given',
    (label) => {
      const base = '---\n{\n  "label": "Version 1",\n  "published": "2019-10"\n}\n---\nThe introduction.\n';
      const written = nextVersionMdx(base, label, '2020-01');
      expect(JSON.parse(/^---\n([\s\S]*?)\n---/.exec(written)![1]!)).toEqual({
        origin: 'original',
        label,
        published: '2020-01',
      });
      const yamlBase = '---\nlabel: "Version 1"\npublished: "2019-10"\n---\nThe introduction.\n';
      expect(nextVersionMdx(yamlBase, label, '2020-01')).toContain(`label: ${JSON.stringify(label)}\n`);
    },
  );

  it('a glossary expansion with "$" is searched as written', () => {
    expect(expandQuery('the DCS budget', [{ term: 'DCS', expansion: 'Director $& costs' } as never])).toContain(
      'the Director $& costs budget',
    );
  });

  it.each([
    ['31st February 2020', 'February 2020 has 29 days'],
    ['40th December 2019', 'December 2019 has 31 days'],
    ['End 29 Feb 2019 for review', 'February 2019 has 28 days'],
  ])('the timescale "%s" is refused with the fix, never read as the month\'s end', (words, days) => {
    expect(parseTimescale(words)).toEqual({ kind: 'none' });
    const files = readSources({
      content: 'tests/fixtures/three-versions/content',
      data: 'tests/fixtures/three-versions/data',
    }).map((f) =>
      f.path === 'plan-versions/fixture/plan/v1.json'
        ? { ...f, text: f.text.replace(/"timescale": "[^"]*"/, `"timescale": ${JSON.stringify(words)}`) }
        : f,
    );
    const problems = parseContent(files).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toMatch(/timescale$/);
    expect(problems[0]!.message).toContain(`names a day that does not exist (${days})`);
    expect(problems[0]!.message).toMatch(/correct the day/);
  });

  it('a plan version dated before the version it follows is refused', () => {
    const roots = { content: 'tests/fixtures/three-versions/content', data: 'tests/fixtures/three-versions/data' };
    const files = readSources(roots).map((f) =>
      f.path === 'plan-versions/fixture/plan/v2.mdx'
        ? { ...f, text: f.text.replace('"published": "2020-01"', '"published": "2019-01"') }
        : f,
    );
    const { content, problems } = parseContent(files, roots);
    expect(problems).toEqual([]);
    const found = checkIntegrity(content).filter((p) => p.rule === 'plan-version.dated-before-previous');
    expect(found.map((p) => `${p.file}: ${p.path}: ${p.message.split(';')[0]}`)).toEqual([
      'tests/fixtures/three-versions/content/plan-versions/fixture/plan/v2.mdx: published: is dated 2019-01, before v1 (2019-10), which it follows by its name',
    ]);
  });

  it('npm run export never replaces an edited sheet unless told to', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    try {
      const sheet = join(dir, 'plan.xlsx');
      const run = (...extra: string[]) =>
        spawnSync(
          'node_modules/.bin/node',
          [
            'scripts/export.ts',
            'fixture/plan',
            '--out',
            sheet,
            '--content',
            'tests/fixtures/three-versions/content',
            '--data',
            'tests/fixtures/three-versions/data',
            ...extra,
          ],
          { encoding: 'utf8' },
        );
      expect(run().status).toBe(0);
      const exported = readFileSync(sheet);
      const again = run();
      expect(again.status).toBe(0);
      expect(again.stdout).toMatch(/nothing to write/);
      // An officer's edit, not yet imported.
      writeFileSync(sheet, Buffer.concat([exported, Buffer.from('edited')]));
      const refused = run();
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(
        /already exists and differs from .* it may hold edits not yet imported.*--replace/,
      );
      expect(refused.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(sheet).subarray(-6).toString()).toBe('edited');
      const replaced = run('--replace');
      expect(replaced.status).toBe(0);
      expect(replaced.stdout).toMatch(/^Replaced /);
      expect(readFileSync(sheet).equals(exported)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The published folder of a scratch build and the two folders beside it. */
const sitePaths = (dir: string) => ({
  staging: join(dir, '.dist.staging'),
  out: join(dir, 'dist'),
  previous: join(dir, '.dist.previous'),
});

describe('builds that cannot interleave or end in a stack trace', () => {
  it('a second build while one holds the lock is refused in words, and builds nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
    try {
      const out = join(dir, 'dist');
      mkdirSync(out);
      writeFileSync(join(out, 'index.html'), 'the published site');
      const release = takeBuildLock(out);
      const second = spawnSync('node_modules/.bin/node', ['scripts/build.ts'], {
        encoding: 'utf8',
        env: { ...process.env, OUT_DIR: out, CACHE_DIR: join(dir, 'cache') },
      });
      release();
      expect(second.status).toBe(1);
      expect(second.stderr).toBe(
        `Another build (process ${process.pid}) is building dist/ now: wait for it to finish, then run npm run build again. Nothing was built; dist/ is left to that build.\n`,
      );
      expect(readdirSync(dir).sort()).toEqual(['dist']);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the published site');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a lock left by a build that no longer runs is taken over; each build removes only its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
    try {
      const out = join(dir, 'dist');
      const gone = spawnSync('node_modules/.bin/node', ['-e', 'process.stdout.write(String(process.pid))'], {
        encoding: 'utf8',
      });
      writeFileSync(lockPath(out), `${gone.stdout}\n`);
      const release = takeBuildLock(out);
      expect(readFileSync(lockPath(out), 'utf8')).toBe(`${process.pid}\n`);
      expect(() => takeBuildLock(out, process.ppid)).toThrow(BuildRefused);
      release();
      expect(existsSync(lockPath(out))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a first build into a folder whose parent does not exist yet takes the lock (the parent is made)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
    try {
      const out = join(dir, 'not-yet', 'dist');
      const release = takeBuildLock(out);
      expect(readFileSync(lockPath(out), 'utf8')).toBe(`${process.pid}\n`);
      release();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['EBUSY', /a mount point or in use by another program \(EBUSY\)/],
    ['EXDEV', /another disk/],
    ['EACCES', /may not rename/],
  ])('a published folder that cannot be renamed (%s) ends in words, with the old site in place', (code, why) => {
    const dir = mkdtempSync(join(tmpdir(), 'build-swap-'));
    try {
      const { staging, out, previous } = sitePaths(dir);
      mkdirSync(staging);
      mkdirSync(out);
      writeFileSync(join(staging, 'index.html'), 'new');
      writeFileSync(join(out, 'index.html'), 'old');
      const refuse = (from: string, to: string) => {
        if (from === out) throw Object.assign(new Error(`${code}: resource busy or locked, rename`), { code });
        renameSync(from, to);
      };
      let message = '';
      try {
        swapIntoPlace(staging, out, previous, refuse);
      } catch (error) {
        expect(error).toBeInstanceOf(BuildRefused);
        message = (error as Error).message;
      }
      expect(message).toMatch(why);
      expect(message).toMatch(/dist\/ is unchanged\. Build into a folder of its own/);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
      expect(readdirSync(dir)).toEqual(['dist']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a failure after the old site was moved aside puts it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-swap-'));
    try {
      const { staging, out, previous } = sitePaths(dir);
      mkdirSync(staging);
      mkdirSync(out);
      writeFileSync(join(out, 'index.html'), 'old');
      const refuse = (from: string, to: string) => {
        if (from === staging) throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
        renameSync(from, to);
      };
      expect(() => swapIntoPlace(staging, out, previous, refuse)).toThrow(/dist\/ is unchanged/);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
      expect(readdirSync(dir)).toEqual(['dist']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

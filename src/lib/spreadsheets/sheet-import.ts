// `npm run import` for spreadsheets (.xlsx, .csv): reads the file within limits, turns its rows into
// the next plan version, checks the whole content with it added, and writes its two files all or
// nothing. Every outcome is a message for the person importing, never a stack trace.
import { statSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { writeAllOrNothing, WriteRefused } from '../content/atomic-write.ts';
import { isPartialDate } from '../../schemas/common.ts';
import { contentPath, shownPath } from '../content/content-paths.ts';
import { idProblem, splitId } from '../base/ids.ts';
import type { Roots } from '../content/parse-content.ts';
import { importSheet } from './plan-sheets.ts';
import { readSources } from '../content/read-sources.ts';
import { readSheetFile, sheetLimits, type SheetFormat } from './sheet-files.ts';
import { formatSheetError } from './spreadsheet.ts';
import { plural } from '../base/text.ts';

/** The file extensions this importer reads. */
export const sheetExtensions = ['.xlsx', '.csv'] as const;

export interface SheetImportRequest {
  file: string;
  planKey: string;
  version: string;
  label?: string;
  published?: string;
  roots: Roots;
  /** For a plan's first version: the plan's title and inspection (a new plan) and where it is published. */
  first?: { title?: string; inspection?: string; source?: string };
}

/** What happened: files written (empty when nothing was), conversions to know about, and problems. */
export interface SheetImportOutcome {
  ok: boolean;
  /** Lines to print: what was written, or what is wrong. */
  lines: string[];
  written: string[];
}

const refused = (lines: string[]): SheetImportOutcome => ({ ok: false, lines, written: [] });

/** Imports a spreadsheet as the next version of a plan. */
export async function importSpreadsheet(request: SheetImportRequest): Promise<SheetImportOutcome> {
  const { file, planKey, version, roots } = request;
  const format = extname(file).toLowerCase().slice(1) as SheetFormat;
  if (!['xlsx', 'csv'].includes(format)) return refused([`${file}: the file must end in .xlsx or .csv`]);
  const { authority, slug: plan } = splitId(planKey);
  const planProblem =
    plan.includes('/') || !plan
      ? 'must be <authority>/<plan>, e.g. torbay/improvement-plan'
      : (idProblem(authority, 'authority') ?? idProblem(plan, 'document'));
  if (planProblem) return refused([`--plan ${planProblem}`]);
  const versionProblem = idProblem(version, 'version');
  if (versionProblem) return refused([`--version ${versionProblem}`]);
  const published = request.published ?? new Date().toISOString().slice(0, 7);
  if (!isPartialDate(published))
    return refused([
      `--published ${JSON.stringify(published)} is not a date: write YYYY-MM (e.g. 2020-01), YYYY-MM-DD or YYYY`,
    ]);
  const label = request.label ?? `Version ${version.replace(/^v/, '')}`;

  let data: Buffer;
  try {
    const size = statSync(file).size;
    if (size > sheetLimits.maxFileBytes)
      return refused([
        `${file}: nothing was written: the file is ${(size / 1_000_000).toFixed(1)} MB; a plan sheet is at most ${sheetLimits.maxFileBytes / 1_000_000} MB. Save only the plan's sheet, without pictures`,
      ]);
    data = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file (check the name and the folder you are in)'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'you may not read it'
            : `it could not be read (${code ?? 'error'})`;
    return refused([`${file}: nothing was written: ${why}`]);
  }

  const read = await readSheetFile(data, format);
  const notes = read.notes.map((note) => `Note: ${note}`);
  const problems = (errors: { row: number; column?: string; message: string }[]) =>
    refused([
      ...notes,
      `${file}: nothing was written, because the sheet has ${plural(errors.length, 'problem')}:`,
      ...errors.map((e) => `  ✗ ${formatSheetError(e)}`),
    ]);
  if (read.errors.length > 0) return problems(read.errors);

  if (request.first?.inspection) {
    const problem = idProblem(request.first.inspection, 'document');
    if (problem) return refused([`--inspection ${problem}`]);
  }
  const result = importSheet(read.rows, readSources(roots), roots, {
    planKey,
    version,
    label,
    published,
    first: request.first,
  });
  if (!result.files) return problems(result.errors);
  const files = result.files.map((f) => ({ path: contentPath(roots[f.root], f.path), text: f.text }));
  try {
    writeAllOrNothing(files);
  } catch (error) {
    if (error instanceof WriteRefused) return refused([...notes, `${file}: ${error.message}`]);
    throw error;
  }
  const actions = read.rows.slice(1).filter((row) => row.some((c) => c.trim() !== '')).length;
  return {
    ok: true,
    written: files.map((f) => f.path),
    lines: [
      ...notes,
      ...files.map((f) => `Wrote ${shownPath(f.path)}`),
      `Imported ${actions} rows as ${label} (${published}) of ${planKey}. Run npm run build to publish it.`,
    ],
  };
}

// `npm run import -- <file.xlsx|file.csv> --plan <authority>/<plan> --version <id> [--label "Version 2"] [--published 2020-01]`
// A plan's first version: add --source "<the plan as published>" (and --title, --inspection for a new plan);
// the sheet then also needs the columns Theme title, Objective text, Objective citation, Recommendations.
// Reads an edited plan spreadsheet back as a new plan version. Writes nothing unless the whole sheet is valid.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { importSheet } from '../src/lib/plan-sheets.ts';
import type { Roots } from '../src/lib/parse-content.ts';
import { readSheet } from '../src/lib/sheet-files.ts';
import { formatSheetError } from '../src/lib/spreadsheet.ts';
import { readSources } from './read-content.ts';

// A Word plan (.docx; .doc is refused with advice) or an inspection report (.pdf, or its text in a .txt) has its own reader.
if (process.argv.slice(2).some((arg) => !arg.startsWith('-') && /\.(docx?|pdf|txt)$/i.test(arg))) {
  await import('./import-document.ts');
  process.exit(process.exitCode ?? 0);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    plan: { type: 'string' },
    version: { type: 'string' },
    label: { type: 'string' },
    published: { type: 'string' },
    title: { type: 'string' },
    inspection: { type: 'string' },
    source: { type: 'string' },
    content: { type: 'string', default: process.env.CONTENT_DIR ?? 'src/content' },
    data: { type: 'string', default: process.env.DATA_DIR ?? 'data' },
  },
});
const file = positionals[0];
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (!file || !values.plan || !values.version) {
  fail('Usage: npm run import -- <file.xlsx|file.csv> --plan <authority>/<plan> --version <id> [--label "Version 2"] [--published YYYY-MM]');
}
const format = extname(file!).toLowerCase() === '.xlsx' ? 'xlsx' : extname(file!).toLowerCase() === '.csv' ? 'csv' : fail(`${file}: the file must end in .xlsx or .csv`);
const version = values.version!;
const label = values.label ?? `Version ${version.replace(/^v/, '')}`;
const published = values.published ?? new Date().toISOString().slice(0, 7);
const roots: Roots = { content: values.content!, data: values.data! };

const rows = await readSheet(readFileSync(file!), format as 'xlsx' | 'csv');
const result = importSheet(rows, readSources(roots), roots, {
  planKey: values.plan!, version, label, published,
  first: { title: values.title, inspection: values.inspection, source: values.source },
});
if (!result.files) {
  console.error(`${file}: nothing was written, because the sheet has ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}:`);
  for (const error of result.errors) console.error(`  ✗ ${formatSheetError(error)}`);
  process.exit(1);
}
for (const written of result.files) {
  const path = join(roots[written.root], written.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, written.text);
  console.log(`Wrote ${path}`);
}
console.log(`Imported ${rows.length - 1} rows as ${label} (${published}) of ${values.plan}. Run npm run build to publish it.`);

// `npm run export -- <authority>/<plan> [--version <id>] [--format xlsx|csv] [--out <file>] [--replace]`
// Writes a plan version as a spreadsheet, one row per action, ready to edit and import. A sheet already
// at that name is never replaced silently: it may hold an officer's edits not yet imported.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildGraph } from '../src/lib/graph/graph.ts';
import { parseContent, type Roots } from '../src/lib/content/parse-content.ts';
import { ContentError, formatProblems } from '../src/lib/content/problems.ts';
import { writeSheet } from '../src/lib/spreadsheets/sheet-files.ts';
import { planSheetName, sheetDateOf, versionRows } from '../src/lib/publishing/plan-downloads.ts';
import { titleOf } from '../src/lib/derivations/labels.ts';
import { readSources } from './read-content.ts';
import { contentRoots } from '../src/lib/settings.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    version: { type: 'string' },
    format: { type: 'string', default: 'xlsx' },
    out: { type: 'string' },
    replace: { type: 'boolean', default: false },
    content: { type: 'string', default: contentRoots().content },
    data: { type: 'string', default: contentRoots().data },
  },
});
const planKey = positionals[0];
if (!planKey || !['xlsx', 'csv'].includes(values.format!)) {
  console.error(
    'Usage: npm run export -- <authority>/<plan> [--version <id>] [--format xlsx|csv] [--out <file>] [--replace]',
  );
  process.exit(1);
}
const roots: Roots = { content: values.content!, data: values.data! };
const { content, problems } = parseContent(readSources(roots), roots);
if (problems.length > 0) {
  console.error(
    `${formatProblems(problems)}\nFix these first (npm run check lists them with what to write), then export again. Nothing was written.`,
  );
  process.exit(1);
}
// A problem anywhere (a document just started with npm run new still holding its EDIT: text) is said
// as the check says it, never as a stack trace.
let graph: ReturnType<typeof buildGraph>;
try {
  graph = buildGraph(content);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(
    `${error.message}\nFix these first (npm run check lists them with what to write), then export again. Nothing was written.`,
  );
  process.exit(1);
}
const plan = graph.plans.get(planKey);
if (!plan) {
  console.error(`No plan "${planKey}": known plans are ${[...graph.plans.keys()].join(', ')}`);
  process.exit(1);
}
const version = values.version ? plan.versions.find((v) => v.slug === values.version) : plan.latest;
if (!version) {
  console.error(
    `No version "${values.version}" of ${planKey}: its versions are ${plan.versions.map((v) => v.slug).join(', ')}`,
  );
  process.exit(1);
}
const rows = versionRows(version);
const out = values.out ?? `${planSheetName(version)}.${values.format}`;
// Written under a temporary name and renamed, so an interrupted export never leaves half a file.
const temporary = `${out}.${process.pid}.tmp`;
const sheet = await writeSheet(
  rows,
  values.format as 'xlsx' | 'csv',
  'Actions',
  sheetDateOf(version),
  titleOf(version),
);
// The sheet is written byte for byte the same each time, so an existing file that differs has been edited
// (or is another file): keep it unless the officer says to replace it.
let existing: Buffer | undefined;
try {
  existing = existsSync(out) ? readFileSync(out) : undefined;
} catch (error) {
  console.error(
    `${out} already exists and could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}), so it was left as it is: give another name with --out. Nothing was written.`,
  );
  process.exit(1);
}
if (existing?.equals(sheet)) {
  console.log(`${out} is already ${version.data.label} of ${plan.data.title} as the site holds it: nothing to write.`);
  process.exit(0);
}
if (existing && !values.replace) {
  console.error(
    `${out} already exists and differs from ${version.data.label} as the site holds it: it may hold edits not yet imported, so it was left as it is. Import it first (npm run import -- ${out} --plan ${planKey} --version <new id>), or write elsewhere with --out <file>, or add --replace to overwrite it and lose its changes. Nothing was written.`,
  );
  process.exit(1);
}
try {
  writeFileSync(temporary, sheet);
  renameSync(temporary, out);
} catch (error) {
  rmSync(temporary, { force: true });
  console.error(
    `Could not write ${out} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check the folder exists, that you may write to it, and that the file is not open in Excel`,
  );
  process.exit(1);
}
console.log(
  `${existing ? 'Replaced' : 'Wrote'} ${out}: ${rows.length - 1} actions of ${plan.data.title}, ${version.data.label}.`,
);

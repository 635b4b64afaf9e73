// `npm run import -- <file> --plan <authority>/<plan> --version <id> [--label "Version 2"] [--published 2020-01]`
// A plan's first version: add --source "<the plan as published>" (and --title, --inspection for a new plan);
// the sheet then also needs the columns Theme title, Objective text, Objective citation, Recommendations, and
// may leave out the columns of progress (RAG, DOT, evidence, paragraphs…: firstVersionOptionalColumns).
// A thin dispatcher: the file's extension chooses the importer; each importer lives in src/lib and
// returns lines to print. Spreadsheets (.xlsx, .csv): src/lib/spreadsheets/sheet-import.ts.
import { extname } from 'node:path';
import { importSpreadsheet, sheetExtensions } from '../src/lib/spreadsheets/sheet-import.ts';
import { readArguments } from './command-line.ts';

// A Word plan (.docx; .doc is refused with advice) or an inspection report (.pdf, or its text in a .txt) has its own reader.
if (process.argv.slice(2).some((arg) => !arg.startsWith('-') && /\.(docx?|pdf|txt)$/i.test(arg))) {
  await import('./import-document.ts');
  process.exit(process.exitCode ?? 0);
}

const usage =
  'Usage: npm run import -- <file.xlsx|file.csv> --plan <authority>/<plan> --version <id> [--label "Version 2"] [--published YYYY-MM] [--yes]';
const { values, positionals, roots } = readArguments(
  {
    plan: { type: 'string' },
    version: { type: 'string' },
    label: { type: 'string' },
    published: { type: 'string' },
    title: { type: 'string' },
    inspection: { type: 'string' },
    source: { type: 'string' },
    // Every import takes --yes. A sheet import asks nothing (it writes only a wholly valid sheet), so
    // here it changes nothing; a script can call each importer the same way.
    yes: { type: 'boolean', default: false },
  },
  usage,
);
const file = positionals[0];
if (!file || !values.plan || !values.version) {
  console.error(usage);
  process.exit(1);
}
const extension = extname(file).toLowerCase();

if ((sheetExtensions as readonly string[]).includes(extension)) {
  const outcome = await importSpreadsheet({
    file,
    planKey: values.plan,
    version: values.version,
    label: values.label,
    published: values.published,
    roots,
    first: { title: values.title, inspection: values.inspection, source: values.source },
  });
  for (const line of outcome.lines) (outcome.ok ? console.log : console.error)(line);
  process.exit(outcome.ok ? 0 : 1);
}
console.error(`${file}: the file must end in ${sheetExtensions.join(' or ')}\n${usage}`);
process.exit(1);

// `npm run import -- plan.docx --plan <authority>/<plan> --version <id> [--label "Version 2"] [--published 2020-01] [--map "Header=field"]… [--dry-run]`
// `npm run import -- report.pdf|report.txt --inspection <authority>/<id> [--title …] [--inspectorate …] [--published YYYY-MM-DD] [--dry-run]`
// Either: [--publisher "<who published it, as it names itself>"] [--address https://…] to record where the public can read it.
// Reads a council's Word plan or an inspection report, shows what it will write, and writes everything or nothing.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import {
  docxToHtml,
  fileTooLarge,
  formatDocProblem,
  ImportFileError,
  importPlanDocument,
  type ImportResult,
  wordLimits,
} from '../src/lib/importers/docx-plan.ts';
import { importReport, pdfLimits, pdfLines, textLines } from '../src/lib/importers/report.ts';
import { writeAllOrNothing, WriteRefused } from '../src/lib/content/atomic-write.ts';
import { readSources } from './read-content.ts';
import { fail, readArguments } from './command-line.ts';

const usage = [
  'Usage:',
  '  npm run import -- plan.docx --plan <authority>/<plan> --version <id> [--published YYYY-MM] [--label "Version 2"] [--map "Header=field"] [--dry-run]',
  '    (a plan not yet on the site: add --title "<the plan\'s title>" --inspection <id of the inspection it answers> [--source "<the plan as published>"])',
  '  npm run import -- report.pdf --inspection <authority>/<id> [--published YYYY-MM-DD] [--title "…"] [--inspectorate Ofsted] [--dry-run]',
  "  (a report's text pasted into a .txt file is read the same way as its PDF; in a terminal it asks before writing, --yes skips the question)",
  '  Either kind: --publisher "<who published it, as the document names them>" --address "<its public web address, https://…>" record its source',
].join('\n');
const { values, positionals, roots } = readArguments(
  {
    plan: { type: 'string' },
    version: { type: 'string' },
    label: { type: 'string' },
    published: { type: 'string' },
    map: { type: 'string', multiple: true },
    inspection: { type: 'string' },
    title: { type: 'string' },
    source: { type: 'string' },
    inspectorate: { type: 'string' },
    publisher: { type: 'string' },
    address: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    yes: { type: 'boolean', default: false },
  },
  usage,
);
const file = positionals[0] ?? fail(usage);
if (!existsSync(file)) fail(`${file}: there is no such file. Check the name and the folder you are in.`);
const kind = extname(file).toLowerCase();
const sourceName = basename(file);
/**
 * The source file to name in the imported document's sources: only a plain-text copy of it kept
 * in the content's sources/<authority>/ folder, where the content check reads it word for word.
 * A .docx or .pdf is not such a file, so it is named by its title alone.
 */
const keptSource = (key: string | undefined): string | undefined => {
  const authority = key?.split('/')[0];
  return authority && existsSync(join(roots.content, 'sources', authority, sourceName)) ? sourceName : undefined;
};

if (kind === '.doc')
  fail(
    `${file} is an old-style Word document (.doc), which cannot be read reliably: open it in Word and use "Save As" → "Word Document (.docx)", then import the .docx. Nothing was written.`,
  );

// Measured before it is read: a file far larger than any plan or report is refused without loading it.
const tooLarge =
  kind === '.docx'
    ? fileTooLarge(file, statSync(file).size, wordLimits.maxFileBytes, 'Word plan')
    : kind === '.pdf'
      ? fileTooLarge(file, statSync(file).size, pdfLimits.maxFileBytes, 'inspection report')
      : fileTooLarge(file, statSync(file).size, pdfLimits.maxTextBytes, "inspection report's text");
if (tooLarge) fail(tooLarge);

let result: ImportResult;
try {
  if (kind === '.docx') {
    if (!values.plan || !values.version)
      fail(
        `A Word plan is imported as a version of a plan: give --plan <authority>/<plan> and --version <id>.\n${usage}`,
      );
    const html = await docxToHtml(readFileSync(file), sourceName);
    result = importPlanDocument(html, readSources(roots), roots, {
      planKey: values.plan!,
      version: values.version!,
      label: values.label,
      published: values.published,
      sourceName,
      sourceFile: keptSource(values.plan),
      map: values.map,
      first: { title: values.title, inspection: values.inspection, source: values.source },
      publisher: values.publisher,
      address: values.address,
    });
  } else {
    if (!values.inspection)
      fail(`A report is imported as an inspection: give --inspection <authority>/<id>.\n${usage}`);
    const lines =
      kind === '.pdf' ? await pdfLines(readFileSync(file), sourceName) : textLines(readFileSync(file, 'utf8'));
    result = importReport(lines, readSources(roots), roots, {
      inspectionKey: values.inspection!,
      sourceName,
      sourceFile: keptSource(values.inspection),
      title: values.title,
      inspectorate: values.inspectorate,
      published: values.published,
      publisher: values.publisher,
      address: values.address,
    });
  }
} catch (error) {
  if (error instanceof ImportFileError) fail(`${error.message}\nNothing was written.`);
  throw error;
}

for (const line of result!.preview) console.log(line);
if (!result!.files) {
  const n = result!.problems.length;
  console.error(`${file}: nothing was written, because ${n === 1 ? 'there is 1 problem' : `there are ${n} problems`}:`);
  for (const problem of result!.problems) console.error(`  ✗ ${formatDocProblem(problem)}`);
  process.exit(1);
}
if (values['dry-run']) {
  console.log('Nothing was written (--dry-run). Run the same command without --dry-run to write it.');
} else {
  if (process.stdin.isTTY && !values.yes) {
    // in a terminal, the person reads the preview and says yes before anything is written
    const { createInterface } = await import('node:readline/promises');
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await prompt.question('Write these files? [y/N] ');
    prompt.close();
    if (!/^y(es)?$/i.test(answer.trim())) {
      console.log('Nothing was written.');
      process.exit(0);
    }
  }
  try {
    writeAllOrNothing(result!.files.map((f) => ({ path: join(roots[f.root], f.path), text: f.text })));
  } catch (error) {
    if (error instanceof WriteRefused) fail(`${file}: ${error.message}`);
    throw error;
  }
  console.log('Written. Run npm run check, then npm run build to publish it.');
}

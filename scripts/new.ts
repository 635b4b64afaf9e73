// `npm run new -- statement <authority> "<title>" --date YYYY-MM-DD`
// `npm run new -- plan-version <authority>/<plan> [--published YYYY-MM] [--inspection <id>]` (the first version too)
// `npm run new -- authority <id> "<name>"`
// `npm run new -- inspection <authority> <id> [--published YYYY-MM-DD]`
// `npm run new -- notice <authority> <id> --issued YYYY[-MM[-DD]] [--inspection <id>]`
// `npm run new -- monitoring-visit <authority> <id> --letter YYYY[-MM[-DD]] --inspection <id> [--finding "<words>" …]`
// `npm run new -- indicator <authority> <id> "<title>" --unit percent|count|rate|days|ratio --direction higher|lower`
// Writes new content files ready to edit. Every name it makes follows the id rule (src/lib/base/ids.ts) and
// stays inside the content folder; it refuses to overwrite, writes all files or none, and says what it created.
import { writeAllOrNothing, WriteRefused } from '../src/lib/content/atomic-write.ts';
import { contentPath, shownPath } from '../src/lib/content/content-paths.ts';
import { IdError, idProblem, splitId, type IdKind } from '../src/lib/base/ids.ts';
import { parseContent } from '../src/lib/content/parse-content.ts';
import { isPartialDate } from '../src/schemas/common.ts';
import { latestVersionEntry } from '../src/lib/spreadsheets/plan-sheets.ts';
import {
  authorityScaffold,
  firstPlanScaffold,
  indicatorScaffold,
  inspectionScaffold,
  monitoringVisitScaffold,
  noticeScaffold,
  slugify,
  startNextVersion,
  statementMdx,
} from '../src/lib/content/scaffold.ts';
import { unitValues } from '../src/schemas/indicator.ts';
import { readSources } from './read-content.ts';
import { isIsoDate } from '../src/schemas/common.ts';
import { fail, readArguments } from './command-line.ts';

const { values, positionals, roots } = readArguments({
  date: { type: 'string' },
  published: { type: 'string' },
  issued: { type: 'string' },
  inspection: { type: 'string' },
  unit: { type: 'string' },
  direction: { type: 'string' },
  letter: { type: 'string' },
  finding: { type: 'string', multiple: true },
});
/** A file to write: inside the content folder, or the command stops (nothing is written until all are known). */
const write = (relative: string, text: string) => {
  try {
    return { path: contentPath(roots.content, relative), text };
  } catch (error) {
    return fail((error as Error).message);
  }
};
/** Stops unless `value` follows the id rule. */
const id = (value: string | undefined, kind: IdKind, what: string) => {
  const problem = value === undefined ? undefined : idProblem(value, kind);
  if (problem) fail(`${what} ${problem}: nothing was written`);
  return value;
};
/** Stops unless `value` is a date at the precision allowed. */
const date = (value: string | undefined, flag: string, dayOnly = false) => {
  if (value !== undefined && (!isPartialDate(value) || (dayOnly && !/^\d{4}-\d{2}-\d{2}$/.test(value)))) {
    fail(
      `${flag} ${JSON.stringify(value)} is not a date: write ${dayOnly ? 'YYYY-MM-DD, e.g. 2019-11-20' : 'YYYY-MM-DD, YYYY-MM (e.g. 2020-01) or YYYY'}`,
    );
  }
  return value;
};
date(values.published, '--published');
date(values.issued, '--issued');
date(values.letter, '--letter');
const [kind, target, title] = positionals;
const sources = readSources(roots);
const { content } = parseContent(sources, roots);

let files: { path: string; text: string }[] = [];
if (kind === 'statement') {
  if (!target || !title) fail('Usage: npm run new -- statement <authority> "<title>" --date YYYY-MM-DD');
  const authority =
    content.authorities.find((a) => a.id === target) ??
    fail(`No authority "${target}": known authorities are ${content.authorities.map((a) => a.id).join(', ')}`);
  // The date is the statement's publication date and ends its file name (its web address), so it
  // is asked for, never assumed to be today.
  if (values.date === undefined)
    fail(
      `Give the statement's date of publication: npm run new -- statement ${target} ${JSON.stringify(title)} --date YYYY-MM-DD`,
    );
  if (!isIsoDate(values.date!))
    fail(`--date ${JSON.stringify(values.date)} is not a date: write YYYY-MM-DD, e.g. 2016-01-05`);
  const day = values.date!;
  const words = slugify(title!);
  if (!words)
    fail(`The title ${JSON.stringify(title)} has no letters or digits to name the file by: give a title in words`);
  const slug = id(`${words}-${day}`, 'document', 'The file name')!;
  files = [
    write(
      `statements/${target}/${slug}.mdx`,
      statementMdx({ title: title!, date: day, authorityName: authority.data.name }),
    ),
  ];
} else if (kind === 'plan-version' && target?.includes('/') && !latestVersionEntry(content, target)) {
  // The first version of a plan (and the plan itself, if it is new).
  const { authority, slug: planId } = splitId(target);
  if (planId.includes('/'))
    fail(`${JSON.stringify(target)} is not <authority>/<plan>, e.g. torbay/improvement-plan: nothing was written`);
  id(authority, 'authority', 'The authority');
  id(planId, 'document', 'The plan id');
  id(values.inspection, 'document', '--inspection');
  if (!content.authorities.some((a) => a.id === authority))
    fail(`No authority "${authority}": run npm run new -- authority ${authority} "<name>" first`);
  const planExists = content.plans.some((p) => p.id === target);
  const inspection = values.inspection ?? content.plans.find((p) => p.id === target)?.data.inspection;
  if (!inspection)
    fail(
      `A new plan answers an inspection: add --inspection <id> (known inspections of ${authority}: ${
        content.inspections
          .filter((i) => i.id.startsWith(`${authority}/`))
          .map((i) => splitId(i.id).slug)
          .join(', ') || 'none yet; run npm run new -- inspection first'
      })`,
    );
  const published = values.published ?? new Date().toISOString().slice(0, 7);
  files = firstPlanScaffold(target, inspection!, published, planExists).map((f) => write(f.path, f.text));
} else if (kind === 'plan-version') {
  if (!target || !target.includes('/'))
    fail(
      `Usage: npm run new -- plan-version <authority>/<plan> [--published YYYY-MM]${target ? `\nNo plan ${JSON.stringify(target)}: known plans are ${content.plans.map((p) => p.id).join(', ')}` : ''}`,
    );
  const published = values.published ?? new Date().toISOString().slice(0, 7);
  const started = startNextVersion(content, sources, target!, published);
  if ('problem' in started) fail(started.problem);
  files = started.files.map((f) => write(f.path, f.text));
} else if (kind === 'authority') {
  if (!target || !title)
    fail('Usage: npm run new -- authority <id> "<name>"  (id in lower case with hyphens, e.g. west-berkshire)');
  id(target, 'authority', 'The authority id');
  files = [write(authorityScaffold(target!, title!).path, authorityScaffold(target!, title!).text)];
} else if (kind === 'monitoring-visit') {
  const usage =
    'Usage: npm run new -- monitoring-visit <authority> <id> --letter YYYY[-MM[-DD]] --inspection <id> [--finding "<the letter\'s words>" …]';
  if (!target || !title || !values.letter || !values.inspection) fail(usage);
  if (!content.authorities.some((a) => a.id === target))
    fail(`No authority "${target}": run npm run new -- authority ${target} "<name>" first`);
  id(title, 'document', 'The visit id');
  id(values.inspection, 'document', '--inspection');
  if (!content.inspections.some((i) => i.id === `${target}/${values.inspection}`))
    fail(
      `No inspection "${values.inspection}" for ${target}: run npm run new -- inspection ${target} ${values.inspection} first`,
    );
  const f = monitoringVisitScaffold(target!, title!, {
    letter: values.letter!,
    inspection: values.inspection!,
    findings: (values.finding ?? []).map((w) => w.trim()).filter(Boolean),
  });
  files = [write(f.path, f.text)];
} else if (kind === 'inspection' || kind === 'notice' || kind === 'indicator') {
  const docId = title;
  if (!target || !docId) fail(`Usage: npm run new -- ${kind} <authority> <id> …`);
  if (!content.authorities.some((a) => a.id === target))
    fail(`No authority "${target}": run npm run new -- authority ${target} "<name>" first`);
  id(docId, 'document', `The ${kind} id`);
  id(values.inspection, 'document', '--inspection');
  if (kind === 'inspection') {
    const f = inspectionScaffold(target!, docId!, values.published);
    files = [write(f.path, f.text)];
  } else if (kind === 'notice') {
    if (!values.issued)
      fail('Usage: npm run new -- notice <authority> <id> --issued YYYY[-MM[-DD]] [--inspection <id>]');
    const f = noticeScaffold(target!, docId!, values.issued!, values.inspection);
    files = [write(f.path, f.text)];
  } else {
    const indicatorTitle = positionals[3];
    const unit = values.unit ?? '';
    if (
      !indicatorTitle ||
      !(unitValues as readonly string[]).includes(unit) ||
      !['higher', 'lower'].includes(values.direction ?? '')
    ) {
      fail(
        `Usage: npm run new -- indicator <authority> <id> "<title>" --unit ${unitValues.join('|')} --direction higher|lower`,
      );
    }
    const f = indicatorScaffold(target!, docId!, indicatorTitle!, unit, values.direction!);
    files = [write(f.path, f.text)];
  }
} else {
  fail(
    'Usage: npm run new -- <statement|authority|inspection|monitoring-visit|notice|indicator|plan-version> …  (see docs/add-a-council.md)',
  );
}
try {
  writeAllOrNothing(files);
} catch (error) {
  if (error instanceof WriteRefused || error instanceof IdError)
    fail(`${error.message}. Choose another title or version.`);
  throw error;
}
for (const file of files) console.log(`Created ${shownPath(file.path)}`);
console.log(
  kind === 'plan-version' && files.some((f) => f.path.endsWith('v1.json'))
    ? 'Replace every "EDIT:" with the plan\'s words (npm run check lists any left), or import the plan\'s table from a spreadsheet with npm run import -- <file> --plan <authority>/<plan> --version v1; then npm run build.'
    : kind === 'plan-version'
      ? 'It starts as a copy of the latest version: update ratings, evidence and timescales in the .json (or export, edit and import a spreadsheet), then run npm run check and npm run build.'
      : kind === 'statement'
        ? 'Replace its example texts (the check refuses them), then run npm run check and npm run build. Or edit it in the editor: npm run edit.'
        : 'Replace every "EDIT:" with the source\'s words, or mark what the source does not give (see docs/add-a-council.md); npm run check lists any left. Then npm run build.',
);

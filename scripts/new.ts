// `npm run new -- statement <authority> "<title>" --date YYYY-MM-DD`
// `npm run new -- plan-version <authority>/<plan> [--published YYYY-MM] [--inspection <id>]` (the first version too)
// `npm run new -- authority <id> "<name>"`
// `npm run new -- inspection <authority> <id> [--published YYYY-MM-DD]`
// `npm run new -- notice <authority> <id> --issued YYYY[-MM[-DD]] [--inspection <id>]`
// `npm run new -- indicator <authority> <id> "<title>" --unit percent|count|rate|days|ratio --direction higher|lower`
// Writes new content files ready to edit. Refuses to overwrite, and says what it created.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseContent, type Roots } from '../src/lib/parse-content.ts';
import { latestVersionEntry } from '../src/lib/plan-sheets.ts';
import { authorityScaffold, firstPlanScaffold, indicatorScaffold, inspectionScaffold, nextVersionFiles, nextVersionId, noticeScaffold, slugify, statementMdx } from '../src/lib/scaffold.ts';
import { unitValues } from '../src/schemas/indicator.ts';
import { readSources } from './read-content.ts';
import { isIsoDate } from '../src/schemas/common.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    published: { type: 'string' },
    issued: { type: 'string' },
    inspection: { type: 'string' },
    unit: { type: 'string' },
    direction: { type: 'string' },
    content: { type: 'string', default: process.env.CONTENT_DIR ?? 'src/content' },
    data: { type: 'string', default: process.env.DATA_DIR ?? 'data' },
  },
});
const roots: Roots = { content: values.content!, data: values.data! };
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const write = (relative: string, text: string) => {
  const path = join(roots.content, relative);
  if (existsSync(path)) fail(`${path} already exists: nothing was written. Choose another title or version.`);
  return { path, text };
};
const [kind, target, title] = positionals;
const { content } = parseContent(readSources(roots), roots);

let files: { path: string; text: string }[] = [];
if (kind === 'statement') {
  if (!target || !title) fail('Usage: npm run new -- statement <authority> "<title>" --date YYYY-MM-DD');
  const authority = content.authorities.find((a) => a.id === target) ?? fail(`No authority "${target}": known authorities are ${content.authorities.map((a) => a.id).join(', ')}`);
  // The date is the statement's publication date and ends its file name (its web address), so it
  // is asked for, never assumed to be today.
  if (values.date === undefined) fail(`Give the statement's date of publication: npm run new -- statement ${target} ${JSON.stringify(title)} --date YYYY-MM-DD`);
  if (!isIsoDate(values.date!)) fail(`--date ${JSON.stringify(values.date)} is not a date: write YYYY-MM-DD, e.g. 2016-01-05`);
  const date = values.date!;
  const slug = `${slugify(title!)}-${date}`;
  files = [write(`statements/${target}/${slug}.mdx`, statementMdx({ title: title!, date, authorityName: authority.data.name }))];
} else if (kind === 'plan-version' && target?.includes('/') && !latestVersionEntry(content, target)) {
  // The first version of a plan (and the plan itself, if it is new).
  const authority = target.split('/')[0]!;
  if (!content.authorities.some((a) => a.id === authority)) fail(`No authority "${authority}": run npm run new -- authority ${authority} "<name>" first`);
  const planExists = content.plans.some((p) => p.id === target);
  const inspection = values.inspection ?? content.plans.find((p) => p.id === target)?.data.inspection;
  if (!inspection) fail(`A new plan answers an inspection: add --inspection <id> (known inspections of ${authority}: ${content.inspections.filter((i) => i.id.startsWith(`${authority}/`)).map((i) => i.id.split('/')[1]).join(', ') || 'none yet; run npm run new -- inspection first'})`);
  const published = values.published ?? new Date().toISOString().slice(0, 7);
  files = firstPlanScaffold(target, inspection!, published, planExists).map((f) => write(f.path, f.text));
} else if (kind === 'plan-version') {
  if (!target || !target.includes('/')) fail('Usage: npm run new -- plan-version <authority>/<plan> [--published YYYY-MM]');
  const base = latestVersionEntry(content, target!) ?? fail(`No plan "${target}" with a version: known plans are ${content.plans.map((p) => p.id).join(', ')}`);
  const folder = join(roots.content, 'plan-versions', target!);
  const version = nextVersionId(readdirSync(folder).map((f) => f.replace(/\.[a-z]+$/, '')));
  const published = values.published ?? new Date().toISOString().slice(0, 7);
  files = nextVersionFiles({
    planKey: target!, version, published,
    baseMdx: readFileSync(join(roots.content, `plan-versions/${base.id}.mdx`), 'utf8'),
    baseJson: readFileSync(join(roots.content, `plan-versions/${base.id}.json`), 'utf8'),
  }).map((f) => write(f.path, f.text));
} else if (kind === 'authority') {
  if (!target || !title || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(target)) fail('Usage: npm run new -- authority <id> "<name>"  (id in lower case with hyphens, e.g. west-berkshire)');
  files = [write(authorityScaffold(target!, title!).path, authorityScaffold(target!, title!).text)];
} else if (kind === 'inspection' || kind === 'notice' || kind === 'indicator') {
  const id = title;
  if (!target || !id) fail(`Usage: npm run new -- ${kind} <authority> <id> …`);
  if (!content.authorities.some((a) => a.id === target)) fail(`No authority "${target}": run npm run new -- authority ${target} "<name>" first`);
  if (kind === 'inspection') {
    const f = inspectionScaffold(target!, id!, values.published);
    files = [write(f.path, f.text)];
  } else if (kind === 'notice') {
    if (!values.issued) fail('Usage: npm run new -- notice <authority> <id> --issued YYYY[-MM[-DD]] [--inspection <id>]');
    const f = noticeScaffold(target!, id!, values.issued!, values.inspection);
    files = [write(f.path, f.text)];
  } else {
    const indicatorTitle = positionals[3];
    const unit = values.unit ?? '';
    if (!indicatorTitle || !(unitValues as readonly string[]).includes(unit) || !['higher', 'lower'].includes(values.direction ?? '')) {
      fail(`Usage: npm run new -- indicator <authority> <id> "<title>" --unit ${unitValues.join('|')} --direction higher|lower`);
    }
    const f = indicatorScaffold(target!, id!, indicatorTitle!, unit, values.direction!);
    files = [write(f.path, f.text)];
  }
} else {
  fail('Usage: npm run new -- <statement|authority|inspection|notice|indicator|plan-version> …  (see the README, "Add a council")');
}
for (const file of files) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.text);
  console.log(`Created ${file.path}`);
}
console.log(kind === 'plan-version' && files.some((f) => f.path.endsWith('v1.json'))
  ? 'Replace every "EDIT:" with the plan\'s words (npm run check lists any left), or import the plan\'s table from a spreadsheet with npm run import -- <file> --plan <authority>/<plan> --version v1; then npm run build.'
  : kind === 'plan-version'
    ? 'It starts as a copy of the latest version: update ratings, evidence and timescales in the .json (or export, edit and import a spreadsheet), then run npm run check and npm run build.'
    : kind === 'statement'
      ? 'Replace its example texts (the check refuses them), then run npm run check and npm run build. Or edit it in the editor: npm run edit.'
      : 'Replace every "EDIT:" with the source\'s words, or mark what the source does not give (see the README, "Add a council"); npm run check lists any left. Then npm run build.');

// `npm run new -- statement <authority> "<title>" --date YYYY-MM-DD`
// `npm run new -- plan-version <authority>/<plan> [--published YYYY-MM]`
// Writes new content files ready to edit. Refuses to overwrite, and says what it created.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseContent, type Roots } from '../src/lib/parse-content.ts';
import { latestVersionEntry } from '../src/lib/plan-sheets.ts';
import { nextVersionFiles, nextVersionId, slugify, statementMdx } from '../src/lib/scaffold.ts';
import { readSources } from './read-content.ts';
import { isIsoDate } from '../src/schemas/common.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    published: { type: 'string' },
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
} else {
  fail('Usage: npm run new -- statement <authority> "<title>"   or   npm run new -- plan-version <authority>/<plan>');
}
for (const file of files) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.text);
  console.log(`Created ${file.path}`);
}
console.log(kind === 'statement'
  ? 'Replace its example texts (the check refuses them), then run npm run check and npm run build. Or edit it in the editor: npm run edit.'
  : 'It starts as a copy of the latest version: update ratings, evidence and timescales in the .json (or export, edit and import a spreadsheet), then run npm run check and npm run build.');

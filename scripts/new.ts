// `npm run new -- statement <authority> "<title>" [--date YYYY-MM-DD]`
// `npm run new -- plan-version <authority>/<plan> [--published YYYY-MM]`
// Writes new content files ready to edit. Every name it makes follows the id rule and stays inside
// the content folder; it refuses to overwrite, writes all files or none, and says what it created.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeAllOrNothing, WriteRefused } from '../src/lib/atomic-write.ts';
import { contentPath, shownPath } from '../src/lib/content-paths.ts';
import { IdError, idProblem } from '../src/lib/ids.ts';
import { parseContent, type Roots } from '../src/lib/parse-content.ts';
import { latestVersionEntry } from '../src/lib/plan-sheets.ts';
import { nextVersionFiles, nextVersionId, slugify, statementMdx } from '../src/lib/scaffold.ts';
import { isPartialDate } from '../src/schemas/common.ts';
import { readSources } from './read-content.ts';

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      published: { type: 'string' },
      content: { type: 'string', default: process.env.CONTENT_DIR ?? 'src/content' },
      data: { type: 'string', default: process.env.DATA_DIR ?? 'data' },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed!;
const roots: Roots = { content: values.content!, data: values.data! };
const [kind, target, title] = positionals;
const { content } = parseContent(readSources(roots), roots);

try {
  let files: { path: string; text: string }[] = [];
  if (kind === 'statement') {
    if (!target || !title) fail('Usage: npm run new -- statement <authority> "<title>" [--date YYYY-MM-DD]');
    const authority = content.authorities.find((a) => a.id === target) ?? fail(`No authority ${JSON.stringify(target)}: known authorities are ${content.authorities.map((a) => a.id).join(', ')}`);
    const date = values.date ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isPartialDate(date)) fail(`--date ${JSON.stringify(date)} is not a date: write YYYY-MM-DD, e.g. 2019-11-20`);
    const words = slugify(title!);
    if (!words) fail(`The title ${JSON.stringify(title)} has no letters or digits to name the file by: give a title in words`);
    const slug = `${words}-${date}`;
    const problem = idProblem(slug, 'document');
    if (problem) fail(`The file name ${problem}`);
    files = [{ path: contentPath(roots.content, `statements/${target}/${slug}.mdx`), text: statementMdx({ title: title!, date, authorityName: authority.data.name }) }];
  } else if (kind === 'plan-version') {
    if (!target || !content.plans.some((p) => p.id === target)) {
      fail(`Usage: npm run new -- plan-version <authority>/<plan> [--published YYYY-MM]${target ? `\nNo plan ${JSON.stringify(target)}: known plans are ${content.plans.map((p) => p.id).join(', ')}` : ''}`);
    }
    const base = latestVersionEntry(content, target!) ?? fail(`The plan ${JSON.stringify(target)} has no version to start from: add its first version by hand`);
    const folder = join(roots.content, 'plan-versions', target!);
    const version = nextVersionId(readdirSync(folder).map((f) => f.replace(/\.[a-z]+$/, '')));
    const published = values.published ?? new Date().toISOString().slice(0, 7);
    if (!isPartialDate(published)) fail(`--published ${JSON.stringify(published)} is not a date: write YYYY-MM (e.g. 2020-01), YYYY-MM-DD or YYYY`);
    files = nextVersionFiles({
      planKey: target!, version, published,
      baseMdx: readFileSync(join(roots.content, `plan-versions/${base.id}.mdx`), 'utf8'),
      baseJson: readFileSync(join(roots.content, `plan-versions/${base.id}.json`), 'utf8'),
    }).map((f) => ({ path: contentPath(roots.content, f.path), text: f.text }));
  } else {
    fail('Usage: npm run new -- statement <authority> "<title>"   or   npm run new -- plan-version <authority>/<plan>');
  }
  writeAllOrNothing(files);
  for (const file of files) console.log(`Created ${shownPath(file.path)}`);
} catch (error) {
  if (error instanceof IdError || error instanceof WriteRefused) fail(`${error.message}. Choose another title or version.`);
  throw error;
}
console.log(kind === 'statement'
  ? 'Edit it, then run npm run check and npm run build.'
  : 'It starts as a copy of the latest version: update ratings, evidence and timescales in the .json (or export, edit and import a spreadsheet), then run npm run check and npm run build.');

// `node scripts/dom-diff.ts <before-dist> <after-dist>`: compares every HTML page of two built sites
// as the browser reads them (parsed with parse5 through hast, written back the same way), so a change
// that only writes the same page in other bytes passes and a change to what the page is does not.
// Lists pages only in one folder, and each page whose parsed tree differs, with where. Exits 1 on any.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('Usage: node scripts/dom-diff.ts <before-dist> <after-dist>');
  process.exit(2);
}
const pagesOf = (root: string) =>
  (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
const beforePages = pagesOf(before);
const afterPages = new Set(pagesOf(after));
const problems: string[] = [...afterPages].filter((p) => !beforePages.includes(p)).map((p) => `only after: ${p}`);
let identical = 0;
let equivalent = 0;
for (const page of beforePages) {
  if (!afterPages.has(page) || !existsSync(join(after, page))) {
    problems.push(`only before: ${page}`);
    continue;
  }
  const a = readFileSync(join(before, page), 'utf8');
  const b = readFileSync(join(after, page), 'utf8');
  if (a === b) {
    identical++;
    continue;
  }
  const treeA = toHtml(fromHtml(a));
  const treeB = toHtml(fromHtml(b));
  if (treeA === treeB) {
    equivalent++;
    continue;
  }
  let i = 0;
  while (treeA[i] === treeB[i]) i++;
  const around = (s: string) => s.slice(Math.max(0, i - 100), i + 100);
  problems.push(`differs: ${page}\n  before: …${around(treeA)}…\n  after:  …${around(treeB)}…`);
}
console.log(
  `${beforePages.length} pages before, ${afterPages.size} after: ${identical} byte for byte the same, ${equivalent} the same once parsed, ${problems.length} different.`,
);
for (const problem of problems) console.log(problem);
process.exit(problems.length > 0 ? 1 : 0);

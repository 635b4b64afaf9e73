// The editor's preview when the content has problems: instead of a page built from content that
// would not publish (which throws, so the officer met an HTTP 500 and a developer overlay), a plain
// page that says "This change cannot be published yet", lists each problem in the check's words,
// and links each to the form that fixes it. Read straight from disk with the check's own readers,
// so it answers even when Astro's content layer could not load a broken file.
import { checkIntegrity } from '../lib/graph/integrity/index.ts';
import { parseContent, type Roots } from '../lib/content/parse-content.ts';
import type { Problem } from '../lib/content/problems.ts';
import { readSources } from '../lib/content/read-sources.ts';
import { formFor } from './form-links.ts';

/** Every problem `npm run check` would report for the content under `roots`, drafts included. */
export function problemsOnDisk(roots: Roots): Problem[] {
  const { content, problems } = parseContent(readSources(roots), roots);
  // The cross-reference check reads entries that parsed; a file that did not is already reported.
  return [...problems, ...checkIntegrity(content)];
}

/** One problem as the preview lists it: where, what, and the editor form that fixes it. */
export interface ProblemItem {
  file: string;
  where: string;
  message: string;
  form?: string;
}

/** The problems as the preview page lists them, each with the form that edits its file. */
export function problemItems(problems: readonly Problem[], roots: Roots): ProblemItem[] {
  return problems.map((p) => {
    const form = formFor(p.file, roots);
    return { file: p.file, where: p.path, message: p.message, ...(form ? { form } : {}) };
  });
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The whole page: plain HTML with no script, so it shows whatever else is broken. */
export function problemPage(items: readonly ProblemItem[]): string {
  const noun = items.length === 1 ? 'problem' : 'problems';
  const list = items
    .map(
      (
        p,
      ) => `<li><p><strong>${escape(p.file)}</strong>${p.where ? `, ${escape(p.where)}` : ''}: ${escape(p.message)}</p>
<p>${p.form ? `<a href="${escape(p.form)}">Open the form to fix this</a>` : 'The editor has no form for this file: ask whoever looks after the site to fix it.'}</p></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>This change cannot be published yet</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}li{margin-bottom:1rem}a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}</style>
</head>
<body><main>
<h1>This change cannot be published yet</h1>
<p>The editor's preview found ${items.length} ${noun} in what has been saved. Nothing is lost: fix ${items.length === 1 ? 'it' : 'each one'} in the editor, save, and reload this page.</p>
<ol>
${list}
</ol>
<p><a href="/keystatic">Back to the editor</a></p>
</main></body>
</html>
`;
}

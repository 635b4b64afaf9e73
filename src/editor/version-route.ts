// The editor's plan-version actions (`npm run edit` only), at /api/editor/plan-version:
//   GET  ?version=<authority>/<plan>/<version>  where the version stands: published (and why) or
//        open for updates, and the version a "Start the next version" would start;
//   POST { plan: "<authority>/<plan>", published: "2026-12" }  starts the next version from the
//        newest, as `npm run new -- plan-version` does (src/lib/content/scaffold.ts), checks it,
//        writes both files or neither, and answers with the form that edits it.
// Read fresh from disk on every request: the forms that call it were built when the editor started.
import type { APIRoute } from 'astro';
import config from 'virtual:keystatic-config';
import description from 'virtual:tracker-editor';
import { readSources } from '../lib/content/read-sources.ts';
import { parseContent } from '../lib/content/parse-content.ts';
import { contentPath } from '../lib/content/content-paths.ts';
import { latestVersionEntry } from '../lib/spreadsheets/plan-sheets.ts';
import { publishedBecause } from '../lib/content/published.ts';
import { startNextVersion, nextVersionId } from '../lib/content/scaffold.ts';
import { writeAllOrNothing, WriteRefused } from '../lib/content/atomic-write.ts';
import { planKeyOf, splitVersionKey } from '../lib/base/ids.ts';
import { editorConfig } from './config.ts';
import { editorContent } from './editor-content.ts';
import { formFor } from './form-links.ts';
import { problemsWith } from './save.ts';

export const prerender = false;

const roots = { content: description.contentDir, data: description.dataDir };

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/** Where a plan version stands, for its forms' banner. */
export const GET: APIRoute = ({ url }) => {
  const key = url.searchParams.get('version') ?? '';
  const { content } = parseContent(readSources(roots), roots);
  const entry = content.planVersions.find((v) => v.id === key);
  if (!entry) return answer(404, { message: `There is no plan version "${key}".` });
  const latest = latestVersionEntry(content, planKeyOf(key))!;
  const taken = content.planVersions
    .filter((v) => planKeyOf(v.id) === planKeyOf(key))
    .map((v) => splitVersionKey(v.id).version);
  const because = publishedBecause(content, key);
  return answer(200, {
    label: entry.data.label,
    ...(because ? { published: because } : {}),
    newest: { label: latest.data.label, form: formFor(latest.file, roots), isThis: latest.id === key },
    next: `Version ${nextVersionId(taken).replace(/^v/, '')}`,
  });
};

/**
 * The editor's description and configuration read again, so the new version has its forms: the
 * server's configuration (which says which files a save may write) is updated in place, and the
 * browser's (the integration's hook, src/integrations/editor.ts) on its next page load.
 */
function refresh() {
  const fresh = editorConfig(editorContent(roots));
  Object.assign(config.singletons ?? {}, fresh.singletons);
  Object.assign(config.collections ?? {}, fresh.collections);
  const hook = (globalThis as Record<symbol, unknown>)[Symbol.for('improvement-tracker.editor.refresh')];
  if (typeof hook === 'function') hook();
}

/** Starts the next version of a plan from its newest, dated as the officer says. */
export const POST: APIRoute = async ({ request, url }) => {
  // Only the editor's own form may start a version: another site's page cannot send a JSON body
  // without asking first, and its origin is not this one.
  const origin = request.headers.get('origin');
  if (request.headers.get('content-type') !== 'application/json' || (origin !== null && origin !== url.origin))
    return answer(403, { message: "A version is started from the editor's own form only. Nothing was written." });
  let asked: { plan?: unknown; published?: unknown };
  try {
    asked = await request.json();
  } catch {
    return answer(400, { message: 'The request did not say which plan and date.' });
  }
  const plan = typeof asked.plan === 'string' ? asked.plan : '';
  const published = typeof asked.published === 'string' ? asked.published.trim() : '';
  if (!published) return answer(422, { message: "Give the new version's own date first, e.g. 2026-12." });
  const files = readSources(roots);
  const { content } = parseContent(files, roots);
  const started = startNextVersion(content, files, plan, published);
  if ('problem' in started) return answer(422, { message: started.problem });
  const additions = started.files.map((f) => ({ path: `${roots.content}/${f.path}`, text: f.text }));
  const problems = problemsWith(additions, [], files, roots);
  if (problems.length > 0)
    return answer(422, {
      message: `${started.label} cannot be started yet, because ${started.from.data.label} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} to fix first: ${problems.map((p) => `${p.path ? `${p.path}: ` : ''}${p.message}`).join('; ')}`,
    });
  try {
    writeAllOrNothing(started.files.map((f) => ({ path: contentPath(roots.content, f.path), text: f.text })));
  } catch (error) {
    // Never a stack trace for an officer: what stopped the write, and that nothing was written.
    if (error instanceof WriteRefused) return answer(409, { message: error.message });
    return answer(503, {
      message: `${started.label} could not be written (${(error as Error).message.split('\n')[0]}): nothing was written. Ask whoever looks after the site.`,
    });
  }
  refresh();
  const json = additions.find((f) => f.path.endsWith('.json'))!;
  return answer(201, { label: started.label, form: formFor(json.path, roots) });
};

// The editor's save (`POST /api/keystatic/update`, `npm run edit` only), in front of Keystatic's own:
// the files are prepared by src/editor/save.ts (quiet, an own statement's source filled, checked
// with every other file) and written all at once, each file whole (src/lib/content/atomic-write.ts),
// or refused in the check's words. Keystatic's own save writes a file in place, and the preview's
// file watcher could read it half-written and never read it again (it drops a second change to the
// same file within 50 ms), so its content files are written here and Keystatic answers with the
// files as they now are.
import type { APIRoute } from 'astro';
import { makeHandler } from '@keystatic/astro/api';
import config from 'virtual:keystatic-config';
import description from 'virtual:tracker-editor';
import { resolve } from 'node:path';
import { replaceAllOrNothing, WriteRefused } from '../lib/content/atomic-write.ts';
import { readSources } from '../lib/content/read-sources.ts';
import { placeOf, prepareSave, refusal, staysInside } from './save.ts';

export const prerender = false;

const keystatic = makeHandler({ config });

export const ALL: APIRoute = async (context) => {
  const { request } = context;
  // Keystatic's guard against another site's page posting here (a cross-site form cannot send
  // this header), kept before anything is read or written: without it, Keystatic answers 400.
  const fromEditor =
    request.headers.get('no-cors') === '1' && request.headers.get('content-type') === 'application/json';
  if (request.method !== 'POST' || !fromEditor) return keystatic(context);
  let body: { additions: { path: string; contents: string }[]; deletions: { path: string }[] };
  try {
    body = await request.clone().json();
    if (!Array.isArray(body.additions) || !Array.isArray(body.deletions)) throw new Error('not a save');
  } catch {
    return keystatic(context);
  }
  const roots = { content: description.contentDir, data: description.dataDir };
  const names = new Map(description.authorities.map((a) => [a.id, a.name]));
  const { files, problems } = prepareSave(
    body.additions.map((a) => ({ path: a.path, text: Buffer.from(a.contents, 'base64url').toString('utf8') })),
    body.deletions.map((d) => d.path),
    readSources(roots),
    roots,
    names,
  );
  const plain = { 'content-type': 'text/plain; charset=utf-8' };
  if (problems.length > 0) return new Response(refusal(problems), { status: 422, headers: plain });
  const deletions = body.deletions.map((d) => d.path);
  // Only in local mode: saving to GitHub goes from the browser to GitHub, never through here.
  const ours =
    config.storage.kind === 'local' &&
    [...files.map((f) => f.path), ...deletions].every((path) => placeOf(path, roots));
  const outside = [...files.map((f) => f.path), ...deletions].filter(
    (path) => placeOf(path, roots) && !staysInside(path, roots),
  );
  if (outside.length > 0)
    return new Response(
      `Nothing was saved: ${outside.join(' and ')} would be written through a symbolic link out of the content folder. Ask whoever looks after the site.`,
      { status: 422, headers: plain },
    );
  if (ours) {
    try {
      replaceAllOrNothing(
        files.map((f) => ({ path: resolve(f.path), text: f.text })),
        deletions.map((path) => resolve(path)),
      );
    } catch (error) {
      if (!(error instanceof WriteRefused)) throw error;
      return new Response(`Nothing was saved: ${error.message}.`, { status: 500, headers: plain });
    }
  }
  const headers = new Headers(request.headers);
  headers.delete('content-length');
  const forwarded = new Request(request.url, {
    method: 'POST',
    headers,
    // Written above: Keystatic is asked for nothing but its answer, the files as they now are.
    body: JSON.stringify(
      ours
        ? { additions: [], deletions: [] }
        : {
            ...body,
            additions: files.map((f) => ({
              path: f.path,
              contents: Buffer.from(f.text, 'utf8').toString('base64url'),
            })),
          },
    ),
  });
  return keystatic({ ...context, request: forwarded } as typeof context);
};

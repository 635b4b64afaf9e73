// The editor's save (`POST /api/keystatic/update`, `npm run edit` only), in front of Keystatic's own:
// the files are prepared by src/editor/save.ts (quiet, an own statement's source filled, checked
// with every other file) and handed to Keystatic to write, or refused in the check's words.
import type { APIRoute } from 'astro';
import { makeHandler } from '@keystatic/astro/api';
import config from 'virtual:keystatic-config';
import description from 'virtual:tracker-editor';
import { readSources } from '../lib/content/read-sources.ts';
import { prepareSave, refusal } from './save.ts';

export const prerender = false;

const keystatic = makeHandler({ config });

export const ALL: APIRoute = async (context) => {
  const { request } = context;
  if (request.method !== 'POST') return keystatic(context);
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
  if (problems.length > 0)
    return new Response(refusal(problems), { status: 422, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const headers = new Headers(request.headers);
  headers.delete('content-length');
  const forwarded = new Request(request.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      ...body,
      additions: files.map((f) => ({ path: f.path, contents: Buffer.from(f.text, 'utf8').toString('base64url') })),
    }),
  });
  return keystatic({ ...context, request: forwarded } as typeof context);
};

// The editor's "Propose my changes" page (`npm run edit`, local mode only): GET lists the saved
// changes, POST proposes the ticked ones (src/editor/propose.ts) and shows where the reviewer sees
// them. Served by the editor's own server, beside Keystatic (/keystatic/propose).
import type { APIRoute } from 'astro';
import description from 'virtual:tracker-editor';
import { changedFiles, knowsAuthor, propose, remoteAddress, type Proposal, type Refusal } from './propose.ts';
import { proposePage, type ProposePageState } from './propose-page.ts';

export const prerender = false;

/** The project folder: the editor's server runs in it. */
const project = '.';
const roots = { content: description.contentDir, data: description.dataDir };

async function page(
  status: number,
  extra: Pick<ProposePageState, 'summary' | 'ticked' | 'author'> & { result?: Proposal | Refusal } = {},
): Promise<Response> {
  const files = await changedFiles(project, roots);
  const state: ProposePageState = {
    roots,
    files: files.ok ? files.value : { message: files.message, detail: files.detail },
    remote: await remoteAddress(project, roots),
    askAuthor: !(await knowsAuthor(project, roots)) || extra.author !== undefined,
    ...extra,
  };
  return new Response(proposePage(state), {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

export const GET: APIRoute = () => page(200);

export const POST: APIRoute = async ({ request, url }) => {
  // Only the editor's own page may propose: a form on another site posting here is refused.
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== url.origin)
    return page(403, { result: { message: 'Proposals are made from this page only. Nothing was sent.' } });
  const form = await request.formData();
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const summary = text('summary');
  const ticked = form.getAll('file').filter((v): v is string => typeof v === 'string');
  const author =
    form.has('author-name') || form.has('author-email')
      ? { name: text('author-name'), email: text('author-email') }
      : undefined;
  const outcome = await propose(project, roots, { summary, files: ticked, author });
  if (outcome.ok) return page(200, { author, result: outcome.value });
  return page(422, { summary, ticked, author, result: { message: outcome.message, detail: outcome.detail } });
};

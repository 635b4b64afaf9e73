// "Propose my changes" (`npm run edit` only): the files an officer saved under the content and data
// folders become a branch, proposal/<date>-<summary>, pushed to the `origin` remote, where the named
// reviewer opens it as a pull (merge) request. No terminal, no git for the officer.
//
// Nothing the officer saved can be lost, whatever fails. The commit is made with git's plumbing in a
// temporary index (read-tree, add, write-tree, commit-tree, update-ref): the working tree, the index
// and the checked-out branch are never touched, so there is nothing to switch back from and nothing to
// restore; a push that fails removes the branch it made, and the saved files stay where they are.
// The system's git is run (child_process, arguments never through a shell) rather than a library:
// it is the git the officer's computer is signed in with, so its credential helper and SSH keys push
// as GitHub Desktop's do; the plumbing above is plain git commands, which a wrapper would only pass on.
import { spawn } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { slugify } from '../lib/base/ids.ts';
import { environmentWith } from '../lib/settings.ts';
import { createdMergeRequest, reviewLink, type ReviewLink } from './review-link.ts';

/** The content and data folders, relative to the project ("src/content", "data"). */
export interface Roots {
  content: string;
  data: string;
}

/** One file the officer saved that the published history does not have. */
export interface ChangedFile {
  /** Relative to the project, with "/": "src/content/statements/torbay/x.mdx". */
  path: string;
  change: 'added' | 'changed' | 'removed';
  /** The proposal branch (made here) that already holds this file exactly as saved. */
  proposedIn?: string;
}

/** What an officer asks for: a one-line summary and the files to propose. */
export interface ProposalRequest {
  summary: string;
  files: readonly string[];
  /** Who is proposing, when git does not know (no user.name / user.email on this computer). */
  author?: { name: string; email: string };
}

/** A proposal made: the branch pushed and where the reviewer sees it. */
export interface Proposal {
  branch: string;
  summary: string;
  files: string[];
  /** The remote's address, without any user name or password in it. */
  remote: string;
  /** The page where the pull (merge) request is opened, for a host this knows. */
  link?: ReviewLink;
  /** The merge request the push itself created (GitLab), when it did. */
  created?: string;
}

/** A refusal, in plain words, with git's own last words for whoever looks after the site. */
export interface Refusal {
  message: string;
  detail?: string;
}

export type Outcome<T> = { ok: true; value: T } | ({ ok: false } & Refusal);

/** A reason to stop, said to the officer. */
class Refused extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

const keptSafe = 'Your saved changes are still here, as they were.';

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs git in `cwd`, never through a shell, and never waits for a password. */
function git(
  cwd: string,
  args: readonly string[],
  options: { env?: Record<string, string>; timeout?: number } = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: environmentWith({
        // Never ask on a terminal (the editor's server has none to ask on); fail and say so instead.
        GIT_TERMINAL_PROMPT: '0',
        // File names are names, never patterns ("*", ":" in a file name mean themselves).
        GIT_LITERAL_PATHSPECS: '1',
        // git's messages in English, so a refusal can be told apart and said in plain words.
        LC_ALL: 'C',
        ...options.env,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
      // A session of its own: SSH cannot open the editor's terminal to ask for a passphrase.
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, options.timeout ?? 30_000);
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new Refused(
              `git is not installed on this computer, so a change cannot be proposed from here. ${keptSafe} Ask whoever looks after the site to install it (https://git-scm.com).`,
            )
          : error,
      );
    });
    child.on('close', (code) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ code: timedOut ? -1 : (code ?? -1), stdout, stderr, timedOut });
    });
  });
}

/** git's output, or a refusal in `message`'s words when git fails. */
async function must(cwd: string, args: readonly string[], message: string, env?: Record<string, string>) {
  const result = await git(cwd, args, { env });
  if (result.code !== 0) throw new Refused(message, lastWords(result.stderr));
  return result.stdout;
}

/** What git said that matters (its fatal and error lines, else its last lines), without any password: for whoever looks after the site. */
function lastWords(stderr: string): string | undefined {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const errors = lines.filter((l) => /^(fatal|error|remote):/i.test(l));
  const said = (errors.length > 0 ? errors : lines).slice(-3).join(' ');
  return said ? withoutCredentials(said) : undefined;
}

/** An address or text with "user:password@" removed from every URL in it. */
export function withoutCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1');
}

/** The repository that holds the content, and the project folder paths are given relative to. */
interface Place {
  top: string;
  project: string;
  /** The content and data folders, as git names them from the top of the repository. */
  specs: string[];
}

/** A project path ("src/content/x.json") as git names it from the top of the repository. */
const toTop = (place: Place, path: string) => relative(place.top, resolve(place.project, path)).split(sep).join('/');
/** A path from the top of the repository as the project names it. */
const fromTop = (place: Place, path: string) => relative(place.project, join(place.top, path)).split(sep).join('/');

/**
 * The repository the content folder is in (usually the project's own; a copy of the content kept in
 * a repository of its own is proposed from that one), and the folders' names in it.
 */
async function whereIs(dir: string, roots: Roots): Promise<Place> {
  const notKept = `This copy of the site is not kept in git, so a change cannot be proposed from it. ${keptSafe} Ask whoever looks after the site to set it up as a copy of the council's repository (docs/publishing.md).`;
  let content: string;
  let project: string;
  try {
    project = realpathSync(dir);
    content = realpathSync(resolve(dir, roots.content));
  } catch {
    throw new Refused(notKept);
  }
  const top = realpathSync((await must(content, ['rev-parse', '--show-toplevel'], notKept)).trim());
  const place: Place = { top, project, specs: [] };
  for (const root of [roots.content, roots.data]) {
    const spec = toTop(place, root);
    // A folder outside the repository cannot be proposed from it (its changes are not git's here).
    if (spec !== '..' && !spec.startsWith('../') && !isAbsolute(spec)) place.specs.push(spec || '.');
  }
  if (place.specs.length === 0) throw new Refused(notKept);
  return place;
}

/** The files saved under the content and data folders that differ from the checked-out history. */
async function listChanges(dir: string, roots: Roots): Promise<{ place: Place; files: ChangedFile[] }> {
  const place = await whereIs(dir, roots);
  const out = await must(
    place.top,
    ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', ...place.specs],
    `git could not list your saved changes. ${keptSafe}`,
  );
  const files: ChangedFile[] = [];
  for (const entry of out.split('\0')) {
    if (entry.length < 4) continue;
    const [x, y, path] = [entry[0], entry[1], entry.slice(3)];
    // Added to git's index and then deleted: neither in the history nor saved, so nothing to propose.
    if (x === 'A' && y === 'D') continue;
    const change = x === '?' || x === 'A' ? 'added' : x === 'D' || y === 'D' ? 'removed' : 'changed';
    files.push({ path: fromTop(place, path), change });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { place, files };
}

/** The proposal branches made here, newest first: at most 30 are compared. */
async function proposalBranches(top: string): Promise<string[]> {
  const out = await git(top, [
    'for-each-ref',
    '--sort=-committerdate',
    '--count=30',
    '--format=%(refname:short)',
    'refs/heads/proposal/',
  ]);
  return out.code === 0 ? out.stdout.split('\n').filter(Boolean) : [];
}

/** Marks each saved file that a proposal made here already holds exactly as it is saved now. */
async function markProposed(place: Place, files: ChangedFile[]): Promise<void> {
  const { top } = place;
  const present = files.filter((f) => f.change !== 'removed');
  if (present.length === 0) return;
  const branches = await proposalBranches(top);
  if (branches.length === 0) return;
  const saved = new Map<string, string>();
  for (const file of present) {
    const path = toTop(place, file.path);
    const hash = await git(top, ['hash-object', `--path=${path}`, '--', path]);
    if (hash.code === 0) saved.set(path, hash.stdout.trim());
  }
  if (saved.size === 0) return;
  for (const branch of branches) {
    const tree = await git(top, ['ls-tree', '-r', '-z', branch, '--', ...saved.keys()]);
    if (tree.code !== 0) continue;
    for (const line of tree.stdout.split('\0')) {
      const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line);
      if (!match || saved.get(match[2]!) !== match[1]) continue;
      const file = present.find((f) => toTop(place, f.path) === match[2]);
      if (file && !file.proposedIn) file.proposedIn = branch;
    }
  }
}

/** Refusals while listing become an outcome; anything else is a fault of the editor and is thrown. */
async function outcome<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message, detail: error.detail };
    throw error;
  }
}

/** The officer's saved changes under the content and data folders, each marked if already proposed. */
export function changedFiles(dir: string, roots: Roots): Promise<Outcome<ChangedFile[]>> {
  return outcome(async () => {
    const { place, files } = await listChanges(dir, roots);
    await markProposed(place, files);
    return files;
  });
}

/** Whether git knows who is committing (user.name and user.email), so the page need not ask. */
export async function knowsAuthor(dir: string, roots: Roots): Promise<boolean> {
  try {
    return (await git((await whereIs(dir, roots)).top, ['var', 'GIT_AUTHOR_IDENT'])).code === 0;
  } catch {
    return false;
  }
}

/** "2026-12-07", in the officer's own time zone. */
function localDate(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** A branch name no branch here (nor a copy of the remote's, nor `taken`) has yet: proposal/<date>-<slug>[-2…]. */
async function freshBranch(top: string, date: string, summary: string, taken: ReadonlySet<string>): Promise<string> {
  const slug = slugify(summary) || 'change';
  const base = `proposal/${date}-${slug}`;
  const valid = (await git(top, ['check-ref-format', '--branch', base])).code === 0;
  const stem = valid ? base : `proposal/${date}-change`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? stem : `${stem}-${n}`;
    if (taken.has(name)) continue;
    const here = await git(top, ['show-ref', '--quiet', `refs/heads/${name}`, `refs/remotes/origin/${name}`]);
    if (here.code !== 0) return name;
  }
}

/** The push's failure in plain words. */
function pushRefusal(result: GitResult, remote: string): Refused {
  // With --porcelain, git says which refs were refused on stdout, and everything else on stderr.
  const said = `${result.stderr}\n${result.stdout}`;
  const detail = lastWords(result.stderr);
  if (result.timedOut)
    return new Refused(
      `The repository (${remote}) did not answer within two minutes, so your change was not proposed. ${keptSafe} Try again; if it happens again, ask whoever looks after the site.`,
      detail,
    );
  if (
    /authentication failed|permission denied|terminal prompts disabled|could not read (username|password)|invalid username or password|not authorized|access denied|\b40[13]\b|host key verification failed/i.test(
      said,
    )
  )
    return new Refused(
      `The repository (${remote}) did not accept this computer's sign-in, so your change was not proposed. ${keptSafe} Sign in to it once (for example with GitHub Desktop, or ask whoever looks after the site), then try again.`,
      detail,
    );
  if (
    /could not resolve host|unable to access|could not connect|couldn't connect|connection (refused|timed out|reset)|network is unreachable|does not appear to be a git repository|could not read from remote/i.test(
      said,
    )
  )
    return new Refused(
      `The repository (${remote}) could not be reached: this computer may be offline, or the repository is not where this copy says it is. Your change was not proposed. ${keptSafe} Try again when you are connected.`,
      detail,
    );
  if (/rejected|declined|protected branch/i.test(said))
    return new Refused(
      `The repository (${remote}) refused the new branch: its rules do not allow it. ${keptSafe} Ask whoever looks after the site to let officers push branches named proposal/….`,
      detail,
    );
  return new Refused(
    `Your change could not be sent to the repository (${remote}), so it was not proposed. ${keptSafe} Ask whoever looks after the site, with the details below.`,
    detail,
  );
}

/** One proposal at a time: a second press of the button while one is being sent is refused. */
let sending = false;

/**
 * Proposes the officer's saved `files` (each one of the changes `changedFiles` lists) as a new
 * branch on `origin`, one commit titled with the summary, made on top of the checked-out history.
 */
export function propose(
  dir: string,
  roots: Roots,
  request: ProposalRequest,
  now: Date = new Date(),
): Promise<Outcome<Proposal>> {
  return outcome(async () => {
    if (sending) throw new Refused('A proposal is being sent already: wait for it to finish, then reload this page.');
    sending = true;
    try {
      return await proposeNow(dir, roots, request, now);
    } finally {
      sending = false;
    }
  });
}

async function proposeNow(dir: string, roots: Roots, request: ProposalRequest, now: Date): Promise<Proposal> {
  const summary = request.summary.replace(/\s+/g, ' ').trim();
  if (!summary)
    throw new Refused(
      'Write a one-line summary of your change first, e.g. "Statement: improvement board welcomes new chair". The reviewer sees it as the title.',
    );
  if (summary.length > 120)
    throw new Refused(
      `Keep the summary to one line of at most 120 characters (it has ${summary.length}): the reviewer sees the detail in the files themselves.`,
    );
  const { place, files } = await listChanges(dir, roots);
  const { top } = place;
  const chosen = [...new Set(request.files)];
  if (chosen.length === 0) throw new Refused('Tick at least one of your saved changes to propose.');
  const known = new Set(files.map((f) => f.path));
  const unknown = chosen.filter((p) => !known.has(p));
  if (unknown.length > 0)
    throw new Refused(
      `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among your saved changes: only files you changed under ${roots.content} and ${roots.data} can be proposed. Reload this page to see the list as it is now.`,
    );

  const remoteUrl = (
    await must(
      top,
      // The address as written (not as url.insteadOf rewrites it): the one whose web pages the link names.
      ['config', '--get', 'remote.origin.url'],
      `This copy of the site has no "origin", the council's repository that proposals are sent to. ${keptSafe} Ask whoever looks after the site to connect it (docs/publishing.md).`,
    )
  ).trim();
  const remote = withoutCredentials(remoteUrl);
  const head = (
    await must(
      top,
      ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'],
      `This copy of the site has no history yet to propose a change to. ${keptSafe} Ask whoever looks after the site.`,
    )
  ).trim();
  const name = request.author?.name.trim() ?? '';
  const email = request.author?.email.trim() ?? '';
  if (request.author && (!name || !/^[^\s@<>]+@[^\s@<>]+$/.test(email)))
    throw new Refused(
      'Give your name and your email address (name@example.gov.uk): the reviewer sees who proposed it.',
    );
  const author: Record<string, string> = request.author
    ? { GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email }
    : {};

  const paths = chosen.map((p) => toTop(place, p));
  const scratch = mkdtempSync(join(tmpdir(), 'tracker-proposal-'));
  let commit: string;
  try {
    // A private index: git's own index (what is staged) is never read or written.
    const env = { GIT_INDEX_FILE: join(scratch, 'index'), ...author };
    const failed = `git could not prepare your change. ${keptSafe}`;
    await must(top, ['read-tree', head], failed, env);
    await must(top, ['add', '--all', '--', ...paths], failed, env);
    const tree = (await must(top, ['write-tree'], failed, env)).trim();
    const differing = (await must(top, ['diff-tree', '-r', '-z', '--name-only', head, tree], failed, env))
      .split('\0')
      .filter(Boolean);
    if (differing.length === 0)
      throw new Refused(
        'Nothing to propose: the files you ticked are the same as in the published history (a change saved and then undone).',
      );
    const stray = differing.filter((p) => !paths.includes(p));
    if (stray.length > 0) throw new Refused(`git would have proposed ${stray.join(', ')} too, which you did not tick.`);
    const body = `Proposed from the editor:\n${chosen.map((p) => `- ${p}`).join('\n')}`;
    commit = (
      await must(
        top,
        ['commit-tree', tree, '-p', head, '-m', summary, '-m', body],
        `git does not know who you are on this computer: give your name and email address below. ${keptSafe}`,
        env,
      )
    ).trim();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  // A branch of the same name pushed from another computer (the same summary on the same day) is
  // never touched: the push creates the branch or is refused (--force-with-lease with an empty
  // expected value: the branch must not exist yet), and then the next free name is tried.
  const taken = new Set<string>();
  for (let attempt = 1; ; attempt++) {
    const branch = await freshBranch(top, localDate(now), summary, taken);
    // Created only if no branch of that name exists (the empty old value): never moves another.
    await must(
      top,
      ['update-ref', `refs/heads/${branch}`, commit, ''],
      `git could not prepare your change. ${keptSafe}`,
    );
    const link = reviewLink(remoteUrl, branch, summary);
    const target = `${commit}:refs/heads/${branch}`;
    // GitLab opens the merge request itself when the push asks it to (push options); elsewhere the
    // officer opens it from the link. A server that does not take push options gets a plain push.
    const options =
      link?.host === 'gitlab' ? ['-o', 'merge_request.create', '-o', `merge_request.title=${summary}`] : [];
    const push = (extra: string[]) =>
      git(top, ['push', '--porcelain', `--force-with-lease=refs/heads/${branch}:`, ...extra, 'origin', target], {
        timeout: 120_000,
      });
    let pushed = await push(options);
    if (pushed.code !== 0 && options.length > 0 && /push options/i.test(pushed.stderr)) pushed = await push([]);
    if (pushed.code === 0)
      return {
        branch,
        summary,
        files: chosen,
        remote,
        link,
        created: createdMergeRequest(pushed.stderr + pushed.stdout),
      };
    // Nothing half-done: the branch made for this proposal goes with it…
    await git(top, ['update-ref', '-d', `refs/heads/${branch}`, commit]);
    // …and a name taken on the remote is passed over for the next.
    const nameTaken = /\[rejected\].*\((stale info|fetch first|non-fast-forward|already exists)\)/.test(pushed.stdout);
    if (!nameTaken || attempt === 5) throw pushRefusal(pushed, remote);
    taken.add(branch);
  }
}

/** The remote's address as shown to the officer (no password), or undefined when there is none. */
export async function remoteAddress(dir: string, roots: Roots): Promise<string | undefined> {
  try {
    const result = await git((await whereIs(dir, roots)).top, ['config', '--get', 'remote.origin.url']);
    return result.code === 0 ? withoutCredentials(result.stdout.trim()) : undefined;
  } catch {
    return undefined;
  }
}

// "Propose my changes" (src/editor/propose.ts): an officer's saved files under the content and data
// folders become a branch pushed to `origin`, and nothing they saved is ever lost. Each test works in
// a scratch repository made from the other councils' fixture, with a local bare repository as its
// remote; git runs with no system or user configuration, so this computer's settings do not count.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changedFiles, knowsAuthor, propose, withoutCredentials } from '../src/editor/propose.ts';
import { proposePage } from '../src/editor/propose-page.ts';
import { createdMergeRequest, reviewLink } from '../src/editor/review-link.ts';
import { otherRoots } from './helpers.ts';

let scratch: string;
let remote: string;
let work: string;
const saved: Record<string, string | undefined> = {};
const roots = { content: join('site', 'content'), data: join('site', 'figures') };
const statement = 'site/content/statements/eastborough/board-welcomes-chair-2026-12-07.mdx';
const now = new Date(2026, 11, 7, 10, 30);

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: 'pipe' });

/** Everything that holds an officer's work: the working tree's state, the index, the branch. */
function snapshot(dir: string) {
  return {
    status: git(dir, 'status', '--porcelain=v1', '--untracked-files=all'),
    index: git(dir, 'ls-files', '--stage'),
    staged: git(dir, 'diff', '--cached', '--name-status'),
    head: git(dir, 'rev-parse', 'HEAD'),
    branch: git(dir, 'branch', '--show-current'),
    statement: readFileSync(join(dir, statement), 'utf8'),
    readme: readFileSync(join(dir, 'README.md'), 'utf8'),
  };
}

const authorityFile = () =>
  git(work, 'ls-files', 'site/content/authorities')
    .split('\n')
    .find((f) => f.endsWith('.json'))!;
const figuresFile = () =>
  git(work, 'ls-files', 'site/figures')
    .split('\n')
    .find((f) => f.endsWith('.json'))!;

beforeAll(() => {
  // Only the repositories' own configuration: no user name from this computer, no hooks, no signing.
  for (const name of ['GIT_CONFIG_GLOBAL', 'GIT_CONFIG_NOSYSTEM']) saved[name] = process.env[name];
  scratch = mkdtempSync(join(tmpdir(), 'propose-'));
  writeFileSync(join(scratch, 'gitconfig'), '');
  process.env.GIT_CONFIG_GLOBAL = join(scratch, 'gitconfig');
  process.env.GIT_CONFIG_NOSYSTEM = '1';
});
afterAll(() => {
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  rmSync(scratch, { recursive: true, force: true });
});

function makeRepository() {
  const here = mkdtempSync(join(scratch, 'case-'));
  remote = join(here, 'remote.git');
  work = join(here, 'work');
  git(here, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  git(here, 'init', '--quiet', '--initial-branch=main', work);
  git(work, 'config', 'user.name', 'Comms Officer');
  git(work, 'config', 'user.email', 'comms@eastborough.example');
  mkdirSync(join(work, 'site'));
  cpSync(otherRoots.content, join(work, roots.content), { recursive: true });
  cpSync(otherRoots.data, join(work, roots.data), { recursive: true });
  writeFileSync(join(work, 'README.md'), 'The tracker\n');
  git(work, 'add', '.');
  git(work, 'commit', '--quiet', '-m', 'Published');
  git(work, 'remote', 'add', 'origin', remote);
  git(work, 'push', '--quiet', 'origin', 'main');
  // The officer's saved work: a new statement, a changed council, removed figures; beside it, a change
  // to code (not content) and something staged by hand, neither of which a proposal may touch.
  writeFileSync(join(work, statement), '---\ntitle: Board welcomes chair\n---\n\nThe board met.\n');
  writeFileSync(join(work, authorityFile()), readFileSync(join(work, authorityFile()), 'utf8').replace('{', '{ '));
  rmSync(join(work, figuresFile()));
  writeFileSync(join(work, 'README.md'), 'The tracker, changed by hand\n');
  writeFileSync(join(work, 'site', 'notes.txt'), 'not content\n');
  git(work, 'add', 'site/notes.txt');
}

describe('the saved changes an officer can propose', () => {
  beforeEach(makeRepository);

  it('lists only files under the content and data folders, each as new, changed or removed', async () => {
    const listed = await changedFiles(work, roots);
    expect(listed).toEqual({
      ok: true,
      value: [
        { path: authorityFile(), change: 'changed' },
        { path: statement, change: 'added' },
        { path: figuresFile(), change: 'removed' },
      ].sort((a, b) => (a.path < b.path ? -1 : 1)),
    });
  });

  it('lists them from a project kept in a folder of its repository, relative to the project', async () => {
    const listed = await changedFiles(join(work, 'site'), { content: 'content', data: 'figures' });
    expect(listed.ok && listed.value.map((f) => f.path)).toContain(statement.replace(/^site\//, ''));
  });

  it('says plainly when the copy is not kept in git', async () => {
    const loose = mkdtempSync(join(scratch, 'loose-'));
    const listed = await changedFiles(loose, roots);
    expect(listed.ok).toBe(false);
    expect(!listed.ok && listed.message).toMatch(/^This copy of the site is not kept in git/);
  });
});

describe('proposing', () => {
  beforeEach(makeRepository);

  it('pushes a branch with exactly the ticked files, and leaves the working tree, index and branch as they were', async () => {
    const before = snapshot(work);
    const outcome = await propose(
      work,
      roots,
      { summary: '  Statement: board welcomes chair ', files: [statement, figuresFile()] },
      now,
    );
    expect(outcome).toMatchObject({
      ok: true,
      value: {
        branch: 'proposal/2026-12-07-statement-board-welcomes-chair',
        summary: 'Statement: board welcomes chair',
        files: [statement, figuresFile()],
        remote,
      },
    });
    expect(snapshot(work)).toEqual(before);
    // The remote has the branch: one commit on main, titled with the summary, with exactly those files.
    const branch = 'proposal/2026-12-07-statement-board-welcomes-chair';
    expect(git(remote, 'rev-parse', `${branch}^`)).toBe(git(remote, 'rev-parse', 'main'));
    expect(git(remote, 'log', '-1', '--format=%s|%an', branch).trim()).toBe(
      'Statement: board welcomes chair|Comms Officer',
    );
    expect(git(remote, 'diff', '--name-status', 'main', branch).trim().split('\n').sort()).toEqual(
      [`A\t${statement}`, `D\t${figuresFile()}`].sort(),
    );
    expect(git(remote, 'show', `${branch}:${statement}`)).toBe(before.statement);
  });

  it('marks a file proposed as it is saved now, and ticks only the others next time', async () => {
    await propose(work, roots, { summary: 'Statement', files: [statement] }, now);
    const listed = await changedFiles(work, roots);
    expect(listed.ok && listed.value.find((f) => f.path === statement)?.proposedIn).toBe(
      'proposal/2026-12-07-statement',
    );
    expect(listed.ok && listed.value.find((f) => f.path === authorityFile())?.proposedIn).toBeUndefined();
    // Changed again after proposing: no longer the proposed version.
    writeFileSync(join(work, statement), 'changed again\n');
    const again = await changedFiles(work, roots);
    expect(again.ok && again.value.find((f) => f.path === statement)?.proposedIn).toBeUndefined();
  });

  it('never reuses a branch name: the same summary twice gets -2', async () => {
    const first = await propose(work, roots, { summary: 'Figures', files: [figuresFile()] }, now);
    const second = await propose(work, roots, { summary: 'Figures', files: [figuresFile()] }, now);
    expect(first.ok && first.value.branch).toBe('proposal/2026-12-07-figures');
    expect(second.ok && second.value.branch).toBe('proposal/2026-12-07-figures-2');
  });

  it('never touches a branch of the same name pushed from another computer: takes the next name', async () => {
    git(remote, 'branch', 'proposal/2026-12-07-statement', 'main');
    const theirs = git(remote, 'rev-parse', 'proposal/2026-12-07-statement');
    const outcome = await propose(work, roots, { summary: 'Statement', files: [statement] }, now);
    expect(outcome.ok && outcome.value.branch).toBe('proposal/2026-12-07-statement-2');
    expect(git(remote, 'rev-parse', 'proposal/2026-12-07-statement')).toBe(theirs);
    expect(git(work, 'branch', '--list', 'proposal/*').trim()).toBe('proposal/2026-12-07-statement-2');
  });

  it('refuses, changing nothing, a file outside the content (or not changed), an empty summary, no file', async () => {
    const before = snapshot(work);
    const branches = git(work, 'branch', '--all');
    for (const [request, message] of [
      [{ summary: 'Readme', files: ['README.md'] }, /^README\.md is not among your saved changes/],
      [{ summary: 'Notes', files: ['site/notes.txt', statement] }, /^site\/notes\.txt is not among/],
      [{ summary: '   ', files: [statement] }, /^Write a one-line summary/],
      [{ summary: 'x'.repeat(121), files: [statement] }, /at most 120 characters/],
      [{ summary: 'Nothing', files: [] }, /^Tick at least one/],
    ] as const) {
      const outcome = await propose(work, roots, request, now);
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.message).toMatch(message);
    }
    expect(snapshot(work)).toEqual(before);
    expect(git(work, 'branch', '--all')).toBe(branches);
  });

  it('a remote that cannot be reached: plain words, no branch left, the work as it was', async () => {
    git(work, 'remote', 'set-url', 'origin', join(scratch, 'nowhere.git'));
    const before = snapshot(work);
    const outcome = await propose(work, roots, { summary: 'Statement', files: [statement] }, now);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(
      /could not be reached.*Your change was not proposed\. Your saved changes are still here, as they were\./,
    );
    expect(!outcome.ok && outcome.detail).toMatch(/does not appear to be a git repository/);
    expect(snapshot(work)).toEqual(before);
    expect(git(work, 'branch', '--list', 'proposal/*')).toBe('');
  });

  it('a remote that refuses the branch: plain words, no branch left, the work as it was', async () => {
    const hook = join(remote, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "branch names are protected" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const before = snapshot(work);
    const outcome = await propose(work, roots, { summary: 'Statement', files: [statement] }, now);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/refused the new branch.*Your saved changes are still here/);
    expect(snapshot(work)).toEqual(before);
    expect(git(work, 'branch', '--list', 'proposal/*')).toBe('');
    expect(git(remote, 'branch', '--list', 'proposal/*')).toBe('');
  });

  it('no origin: says so and changes nothing', async () => {
    git(work, 'remote', 'remove', 'origin');
    const before = snapshot(work);
    const outcome = await propose(work, roots, { summary: 'Statement', files: [statement] }, now);
    expect(!outcome.ok && outcome.message).toMatch(/^This copy of the site has no "origin"/);
    expect(snapshot(work)).toEqual(before);
  });

  it('when git does not know who the officer is, proposes under the name and address they give', async () => {
    git(work, 'config', '--unset', 'user.name');
    git(work, 'config', '--unset', 'user.email');
    git(work, 'config', 'user.useConfigOnly', 'true');
    expect(await knowsAuthor(work, roots)).toBe(false);
    const unknown = await propose(work, roots, { summary: 'Statement', files: [statement] }, now);
    expect(!unknown.ok && unknown.message).toMatch(/^git does not know who you are/);
    expect(git(work, 'branch', '--list', 'proposal/*')).toBe('');
    const bad = await propose(
      work,
      roots,
      { summary: 'Statement', files: [statement], author: { name: 'A', email: 'not an address' } },
      now,
    );
    expect(!bad.ok && bad.message).toMatch(/^Give your name and your email address/);
    const named = await propose(
      work,
      roots,
      { summary: 'Statement', files: [statement], author: { name: 'Asha Patel', email: 'asha@eastborough.example' } },
      now,
    );
    expect(named.ok).toBe(true);
    expect(git(remote, 'log', '-1', '--format=%an <%ae>', 'proposal/2026-12-07-statement').trim()).toBe(
      'Asha Patel <asha@eastborough.example>',
    );
  });

  it("links GitHub's compare page for a GitHub remote (the push goes where url.insteadOf says)", async () => {
    git(work, 'remote', 'set-url', 'origin', 'git@github.com:eastborough/tracker.git');
    git(work, 'config', `url.${remote}.insteadOf`, 'git@github.com:eastborough/tracker.git');
    const outcome = await propose(work, roots, { summary: 'Statement: chair', files: [statement] }, now);
    expect(outcome.ok && outcome.value.link).toEqual({
      host: 'github',
      url: 'https://github.com/eastborough/tracker/compare/proposal/2026-12-07-statement-chair?expand=1&title=Statement%3A%20chair',
    });
    expect(git(remote, 'branch', '--list', 'proposal/*').trim()).toBe('proposal/2026-12-07-statement-chair');
  });

  it('on GitLab, asks the push to open the merge request, and links the one it opened', async () => {
    const address = 'https://gitlab.example.gov.uk/eastborough/tracker.git';
    git(work, 'remote', 'set-url', 'origin', address);
    git(work, 'config', `url.${remote}.insteadOf`, address);
    // A server without push options: the push is made again without them, and the link opens one.
    const plain = await propose(work, roots, { summary: 'First', files: [statement] }, now);
    expect(plain.ok && plain.value.created).toBeUndefined();
    expect(plain.ok && plain.value.link?.url).toBe(
      'https://gitlab.example.gov.uk/eastborough/tracker/-/merge_requests/new?merge_request%5Bsource_branch%5D=proposal%2F2026-12-07-first&merge_request%5Btitle%5D=First',
    );
    // A server that takes them (as GitLab does) and says where the merge request is.
    git(remote, 'config', 'receive.advertisePushOptions', 'true');
    const hook = join(remote, 'hooks', 'post-receive');
    writeFileSync(
      hook,
      '#!/bin/sh\nif [ "$GIT_PUSH_OPTION_0" = merge_request.create ]; then\n  printf "View merge request for x:\\n  https://gitlab.example.gov.uk/eastborough/tracker/-/merge_requests/7\\n" >&2\nfi\nexit 0\n',
    );
    chmodSync(hook, 0o755);
    const created = await propose(work, roots, { summary: 'Second', files: [statement] }, now);
    expect(created.ok && created.value.created).toBe(
      'https://gitlab.example.gov.uk/eastborough/tracker/-/merge_requests/7',
    );
  });
});

describe('where the reviewer sees a proposal', () => {
  const branch = 'proposal/2026-12-07-figures';
  it.each([
    [
      'https://github.com/council/tracker.git',
      'https://github.com/council/tracker/compare/proposal/2026-12-07-figures?expand=1&title=Figures',
    ],
    [
      'git@github.com:council/tracker.git',
      'https://github.com/council/tracker/compare/proposal/2026-12-07-figures?expand=1&title=Figures',
    ],
    [
      'ssh://git@github.com/council/tracker',
      'https://github.com/council/tracker/compare/proposal/2026-12-07-figures?expand=1&title=Figures',
    ],
    [
      'https://x-access-token:secret@github.com/council/tracker',
      'https://github.com/council/tracker/compare/proposal/2026-12-07-figures?expand=1&title=Figures',
    ],
    [
      'https://gitlab.com/council/web/tracker.git',
      'https://gitlab.com/council/web/tracker/-/merge_requests/new?merge_request%5Bsource_branch%5D=proposal%2F2026-12-07-figures&merge_request%5Btitle%5D=Figures',
    ],
    [
      'https://dev.azure.com/council/Web/_git/tracker',
      'https://dev.azure.com/council/Web/_git/tracker/pullrequestcreate?sourceRef=proposal%2F2026-12-07-figures',
    ],
    [
      'https://council@dev.azure.com/council/Web/_git/tracker',
      'https://dev.azure.com/council/Web/_git/tracker/pullrequestcreate?sourceRef=proposal%2F2026-12-07-figures',
    ],
    [
      'git@ssh.dev.azure.com:v3/council/Web/tracker',
      'https://dev.azure.com/council/Web/_git/tracker/pullrequestcreate?sourceRef=proposal%2F2026-12-07-figures',
    ],
    [
      'https://council.visualstudio.com/Web/_git/tracker',
      'https://council.visualstudio.com/Web/_git/tracker/pullrequestcreate?sourceRef=proposal%2F2026-12-07-figures',
    ],
  ])('%s', (address, url) => {
    expect(reviewLink(address, branch, 'Figures')?.url).toBe(url);
  });

  it.each([
    '/srv/git/tracker.git',
    'C:\\repos\\tracker',
    'file:///srv/git/tracker.git',
    'https://bitbucket.org/council/tracker',
    'https://github.com/council',
  ])('no link for %s: the branch name is said instead', (address) => {
    expect(reviewLink(address, branch, 'Figures')).toBeUndefined();
  });

  it('never shows a password from an address, and finds the merge request GitLab opened', () => {
    expect(withoutCredentials('fatal: unable to access https://me:secret@github.com/x/y/')).toBe(
      'fatal: unable to access https://github.com/x/y/',
    );
    expect(
      createdMergeRequest('remote: View merge request for p:\nremote:   https://gitlab.com/c/t/-/merge_requests/12 \n'),
    ).toBe('https://gitlab.com/c/t/-/merge_requests/12');
  });
});

describe('the page', () => {
  const base = {
    roots: { content: 'content', data: 'figures' },
    remote: 'git@github.com:council/tracker.git',
    askAuthor: false,
  };
  const files = [
    { path: 'src/content/statements/torbay/a.mdx', change: 'added' as const },
    { path: 'data/figures/torbay/x.json', change: 'changed' as const, proposedIn: 'proposal/2026-12-01-x' },
  ];

  it('lists the saved changes, ticks those not yet proposed, and asks for a summary', () => {
    const html = proposePage({ ...base, files });
    expect(html).toMatch(
      /<input type="checkbox" name="file" value="src\/content\/statements\/torbay\/a\.mdx" id="file-0" checked>/,
    );
    expect(html).toMatch(/<input type="checkbox" name="file" value="data\/figures\/torbay\/x\.json" id="file-1">/);
    expect(html).toContain('already proposed as it is now, on proposal/2026-12-01-x');
    expect(html).toContain('<input id="summary" name="summary" maxlength="120" required');
    expect(html).not.toContain('author-name');
    expect(proposePage({ ...base, files, askAuthor: true })).toContain('<label for="author-name">Your name</label>');
  });

  it('ends at "your change is proposed; the reviewer sees it here"', () => {
    const html = proposePage({
      ...base,
      files,
      result: {
        branch: 'proposal/2026-12-07-a',
        summary: 'Statement <a>',
        files: [files[0]!.path],
        remote: base.remote,
        link: {
          host: 'github',
          url: 'https://github.com/council/tracker/compare/proposal/2026-12-07-a?expand=1&title=x',
        },
      },
    });
    expect(html).toContain('<h2>Your change is proposed</h2>');
    expect(html).toContain(
      '<strong>The reviewer sees it here:</strong> <a href="https://github.com/council/tracker/compare/proposal/2026-12-07-a?expand=1&amp;title=x">',
    );
    expect(html).toContain('Statement &lt;a&gt;');
    expect(html).toContain('press <strong>Create pull request</strong>');
  });

  it('says why a proposal was not made, with the officer’s summary and ticks kept', () => {
    const html = proposePage({
      ...base,
      files,
      summary: 'My "summary"',
      ticked: [files[1]!.path],
      result: { message: 'The repository could not be reached.', detail: 'fatal: nope' },
    });
    expect(html).toContain('<h2>Your change was not proposed</h2>');
    expect(html).toContain('value="My &quot;summary&quot;"');
    expect(html).toMatch(/value="data\/figures\/torbay\/x\.json" id="file-1" checked>/);
    expect(html).toMatch(/value="src\/content\/statements\/torbay\/a\.mdx" id="file-0">/);
  });
});

// The plan versions' files as a git commit holds them, for `npm run check -- --since <ref>`: what a
// change (a branch, a pull request) does to published plan versions is judged against them.
// Bounded like the content reader: at most `maxFiles` files, each at most maxContentFileBytes.
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { SourceFile } from '../src/lib/content/parse-content.ts';
import { maxContentFileBytes } from '../src/lib/content/read-sources.ts';

/** Files a commit's plan-versions folder may hold before the reading stops. */
export const maxFiles = 20_000;

/** Why a commit's files could not be read; the message says it for the person who ran the command. */
export class GitRefused extends Error {}

const git = (cwd: string, args: string[], maxBuffer: number) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer, timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });

/** The plan-version files under `contentDir` as commit `ref` holds them (paths relative to `contentDir`). */
export function planVersionsAt(ref: string, contentDir: string): SourceFile[] {
  if (ref.startsWith('-') || /[\0\n]/.test(ref))
    throw new GitRefused(`--since ${ref}: that is not the name of a commit`);
  // As the disk resolves it, as git names its top folder (a checkout under a linked folder would
  // otherwise list nothing, and every version would look new).
  let content: string;
  try {
    content = realpathSync(resolve(contentDir));
  } catch {
    throw new GitRefused(`--since: the content folder ${contentDir} does not exist`);
  }
  const folder = join(content, 'plan-versions');
  let top: string;
  try {
    top = realpathSync(git(content, ['rev-parse', '--show-toplevel'], 1_000_000).trim());
  } catch {
    throw new GitRefused(`--since needs the content folder in a git repository, and ${contentDir} is not in one`);
  }
  try {
    git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], 1_000_000);
  } catch {
    throw new GitRefused(
      `--since ${ref}: git knows no commit by that name here (fetch it first, e.g. git fetch origin main)`,
    );
  }
  const inRepo = relative(top, folder).split(sep).join('/');
  const listed = git(top, ['ls-tree', '-r', '-z', '--name-only', ref, '--', inRepo], 64_000_000)
    .split('\0')
    .filter(Boolean);
  if (listed.length > maxFiles)
    throw new GitRefused(
      `--since ${ref}: its plan-versions folder holds ${listed.length} files, more than the ${maxFiles} read`,
    );
  return listed.map((path) => {
    const file = relative(content, resolve(top, path)).split(sep).join('/');
    try {
      return { root: 'content', path: file, text: git(top, ['show', `${ref}:${path}`], maxContentFileBytes) };
    } catch {
      return { root: 'content', path: file, text: '', problem: `is larger than a content file may be at ${ref}` };
    }
  });
}

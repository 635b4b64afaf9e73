// `npm run check -- --since <ref>`: the published-version rule the editor's save applies, applied to
// files edited by hand and judged against a git commit (a pull request's base).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { scratchContent } from './helpers.ts';
import { publishedChanges } from '../src/lib/content/published.ts';
import { readSources } from '../src/lib/content/read-sources.ts';

const dir = scratchContent('check-since-');
const content = join(dir, 'content');
const v1 = join(content, 'plan-versions/torbay/improvement-plan/v1.json');
const original = readFileSync(v1, 'utf8');
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: dir,
    stdio: 'pipe',
  });
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'Content as published');

/** Runs the check with --since `ref`: its exit code and everything it printed. */
function check(ref: string, where = dir): { code: number; out: string } {
  const args = [
    'scripts/check.ts',
    '--content',
    join(where, 'content'),
    '--data',
    join(where, 'data'),
    `--since=${ref}`,
  ];
  try {
    return { code: 0, out: execFileSync('node_modules/.bin/node', args, { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

/** Version 1's table with action 1.1.1's lead changed, and `extra` fields. */
function edited(extra: Record<string, unknown> = {}): string {
  const data = JSON.parse(original);
  data.themes[0].objectives[0].actions[0].lead = 'The Director of Children’s Services';
  return `${JSON.stringify({ ...data, ...extra }, null, 2)}\n`;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run check -- --since <ref>', () => {
  it('passes content whose published versions are as they were at that commit', () => {
    const { code, out } = check('main');
    expect(out).toContain('Published plan versions unchanged since main, but for corrections');
    expect(code).toBe(0);
  });

  it('refuses a hand edit to a published version, in the words the editor uses', () => {
    writeFileSync(v1, edited());
    const { code, out } = check('main');
    expect(code).toBe(1);
    expect(out).toMatch(/v1\.json.*Version 1 is published \(it is a copy of the plan document/);
    expect(out).toMatch(/add a correction/);
  });

  it('judges the same through a linked folder (a checkout under a symbolic link)', () => {
    const link = `${dir}-link`;
    symlinkSync(dir, link);
    onTestFinished(() => rmSync(link, { force: true }));
    const { code, out } = check('main', link);
    expect(code).toBe(1);
    expect(out).toMatch(/Version 1 is published/);
  });

  it('accepts the edit with a correction saying what was corrected', () => {
    // (The content is put back as committed once this test has run.)
    onTestFinished(() => writeFileSync(v1, original));
    writeFileSync(
      v1,
      edited({
        corrections: [{ date: '2026-12-07', note: "Action 1.1.1's lead was mistyped; the plan says the Director." }],
      }),
    );
    const { code, out } = check('main');
    expect(out).toContain('Published plan versions unchanged since main');
    expect(code).toBe(0);
  });

  it('refuses deleting a published version (judged on the files as they were)', () => {
    const roots = { content, data: join(dir, 'data') };
    const before = readSources(roots);
    const after = before.filter((f) => !f.path.startsWith('plan-versions/torbay/improvement-plan/v1.'));
    const problems = publishedChanges(before, after, roots);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Version 1 is published \(it is a copy of the plan document.*\): it cannot be deleted\.$/),
      expect.stringMatching(/^Version 1 is published .*: it cannot be deleted\.$/),
    ]);
    // A new version's files, and an unpublished version's, are the council's to change.
    expect(publishedChanges(after, before, roots)).toEqual([]);
  });

  it('says plainly when git knows no such commit, or the content is not in a repository', () => {
    expect(check('origin/main')).toMatchObject({ code: 1 });
    expect(check('origin/main').out).toMatch(/git knows no commit by that name here \(fetch it first/);
    expect(check('--output=x').out).toMatch(/that is not the name of a commit/);
    const loose = scratchContent('check-since-loose-');
    expect(check('main', loose).out).toMatch(/--since needs the content folder in a git repository/);
    rmSync(loose, { recursive: true, force: true });
  });
});

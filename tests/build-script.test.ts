// `npm run build` (scripts/build.ts) runs the content check and Astro's build in one process: the
// check still stops the build before Astro is loaded, with exactly the messages of `npm run check`.
// (tests/e2e/safe-publish.test.ts proves the previous dist/ stays byte for byte when the check fails
// or the build is killed.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledRoots } from './bundled-roots.ts';

const node = 'node_modules/.bin/node';
let work: string;
const env = () => ({
  ...process.env,
  CONTENT_DIR: join(work, 'content'),
  DATA_DIR: bundledRoots.data,
  OUT_DIR: join(work, 'dist'),
  CACHE_DIR: join(work, 'cache'),
});

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'build-script-'));
  cpSync(bundledRoots.content, join(work, 'content'), { recursive: true });
  writeFileSync(join(work, 'content/inspections/torbay/ofsted-2019.json'), '{ "title": ');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build', () => {
  it('stops on a failed check with the same messages as npm run check, and builds nothing', () => {
    const check = spawnSync(node, ['scripts/check.ts'], { env: env(), encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/inspections\/torbay\/ofsted-2019\.json: is not valid JSON/);
    const build = spawnSync(node, ['scripts/build.ts'], { env: env(), encoding: 'utf8' });
    expect(build.status).toBe(1);
    expect(build.stderr).toBe(`${check.stderr}Nothing was built; there is no previous site.\n`);
    expect(existsSync(join(work, 'dist'))).toBe(false);
    expect(existsSync(join(work, '.dist.staging'))).toBe(false);
    expect(existsSync(join(work, 'cache'))).toBe(false);
  });

  it('refuses an option it does not take, before checking or building anything', () => {
    const build = spawnSync(node, ['scripts/build.ts', '--silent', '--outDir', 'elsewhere'], {
      env: env(),
      encoding: 'utf8',
    });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(
      'npm run build does not take --outDir elsewhere; it takes --production, --silent, --verbose and --force. Nothing was built.',
    );
    expect(build.stdout).not.toContain('Content check');
  });
});

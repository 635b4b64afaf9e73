// Probes of issue 10 that need a real build: bodies cannot run code, and builds are atomic.
// Each builds the bundled content (plus a probe file) into its own temporary folder.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledRoots } from '../bundled-roots.ts';

let work: string;
const content = () => join(work, 'content');
const dist = () => join(work, 'dist');

function statement(name: string, body: string): string {
  const path = join(content(), 'statements/torbay', `${name}.mdx`);
  writeFileSync(
    path,
    `---\ntitle: "Probe ${name}"\ndate: "2019-01-01"\nkind: "statement"\nsummary: "Probe."\nsignatories: ["Torbay Council"]\nsources: [{ title: "Probe" }]\n---\n\n${body}\n`,
  );
  return path;
}

function build(extraEnv: Record<string, string> = {}) {
  return spawnSync('npm', ['run', 'build', '--', '--silent'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content(),
      DATA_DIR: join(work, 'data'),
      OUT_DIR: dist(),
      CACHE_DIR: join(work, 'cache'),
      ...extraEnv,
    },
  });
}

/** A hash of every file's path and bytes under a folder: equal hashes mean byte-for-byte the same site. */
function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(relative(dir, full)).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'safe-publish-'));
  cpSync(bundledRoots.content, content(), { recursive: true });
  cpSync(bundledRoots.data, join(work, 'data'), { recursive: true });
  // The previously published site that every probe below must leave intact.
  const first = build();
  if (first.status !== 0) throw new Error(`the bundled content did not build: ${first.stderr}`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('statement bodies are text, never code', () => {
  it('prints "{review}", "aged <16" and "{process.env.SOME_TOKEN}" as written, without running them or publishing the token', () => {
    statement('braces-2019-01-01', 'Children aged <16 are seen {monthly}; see {review} and {process.env.SOME_TOKEN}.');
    const result = build({ SOME_TOKEN: 'tok-9f8e7d-secret' });
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(join(dist(), 'torbay/statements/braces-2019-01-01/index.html'), 'utf8');
    // The page's HTML escapes '<' as &lt; or &#x3C; (the build's HTML serialiser chooses); either is text, never a tag.
    expect(html.replace(/&#x3C;/g, '&lt;')).toContain(
      'Children aged &lt;16 are seen {monthly}; see {review} and {process.env.SOME_TOKEN}.',
    );
    expect(html).not.toContain('tok-9f8e7d-secret');
    expect(readdirSync(dist()).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('ships the HTTP headers a host should send, plain-text feeds and neutralised CSV', () => {
    const headers = readFileSync(join(dist(), '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n\s+Content-Security-Policy: frame-ancestors 'none';/m);
    expect(headers).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
    expect(headers).toMatch(/^\s+Referrer-Policy: strict-origin-when-cross-origin$/m);
    const feed = readFileSync(join(dist(), 'feed.xml'), 'utf8');
    expect(feed).toContain('<title type="text">Monitoring visit, October 2019 (Torbay Council)</title>');
    expect(feed).not.toContain('type="html"');
    const csv = readFileSync(join(dist(), 'data/plans/torbay-improvement-plan-v1.csv'), 'utf8');
    expect(csv).not.toMatch(/(^|,)"[=+\-@\t\r]/m);
  });

  it.each([
    [
      'an import of node:fs',
      'import { readFileSync } from "node:fs"\n\nText.',
      'is program code (an MDX import or export)',
    ],
    ['a script', 'Text.\n\n<script>alert(1)</script>', 'the HTML tag "<script>" is not allowed'],
    [
      'a meta refresh',
      '<meta http-equiv="refresh" content="0;url=https://example.com/" />',
      'the HTML tag "<meta>" is not allowed',
    ],
    ['an image with onerror', 'Text <img src=x onerror="alert(1)"> text.', 'the HTML tag "<img>" is not allowed'],
    ['an iframe', '<iframe src="https://example.com/"></iframe>', 'the HTML tag "<iframe>" is not allowed'],
    ['a form', '<form action="https://example.com/"><input name="p"></form>', 'the HTML tag "<form>" is not allowed'],
    ['a javascript: link', 'Read [the report](javascript:alert(1)).', 'uses "javascript:"'],
    ['a component', 'Text.\n\n<Chart data={x} />', 'the HTML tag "<Chart>" is not allowed'],
  ])(
    'refuses %s in the check, with the file and line, and the build leaves the previous site as it was',
    (_, body, message) => {
      const before = hashTree(dist());
      const path = statement('hostile-2019-01-02', body);
      try {
        const checked = spawnSync(
          'node_modules/.bin/node',
          ['scripts/check.ts', '--content', content(), '--data', join(work, 'data')],
          { encoding: 'utf8' },
        );
        expect(checked.status).toBe(1);
        expect(checked.stderr).toMatch(
          new RegExp(
            `statements/torbay/hostile-2019-01-02\\.mdx: line \\d+: .*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
          ),
        );
        expect(checked.stderr).not.toMatch(/\n\s+at /);
        const built = build();
        expect(built.status).toBe(1);
        expect(`${built.stdout}${built.stderr}`).toContain('dist/ is unchanged');
        expect(hashTree(dist())).toBe(before);
      } finally {
        rmSync(path);
      }
    },
  );
});

describe('builds are atomic', () => {
  it('a build killed during Astro, or during the search index, leaves the previous dist/ byte for byte', async () => {
    const before = hashTree(dist());
    const staging = join(work, '.dist.staging');
    for (const stage of ['astro', 'pagefind'] as const) {
      const child = spawn('node_modules/.bin/node', ['scripts/build.ts', '--silent'], {
        detached: true,
        stdio: 'ignore',
        env: {
          ...process.env,
          CONTENT_DIR: content(),
          DATA_DIR: join(work, 'data'),
          OUT_DIR: dist(),
          CACHE_DIR: join(work, 'cache'),
        },
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      const ready = () =>
        stage === 'astro'
          ? existsSync(join(staging, '_astro')) || existsSync(join(staging, 'index.html'))
          : existsSync(join(staging, 'pagefind'));
      const started = Date.now();
      while (!ready() && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 5));
      expect(ready(), `the build reached ${stage}`).toBe(true);
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
      expect(hashTree(dist())).toBe(before);
    }
    // The next build clears what the killed one left, and publishes only the site.
    const result = build();
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(staging)).toBe(false);
    expect(readdirSync(work).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(readdirSync(dist()).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

// The publishing pipelines: the shipped workflows and the documented GitLab and Azure snippets build
// for production, pin their actions by commit and run the tests only when code changes; a missing or
// wrong site address stops a build with the site's own words; embargoes hold on a public repository
// (the check refuses their text there); `npm run verify` finds what readers would meet. Fixtures only.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteAddressProblem } from '../src/lib/publishing/site-address.ts';
import { settings } from '../src/lib/settings.ts';
import { verifySite } from '../scripts/verify-site.ts';
import { otherRoots } from './helpers.ts';

const node = 'node_modules/.bin/node';
const workflows = readdirSync('.github/workflows').map((f) => ({
  file: f,
  text: readFileSync(`.github/workflows/${f}`, 'utf8'),
  data: yaml.load(readFileSync(`.github/workflows/${f}`, 'utf8')) as any,
}));
const steps = (w: (typeof workflows)[number]) =>
  Object.values(
    w.data.jobs as Record<
      string,
      { steps?: { uses?: string; run?: string; if?: string; env?: Record<string, string> }[] }
    >,
  ).flatMap((job) => job.steps ?? []);
const publishing = readFileSync('docs/publishing.md', 'utf8');
const snippets = [...publishing.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('the shipped workflows', () => {
  it('are two: content (every change) and code (tests, only when code changes)', () => {
    expect(workflows.map((w) => w.file).sort()).toEqual(['code.yml', 'content.yml']);
    const content = workflows.find((w) => w.file === 'content.yml')!;
    const code = workflows.find((w) => w.file === 'code.yml')!;
    expect(content.data.on.pull_request?.paths).toBeUndefined();
    expect(content.text).not.toMatch(/npm test\b/);
    const runs = steps(content).map((s) => s.run ?? '');
    expect(runs).toEqual(
      expect.arrayContaining([
        'npm run check',
        'npm run build -- --production',
        expect.stringMatching(/^npm run verify/),
      ]),
    );
    for (const event of ['pull_request', 'push']) {
      const paths: string[] = code.data.on[event].paths;
      expect(paths).toEqual(
        expect.arrayContaining(['src/**', 'scripts/**', 'tests/**', 'package.json', '!src/content/**']),
      );
    }
    expect(steps(code).some((s) => s.run === 'npm test')).toBe(true);
  });

  it('build with --production only, and pass the site address and the repository visibility', () => {
    for (const w of workflows) {
      for (const s of steps(w).filter((s) => /npm run build/.test(s.run ?? ''))) {
        expect(s.run, w.file).toContain('--production');
        expect(s.env, w.file).toMatchObject({ SITE_URL: '${{ vars.SITE_URL }}' });
      }
    }
    const check = steps(workflows.find((w) => w.file === 'content.yml')!).find((s) => s.run === 'npm run check')!;
    expect(check.env).toMatchObject({ PUBLIC_REPOSITORY: '${{ !github.event.repository.private }}' });
  });

  it('refuse, on a pull request or a push, a change to a published plan version that is not a correction', () => {
    const since = steps(workflows.find((w) => w.file === 'content.yml')!).find((s) =>
      /npm run check -- --since/.test(s.run ?? ''),
    )!;
    expect(since.if).toMatch(/github\.event_name == 'pull_request'/);
    expect(since.run).toMatch(/git fetch --no-tags --depth=1 origin "\$BASE"\nnpm run check -- --since FETCH_HEAD/);
    // The branch name reaches the shell as a variable, never pasted into the script.
    expect(since.run).not.toContain('${{');
    expect(since.env?.BASE).toBe(
      "${{ github.event_name == 'pull_request' && github.base_ref || github.event.before }}",
    );
  });

  it('pin every action by a full commit SHA', () => {
    const uses = workflows.flatMap((w) => steps(w).flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(uses.length).toBeGreaterThan(3);
    expect(uses.filter((u) => !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(u))).toEqual([]);
  });

  it('and the GitLab and Azure snippets in docs/publishing.md build for production with an address', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(2);
    for (const snippet of snippets) {
      yaml.load(snippet);
      expect(snippet).toContain('npm run build -- --production');
      expect(snippet).not.toMatch(/npm run build(?! -- --production)/);
      expect(snippet).toMatch(/SITE_URL/);
    }
  });
});

describe("the site's address", () => {
  it('an empty SITE_URL (a CI variable never set) is no address, not an invalid one', () => {
    expect(settings({ SITE_URL: '' }, []).siteUrl).toBeUndefined();
    expect(settings({ SITE_URL: '' }, []).siteAddress).toBe('http://localhost:4321');
  });

  it('under a path (a GitHub Pages project site) is refused with what to do', () => {
    const problem = siteAddressProblem('https://council.github.io/tracker/', true);
    expect(problem).toContain('has a path after the host name; the site must be published at the root of its address');
    expect(problem).toContain('give it a custom domain');
    expect(siteAddressProblem('https://council.github.io/tracker', false)).toContain('has a path');
    expect(siteAddressProblem('https://council.github.io/', true)).toBeUndefined();
  });

  it.each([
    ['', "This is a production build, but the site's address is not set"],
    ['https://council.github.io/tracker/', 'has a path after the host name'],
    ['not an address', 'is not a web address'],
  ])('SITE_URL=%j stops npm run build -- --production in words, no stack trace', (url, words) => {
    const out = mkdtempSync(join(tmpdir(), 'never-built-'));
    const build = spawnSync(node, ['scripts/build.ts', '--production'], {
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: url, OUT_DIR: join(out, 'dist') },
    });
    rmSync(out, { recursive: true, force: true });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(words);
    expect(build.stderr).toMatch(/Nothing was built\.\n$/);
    expect(build.stderr).not.toMatch(/ZodError|\n\s+at /);
  });
});

describe('embargoes on a public repository', () => {
  let work: string;
  const check = (env: Record<string, string> = {}) =>
    spawnSync(node, ['scripts/check.ts', '--content', join(work, 'content'), '--data', join(work, 'data')], {
      encoding: 'utf8',
      env: { ...process.env, PUBLIC_REPOSITORY: '', BUILD_TIME: '2026-01-01T00:00:00Z', ...env },
    });
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'embargo-'));
    cpSync(otherRoots.content, join(work, 'content'), { recursive: true });
    cpSync(otherRoots.data, join(work, 'data'), { recursive: true });
    const dir = join(work, 'content/statements/eastborough');
    const existing = readFileSync(join(dir, 'statement-2025-01-10.mdx'), 'utf8');
    writeFileSync(
      join(dir, 'embargoed-2026-01-05.mdx'),
      existing.replace('date: "2025-01-10"', 'date: "2026-01-05"\npublishAt: "2026-01-05T09:00:00Z"'),
    );
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('a private repository (or one that does not say) keeps the statement back and passes', () => {
    const run = check();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('embargoed-2026-01-05.mdx: it is embargoed until 2026-01-05T09:00:00Z');
  });

  it('CI on a public repository refuses the embargoed statement, saying why and what to do', () => {
    const run = check({ PUBLIC_REPOSITORY: 'true' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'embargoed-2026-01-05.mdx: is not published by the site yet (it is embargoed until 2026-01-05T09:00:00Z), but this repository is public (CI says so), so anyone can read its text there already',
    );
    expect(run.stderr).toContain('"Embargoes" in docs/publishing.md');
  });

  it('site.json saying the repository is public refuses it before anything is committed', () => {
    writeFileSync(join(work, 'content/site.json'), '{ "repository": "public" }\n');
    const run = check();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('but site.json says the repository is public');
    writeFileSync(join(work, 'content/site.json'), '{ "repository": "private" }\n');
    expect(check().status).toBe(0);
    rmSync(join(work, 'content/site.json'));
  });
});

describe('npm run verify finds what readers would meet', () => {
  let site: string;
  beforeAll(() => {
    site = mkdtempSync(join(tmpdir(), 'verify-'));
    const page = (title: string, body: string) =>
      `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
    writeFileSync(
      join(site, 'index.html'),
      page('Home', '<p><a href="/council/">Council</a> <a href="/council/#next">Next</a></p>'),
    );
    mkdirSync(join(site, 'council'));
    writeFileSync(
      join(site, 'council/index.html'),
      page('Council', '<p id="next"><a href="/gone/">Gone</a></p><img src="https://elsewhere.example/x.png" alt="">'),
    );
    writeFileSync(join(site, 'feed.xml'), '<feed><title>x</title><link href="http://localhost:4321/"/><entry></feed>');
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('a missing page, a request to another host, an unclosed feed and a local address, each once', async () => {
    const problems = await verifySite(site, { siteUrl: 'https://tracker.example.gov.uk' });
    expect(problems).toEqual([
      '/council/: links to /gone/, which the built site does not have',
      '/council/: loads https://elsewhere.example/x.png from another host; the site asks no other host for anything',
      '/feed.xml: is not well-formed XML (<entry> is not closed), so feed readers and search engines would refuse it',
      '/feed.xml: cites http://localhost:4321, the local preview address',
    ]);
  });
});

describe('the headers each host is given', () => {
  it('Azure Static Web Apps (staticwebapp.config.json) gets the same headers Netlify and Cloudflare read in _headers', () => {
    // _headers: a path on its own line, then its headers indented under it.
    const blocks = new Map<string, Record<string, string>>();
    let path = '';
    for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
      if (/^\/\S*$/.test(line)) blocks.set((path = line), {});
      else if (/^\s+\S+:/.test(line)) {
        const [name, value] = line.trim().split(/:\s(.*)/s);
        blocks.get(path)![name!] = value!;
      }
    }
    expect(Object.keys(blocks.get('/*')!)).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'X-Frame-Options', 'Strict-Transport-Security']),
    );
    const azure = JSON.parse(readFileSync('public/staticwebapp.config.json', 'utf8'));
    expect(azure.globalHeaders).toEqual(blocks.get('/*'));
    const routes = Object.fromEntries(
      (azure.routes as { route: string; headers: Record<string, string> }[]).map((r) => [r.route, r.headers]),
    );
    for (const [route, headers] of blocks) if (route !== '/*') expect(routes[route], route).toEqual(headers);
  });
});

// `npm run verify` checks the accessibility of the built pages with axe-core in Chromium, and fails
// with a plain line per fault (scripts/accessibility-check.ts). A two-page site made here: one page
// with faults a content change can bring (an image without a text alternative, a heading level
// skipped, a link with no words), one without.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySite } from '../../scripts/verify-site.ts';

let site: string;
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'verify-axe-'));
  writeFileSync(join(site, 'index.html'), page('Home', '<p><a href="/statement/">The statement</a></p>'));
  mkdirSync(join(site, 'statement'));
  writeFileSync(join(site, 'logo.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  writeFileSync(
    join(site, 'statement/index.html'),
    page('Statement', '<img src="/logo.png" width="10" height="10"><h4>Next steps</h4><p><a href="/"></a></p>'),
  );
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('npm run verify: accessibility', () => {
  it('names each fault on the page that has it, and nothing on the page without', async () => {
    const problems = (await verifySite(site, { accessibility: { limit: 60 } })).filter((p) =>
      p.includes('not accessible'),
    );
    expect([...problems].sort()).toEqual(
      [
        '/statement/: not accessible to every reader: Images must have alternative text, at img (axe-core rule "image-alt")',
        '/statement/: not accessible to every reader: Links must have discernible text, at a (axe-core rule "link-name")',
        '/statement/: not accessible to every reader: Heading levels should only increase by one, at h4 (axe-core rule "heading-order")',
      ].sort(),
    );
  });

  it('checks only the changed pages when told which', async () => {
    const problems = await verifySite(site, { pages: ['/'], accessibility: { limit: 60 } });
    expect(problems.filter((p) => p.includes('not accessible'))).toEqual([]);
  });

  it('the command fails with those lines, never a test diff', () => {
    const run = spawnSync('node_modules/.bin/node', ['scripts/verify-site.ts', '--dir', site], {
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: '' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      '✗ /statement/: not accessible to every reader: Images must have alternative text, at img (axe-core rule "image-alt")',
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const skipped = spawnSync('node_modules/.bin/node', ['scripts/verify-site.ts', '--dir', site, '--changed', '/'], {
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: '' },
    });
    expect(skipped.stderr).toBe('');
    expect(skipped.stdout).toContain('accessibility (axe-core, WCAG 2.2 AA) of 1 of them.');
  });
});

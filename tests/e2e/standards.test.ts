// The built site against the standards its readers' software applies: the Nu HTML Checker (the W3C's
// validator, run offline from the vnu-jar package: one Java run over every page), RFC 4287 for the
// Atom feeds, the Frictionless Data Package and RFC 4180 for the open data, the sitemap protocol's
// dates, and the HTTP headers the host is given.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { atomProblems } from '../atom-check.ts';
import { packageProblems } from '../data-package-check.ts';
import { modifiedOf } from '../../src/lib/publishing/sitemap.ts';
import { builtPages } from './browser.ts';
import { resolveFile } from './server.ts';
import { siteDir } from './site.ts';

const root = siteDir;
const files = (readdirSync(root, { recursive: true }) as string[]).map((f) => f.split('\\').join('/')).sort();
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const site = (() => {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(read('index.html'))?.[1];
  if (!canonical) throw new Error('the home page names no canonical address');
  return canonical;
})();

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
}

describe('the Nu HTML Checker', () => {
  it('finds no error and no warning on any built page', () => {
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    expect(
      java.error,
      'Java is needed to run the Nu HTML Checker: install a Java runtime (11 or later)',
    ).toBeUndefined();
    const jar = createRequire(import.meta.url)('vnu-jar') as string;
    // One Java run over the whole folder: starting the checker costs more than checking a page.
    const run = spawnSync('java', ['-Xss8m', '-jar', jar, '--format', 'json', '--stdout', '--skip-non-html', root], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] };
    const checked = files.filter((f) => f.endsWith('.html'));
    expect(checked.length).toBeGreaterThan(50);
    const problems = messages
      // The checker reads the pages as files, whose origin is no site's: every 'self' in the pages'
      // Content-Security-Policy then fails to match, on every page. A browser loading the site does
      // not see these (tests/e2e/accessibility.test.ts loads pages and records CSP violations).
      .filter((m) => !(m.subType === 'warning' && m.message.startsWith('Resource violates Content Security Policy')))
      .map(
        (m) =>
          `${relative(root, new URL(m.url ?? 'file:///').pathname.replace(/^.*?\/dist\//, `${root}/`))}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`,
      );
    expect(problems).toEqual([]);
  }, 600_000);
});

describe('the Atom feeds', () => {
  const feeds = files.filter((f) => f.endsWith('feed.xml'));

  it('pass RFC 4287, each naming its author and linking to its own page', () => {
    expect(feeds.length).toBeGreaterThanOrEqual(3);
    for (const feed of feeds) {
      const page = `/${feed.replace(/feed\.xml$/, '')}`;
      expect(resolveFile(root, page), `${feed} follows ${page}, which is a page`).toBeDefined();
      expect(
        atomProblems(read(feed), { alternate: new URL(page, site).href, self: new URL(feed, site).href }),
        feed,
      ).toEqual([]);
    }
  });
});

describe('the open data', () => {
  it('is described, every table and column, by a valid Data Package, and every file meets it', async () => {
    const published = files
      .filter((f) => f.startsWith('data/') && !f.endsWith('.html') && !f.endsWith('.schema.json'))
      .filter((f) => f !== 'data/datapackage.json')
      .map((f) => f.slice('data/'.length))
      .filter((f) => f.includes('.'));
    expect(published).toEqual(expect.arrayContaining(['actions.json', expect.stringMatching(/^plans\/.+\.csv$/)]));
    const problems = await packageProblems(
      'data',
      (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path)) : undefined),
      published,
    );
    expect(problems).toEqual([]);
  });
});

describe('the sitemap and the pages it lists', () => {
  it('gives each page the date it is as at, at the precision the sources give it', () => {
    const sitemap = read('sitemap-0.xml');
    const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)];
    expect(urls.length).toBe(builtPages(root).filter((p) => p !== '/404.html').length);
    for (const [, loc, lastmod] of urls) {
      const page = resolveFile(root, new URL(loc!).pathname)!;
      expect(lastmod, loc).toBe(modifiedOf(readFileSync(page, 'utf8')));
      if (lastmod) expect(lastmod, loc).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    expect(urls.filter(([, , lastmod]) => lastmod).length).toBeGreaterThan(urls.length / 2);
  });

  it('leaves out the 404 page, which names no address of its own', () => {
    const notFound = read('404.html');
    expect(notFound).not.toMatch(/rel="canonical"/);
    expect(notFound).not.toMatch(/og:url/);
    expect(read('sitemap-0.xml')).not.toContain('/404');
  });
});

describe('the HTTP headers given to the host', () => {
  const headers = read('_headers');
  const block = (path: string) =>
    new RegExp(`^${path.replace(/[*/]/g, '\\$&')}\\n((?:[ \\t]+.+\\n?)+)`, 'm').exec(headers)?.[1] ?? '';

  it('ask browsers for HTTPS only, on every address', () => {
    expect(block('/*')).toMatch(/^\s+Strict-Transport-Security: max-age=\d{7,}/m);
  });

  it('let browsers keep the fingerprinted files under /_astro/ for a year, and only those', () => {
    expect(block('/_astro/*')).toMatch(/^\s+Cache-Control: public, max-age=31536000, immutable$/m);
    expect(block('/*')).not.toMatch(/Cache-Control/);
    // Every file there is named by a hash of its content, so a changed file has a new name.
    const astro = files.filter((f) => f.startsWith('_astro/') && f.includes('.'));
    expect(astro.length).toBeGreaterThan(0);
    for (const file of astro) expect(file).toMatch(/\.[A-Za-z0-9_-]{8}\.(js|css|woff2?|svg|png)$/);
  });
});

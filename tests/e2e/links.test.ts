import { existsSync, readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { builtPages } from './browser.ts';
import { resolveFile } from './server.ts';
import { siteDir } from './site.ts';

const root = siteDir;
const pages = builtPages(root);
const htmlOf = (path: string) => readFileSync(resolveFile(root, path)!, 'utf8');
const attributeValues = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));
const idsOf = (html: string) => new Set(attributeValues(html, 'id'));

describe('the built site', () => {
  it('builds the open data files the issue names', () => {
    for (const name of ['actions', 'recommendations', 'paragraphs', 'plans', 'statements']) {
      expect(existsSync(`${root}/data/${name}.json`), name).toBe(true);
      expect(existsSync(`${root}/data/${name}.schema.json`), name).toBe(true);
    }
    const actions = JSON.parse(readFileSync(`${root}/data/actions.json`, 'utf8')) as { ref: string }[];
    expect(actions).toHaveLength(36);
  });

  it('has no broken internal link: every href and src resolves, every #fragment exists', () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    for (const page of pages) {
      const html = htmlOf(page);
      for (const value of [...attributeValues(html, 'href'), ...attributeValues(html, 'src')]) {
        if (/^(https?:|mailto:|data:)/.test(value)) continue;
        const target = new URL(value, `http://site${page}`);
        const file = resolveFile(root, target.pathname);
        if (!file) {
          broken.push(`${page} → ${value}`);
          continue;
        }
        if (target.hash && file.endsWith('.html')) {
          const targetIds = ids.get(file) ?? idsOf(readFileSync(file, 'utf8'));
          ids.set(file, targetIds);
          if (!targetIds.has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${page} → ${value} (no such id)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('links every recommendation, paragraph, visit and action page from somewhere', () => {
    const linked = new Set(pages.flatMap((p) => attributeValues(htmlOf(p), 'href').map((h) => h.split('#')[0])));
    const orphans = pages.filter((p) => p !== '/' && p !== '/404.html' && !linked.has(p));
    expect(orphans).toEqual([]);
  });

  it('carries no script on pages without charts or search', () => {
    const withScript = pages.filter((p) => /<script\b/i.test(htmlOf(p)));
    const needScript = pages.filter((p) => p === '/search/' || /<figure class="app-chart"/.test(htmlOf(p)));
    expect(withScript).toEqual(needScript);
    expect(needScript.length).toBeLessThan(pages.length / 4);
    expect(needScript).toContain('/torbay/indicators/initial-assessments/');
  });

  it('requests nothing from another host: no external src, stylesheet or font', () => {
    const external = pages.flatMap((p) => {
      const html = htmlOf(p);
      const srcs = attributeValues(html, 'src').filter((v) => /^(https?:)?\/\//.test(v));
      const links = [...html.matchAll(/<link\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => /href="(https?:)?\/\//.test(tag) && !/rel="canonical"/.test(tag));
      return [...srcs, ...links].map((v) => `${p}: ${v}`);
    });
    expect(external).toEqual([]);
  });

  it('sends a Content-Security-Policy on every page that allows nothing from other hosts and nothing inline without a hash', () => {
    for (const page of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(htmlOf(page))?.[1];
      expect(csp, page).toBeDefined();
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
      // Pagefind compiles WebAssembly: the search page alone may, and nothing looser.
      expect(csp!.includes("'wasm-unsafe-eval'"), page).toBe(page === '/search/');
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).toMatch(/style-src 'self'/);
    }
  });

  it('hides every decorative icon from assistive technology', () => {
    const icons = pages.flatMap((p) => [...htmlOf(p).matchAll(/<svg\b[^>]*>/g)].map((m) => `${p}: ${m[0]}`));
    expect(icons.length).toBeGreaterThan(0);
    expect(icons.filter((tag) => !/aria-hidden="true"/.test(tag))).toEqual([]);
  });

  it('lists every page in the sitemap, at its canonical address', () => {
    const sitemap = readFileSync(`${root}/sitemap-0.xml`, 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    expect(listed).toEqual(pages.filter((p) => p !== '/404.html'));
    expect(readFileSync(`${root}/robots.txt`, 'utf8')).toMatch(/^Sitemap: http.*\/sitemap-index\.xml$/m);
  });

  it('offers downloads on /data/ that each match their JSON Schema', () => {
    const html = htmlOf('/data/');
    const downloads = attributeValues(html, 'href').filter(
      // The data package describes the datasets (tests/e2e/standards.test.ts checks it); it is no dataset.
      (h) => /^\/data\/[\w-]+\.json$/.test(h) && !h.endsWith('.schema.json') && h !== '/data/datapackage.json',
    );
    expect(downloads.length).toBeGreaterThanOrEqual(12);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    for (const href of downloads) {
      const schemaHref = href.replace(/\.json$/, '.schema.json');
      expect(attributeValues(html, 'href'), href).toContain(schemaHref);
      const validate = ajv.compile(JSON.parse(readFileSync(`${root}${schemaHref}`, 'utf8')));
      const valid = validate(JSON.parse(readFileSync(`${root}${href}`, 'utf8')));
      expect(validate.errors ?? [], href).toEqual([]);
      expect(valid).toBe(true);
    }
    const csv = attributeValues(html, 'href').filter((h) => h.endsWith('.csv'));
    expect(csv.filter((h) => h.startsWith('/data/plans/'))).toEqual(['/data/plans/torbay-improvement-plan-v1.csv']);
    // Every other CSV is a dataset's table, beside its JSON.
    for (const table of csv.filter((h) => !h.startsWith('/data/plans/')))
      expect(downloads, table).toContain(table.replace(/\.csv$/, '.json'));
    const xlsx = attributeValues(html, 'href').filter((h) => h.endsWith('.xlsx'));
    expect(xlsx).toEqual(['/data/plans/torbay-improvement-plan-v1.xlsx']);
  });

  it('gives every page Open Graph and Twitter card metadata and a canonical address', () => {
    for (const page of pages.filter((p) => p !== '/404.html')) {
      const html = htmlOf(page);
      expect(html, page).toMatch(/<link rel="canonical" href="http[^"]+">/);
      expect(html, page).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html, page).toMatch(/<meta name="twitter:card" content="summary">/);
    }
    expect(htmlOf('/torbay/statements/pr5220-2016-01-05/')).toContain(
      '<meta property="og:description" content="The findings of a recent announced inspection by Ofsted',
    );
  });

  it('is valid HTML', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(htmlOf(page), page);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems.slice(0, 30)).toEqual([]);
  });
});

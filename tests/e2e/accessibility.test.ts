import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, launch, watch } from './browser.ts';
import { siteDir } from './site.ts';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const pages = builtPages(siteDir);
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  // axe is injected as a script, which the site's own CSP rightly forbids; the CSP has its own test.
  context = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('every built page, in Chromium', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.concurrent.each(pages)('%s: no axe-core violation, console error or request to another host', async (path) => {
    const baseUrl = inject('baseUrl');
    const page = await context.newPage();
    const record = watch(page, baseUrl);
    const response = await page.goto(baseUrl + path);
    // Every built page, /404.html included, is a file the server finds: each must answer 200.
    expect(response?.status()).toBe(200);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (runOnly) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              c: Document,
              o: object,
            ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: runOnly } });
      return result.violations.map(
        (v) =>
          `${v.id} (${v.help}) at ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    }, tags);
    await page.close();
    expect(violations).toEqual([]);
    expect(record.errors).toEqual([]);
    expect(record.external).toEqual([]);
  });
});

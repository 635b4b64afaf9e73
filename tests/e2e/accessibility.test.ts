import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, launch, watch } from './browser.ts';
import { siteDir } from './site.ts';
import { axeViolations } from '../../scripts/accessibility-check.ts';

const pages = builtPages(siteDir);
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
    const violations = (await axeViolations(page)).map(
      (v) => `${v.id} (${v.help}) at ${v.targets.slice(0, 3).join(', ')}`,
    );
    await page.close();
    expect(violations).toEqual([]);
    expect(record.errors).toEqual([]);
    expect(record.external).toEqual([]);
  });
});

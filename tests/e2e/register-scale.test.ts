import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twelveCouncilFiles } from '../helpers.ts';
import { launch } from './browser.ts';
import { buildSite } from './build-site.ts';
import { serve } from './server.ts';

// Twelve councils (the other-councils fixture, copied: tests/helpers.ts), built into their own folder.
let work: string;
let server: Server;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'register-scale-'));
  for (const file of twelveCouncilFiles()) {
    const path = join(work, file.root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  const dist = buildSite(
    work,
    { content: join(work, 'content'), data: join(work, 'data') },
    { SKIP_SEARCH_INDEX: '1' },
  );
  ({ url: baseUrl, server } = await serve(dist));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the register of twelve councils on a phone', () => {
  it('shows the whole index of councils on the first screen (375 px), each card its newest document’s date', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
    await page.goto(`${baseUrl}/`);
    const items = page.locator('.app-register-index__list li');
    expect(await items.count()).toBe(12);
    const last = await items.last().boundingBox();
    expect(last!.y + last!.height).toBeLessThanOrEqual(667);
    expect(await page.locator('.app-card .app-hint').first().innerText()).toMatch(/^Newest document: .*\d{4}\./);
    await page.close();
  });

  it('filters the index and the cards by standing, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const visible = async (selector: string) =>
      (await page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null)))
        .length;
    expect(await visible('.app-card')).toBe(12);
    const options = page.locator('.app-register-filter input');
    for (const value of await options.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))) {
      await page.check(`#register-show-${value}`);
      const shown = await visible('.app-card');
      const expected = value === 'all' ? 12 : await page.locator(`.app-card[data-standing="${value}"]`).count();
      expect(shown, value).toBe(expected);
      expect(await visible('.app-register-index__list li'), value).toBe(expected);
    }
    await context.close();
  });
});

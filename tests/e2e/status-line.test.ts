// The status lines of issue 13 in a browser: on a phone the status of recommendation 8 is on the first
// screen, above the report's words, and it prints (on the first printed sheet, with its as-of date).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser.ts';
import { printPage } from './pdf.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const recommendation8 = '/torbay/inspections/ofsted-2018/recommendations/8/';
const screen = { width: 375, height: 667 };

async function phone(): Promise<Page> {
  const context = await browser.newContext({ viewport: screen, isMobile: true, hasTouch: true });
  return context.newPage();
}

/** The bottom of a status row, by its key, in page pixels. */
const rowBottom = (page: Page, key: string) =>
  page
    .locator('.app-status__rows div')
    .filter({ has: page.locator('dt', { hasText: key }) })
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);

describe('status lines in the browser', () => {
  it('at 375 px the status line of recommendation 8 starts on the first screen, its counts and "late" visible, before the quote', async () => {
    const page = await phone();
    await page.goto(`${inject('baseUrl')}${recommendation8}`);
    const status = page.locator('.app-status').first();
    const heading = page.getByRole('heading', { name: 'Status as of October 2019' });
    expect(await heading.isVisible()).toBe(true);
    const top = (await status.boundingBox())!.y;
    expect(top).toBeGreaterThan(0);
    // "How many actions, how many rated, is anything late" without scrolling.
    for (const key of ['Actions:', 'Rated by the council:', 'Late:'])
      expect(await rowBottom(page, key)).toBeLessThanOrEqual(screen.height);
    expect(await status.innerText()).toContain('7, through objective 1.1 of Version 1');
    // Above the report's words and the answers.
    const quote = (await page.locator('blockquote.app-quote').boundingBox())!.y;
    expect(top).toBeLessThan(quote);
    // Named for assistive technology, and every tag a word (colour never alone).
    expect(await page.getByRole('region', { name: 'Status as of October 2019' }).count()).toBe(1);
    await page.context().close();
  });

  it('the action page shows its status on the first screen', async () => {
    const page = await phone();
    await page.goto(`${inject('baseUrl')}/torbay/plans/improvement-plan/actions/2.1.1/`);
    expect(await page.getByRole('heading', { name: 'Status as of October 2019' }).isVisible()).toBe(true);
    for (const key of ['Rating:', 'Due:', 'Late:'])
      expect(await rowBottom(page, key)).toBeLessThanOrEqual(screen.height);
    expect(await page.locator('.app-status').innerText()).toContain('January 2020');
    await page.context().close();
  });

  it('recommendation 8 prints with its status line on the first sheet', async () => {
    const printed = await printPage(browser, `${inject('baseUrl')}${recommendation8}`);
    const first = printed.text[0]!.replace(/\s+/g, ' ');
    expect(first).toContain('Status as of October 2019');
    expect(first).toMatch(/Actions: 7, through objective 1\.1/);
    expect(first).toMatch(/Late: None as of October 2019/);
    expect(first).toMatch(/Next due: 31 December 2019/);
    expect(first).toMatch(/Timed “Immediate”: 5 of 7, since Version 1 \(October 2019\)/);
  });
});

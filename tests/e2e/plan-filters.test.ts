// The plan outline's filters (issue 26): the count of actions shown is announced in a polite live region
// (WCAG 4.1.3), the filters are kept in the address so a filtered view can be shared and survives a
// reload and going back, and without script the filters still work.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser.ts';

const plan = '/torbay/plans/improvement-plan/v1/';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The actions the page shows, by reference. */
const shownActions = (page: Page) =>
  page
    .locator('[data-action]')
    .evaluateAll((items) =>
      items.filter((i) => i.getClientRects().length > 0).map((i) => i.querySelector('a')?.textContent?.trim()),
    );

describe('the plan filters, with script', () => {
  it('say the number of actions shown in a polite live region, and keep the filters in the address', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseUrl')}${plan}`);
    const status = page.getByRole('status');
    expect(await status.count()).toBe(1);
    expect(await status.getAttribute('aria-hidden')).toBeNull();
    expect(await status.textContent()).toBe('36 of 36 actions shown');

    await page.locator('#plan-filters input[name="recommendation"][value="8"]').check();
    const shown = await shownActions(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(36);
    expect(await status.textContent()).toBe(`${shown.length} of 36 actions shown`);
    expect(await status.isVisible()).toBe(true);
    expect(new URL(page.url()).search).toBe('?recommendation=8');

    await page.selectOption('#filter-lead', { index: 1 });
    const lead = await page.locator('#filter-lead').inputValue();
    const narrowed = await shownActions(page);
    expect(await status.textContent()).toBe(`${narrowed.length} of 36 actions shown`);
    expect(new URL(page.url()).searchParams.get('lead')).toBe(lead);
    expect(new URL(page.url()).searchParams.get('recommendation')).toBe('8');

    // A reload keeps the view; so does going to an action and back.
    await page.reload();
    expect(await shownActions(page)).toEqual(narrowed);
    expect(await page.getByRole('status').textContent()).toBe(`${narrowed.length} of 36 actions shown`);
    await page.locator('[data-action] a').first().click();
    await page.waitForURL(/\/actions\//);
    await page.goBack();
    expect(await page.locator('#filter-lead').inputValue()).toBe(lead);
    expect(await shownActions(page)).toEqual(narrowed);

    // "Show all actions" clears them from the address and says so.
    await page.getByRole('button', { name: 'Show all actions' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('36 of 36 actions shown');
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('open a shared address filtered, and ignore a value the plan does not have', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseUrl')}${plan}?recommendation=8&rag=no-such-rating#actions-heading`);
    expect(await page.locator('input[name="recommendation"][value="8"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="rag"][value=""]').isChecked()).toBe(true);
    const shown = await shownActions(page);
    expect(shown.length).toBeLessThan(36);
    expect(await page.getByRole('status').textContent()).toBe(`${shown.length} of 36 actions shown`);
    // A shared view keeps the reader where the address points.
    expect(new URL(page.url()).hash).toBe('#actions-heading');
    await page.close();
  });
});

describe('the plan filters, without script', () => {
  it('still filter, and show the count', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}${plan}`);
    await page.locator('#plan-filters input[name="recommendation"][value="8"]').check();
    const shown = await shownActions(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(36);
    const count = await page
      .locator('.app-filters__count[aria-hidden]')
      .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(count).toContain('of');
    expect(await page.locator('.app-filters__live').isVisible()).toBe(false);
    await context.close();
  });
});

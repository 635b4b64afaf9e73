import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watch } from './browser.ts';

let browser: Browser;
const baseUrl = () => inject('baseUrl');
const path = (page: Page) => new URL(page.url()).pathname;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  return context.newPage();
}

describe('a councillor asks "what is being done about recommendation 8?"', () => {
  it('goes from the register to recommendation 8, to an action that answers it, to the paragraph it cites, and back', async () => {
    const page = await newPage();
    const record = watch(page, baseUrl());
    await page.goto(`${baseUrl()}/`);
    // The register's index names each council before its card: either link goes to the council.
    await page.getByRole('link', { name: 'Torbay Council' }).first().click();
    expect(path(page)).toBe('/torbay/');
    await page.getByRole('link', { name: "Ofsted inspection of children's services, June 2018" }).first().click();
    expect(path(page)).toBe('/torbay/inspections/ofsted-2018/');
    await page.getByRole('link', { name: 'Recommendation 8', exact: true }).click();
    expect(path(page)).toBe('/torbay/inspections/ofsted-2018/recommendations/8/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('Recommendation 8');
    expect(await page.getByText('Repeated', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.locator('table').first().innerText()).toContain('CEO and Senior Leaders');

    await page.getByRole('link', { name: 'Action 1.1.1', exact: true }).click();
    expect(path(page)).toBe('/torbay/plans/improvement-plan/actions/1.1.1/');
    expect(await page.locator('main').innerText()).toContain('Not yet rated');
    await page.getByRole('link', { name: 'Paragraph 83' }).click();
    expect(path(page)).toBe('/torbay/inspections/ofsted-2018/paragraphs/83/');
    expect(await page.locator('main').innerText()).toContain('1.1.1');

    await page.goBack();
    expect(path(page)).toBe('/torbay/plans/improvement-plan/actions/1.1.1/');
    await page.getByRole('link', { name: 'Recommendation 8' }).click();
    expect(path(page)).toBe('/torbay/inspections/ofsted-2018/recommendations/8/');
    expect(record.errors).toEqual([]);
    expect(record.external).toEqual([]);
  });

  it('reaches everything by keyboard, starting with a skip link, with a visible focus', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/torbay/inspections/ofsted-2018/recommendations/8/`);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.innerText()).toBe('Skip to main content');
    expect(await skip.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 221, 0)');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const first = await page.locator(':focus').innerText();
    expect(first).toBeTruthy();
    // Tab through the page: every link takes focus in turn and shows the focus colour.
    let links = 0;
    for (let i = 0; i < 80; i++) {
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el && el !== document.body ? { tag: el.tagName, bg: getComputedStyle(el).backgroundColor } : null;
      });
      if (!focused) break;
      if (focused.tag === 'A') {
        links++;
        expect(focused.bg).toBe('rgb(255, 221, 0)');
      }
      await page.keyboard.press('Tab');
    }
    expect(links).toBeGreaterThan(10);
  });
});

describe('the plan outline', () => {
  it('filters by lead and by theme with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/torbay/plans/improvement-plan/`);
    const visible = () => page.locator('[data-action]:visible').count();
    expect(await visible()).toBe(36);
    await page.getByLabel('Lead', { exact: true }).selectOption({ label: "Director of Children's Services (DCS)" });
    expect(await visible()).toBe(2);
    await page.getByLabel('Lead', { exact: true }).selectOption({ label: 'Any lead' });
    expect(await visible()).toBe(36);
    await page.getByRole('radio', { name: '4. Quality Assurance and Audit' }).check();
    expect(await visible()).toBe(3);
    await page.getByRole('radio', { name: 'Green' }).check();
    expect(await visible()).toBe(0);
    await context.close();
  });
});

describe('on a phone and on paper', () => {
  it.each([
    '/',
    '/torbay/inspections/ofsted-2018/recommendations/8/',
    '/torbay/plans/improvement-plan/actions/1.1.1/',
    '/torbay/plans/improvement-plan/',
  ])('%s fits 320 px without sideways scrolling of the page', async (url) => {
    const page = await newPage(320);
    await page.goto(baseUrl() + url);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('prints an action with link addresses numbered as endnotes and without navigation', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/torbay/plans/improvement-plan/actions/1.1.1/`);
    await page.emulateMedia({ media: 'print' });
    const note = await page
      .getByRole('link', { name: 'Recommendation 8' })
      .first()
      .evaluate((el) => el.nextElementSibling?.textContent);
    expect(note).toMatch(/^\[\d+\]$/);
    const number = Number(note!.slice(1, -1));
    const addresses = await page.locator('.app-endnotes li').allTextContents();
    expect(addresses[number - 1]).toMatch(/^https?:\/\/[^/]+\/torbay\/inspections\/ofsted-2018\/recommendations\/8\/$/);
    expect(await page.locator('.app-endnotes').isVisible()).toBe(true);
    expect(await page.locator('.app-header__nav').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});

describe('a page that does not exist', () => {
  it('answers 404 with a page that helps', async () => {
    const page = await newPage();
    const response = await page.goto(`${baseUrl()}/torbay/inspections/ofsted-2018/recommendations/17/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
    expect(await page.getByRole('link', { name: 'Torbay Council' }).count()).toBe(1);
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, launch } from './browser.ts';
import { siteDir } from './site.ts';

let browser: Browser;
const baseUrl = () => inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function phone(width = 375, height = 667): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, isMobile: true, hasTouch: true });
  return context.newPage();
}

describe('on a phone', () => {
  it.each([375, 320])(
    'no page scrolls sideways at %i px, and every table stacks, fits or shows it scrolls',
    async (width) => {
      const page = await phone(width);
      const problems: string[] = [];
      for (const path of builtPages(siteDir)) {
        await page.goto(`${baseUrl()}${path}`);
        const found = await page.evaluate(() => {
          const out: string[] = [];
          const doc = document.documentElement;
          if (doc.scrollWidth > window.innerWidth) out.push(`page is ${doc.scrollWidth}px wide`);
          for (const table of document.querySelectorAll('main table')) {
            const wrapper = table.closest<HTMLElement>('.app-table-wrapper');
            const stacked = getComputedStyle(table).display === 'block';
            const fits = wrapper ? wrapper.scrollWidth <= wrapper.clientWidth : table.scrollWidth <= doc.clientWidth;
            const cue = wrapper && /gradient/.test(getComputedStyle(wrapper).backgroundImage) && wrapper.tabIndex === 0;
            if (!stacked && !fits && !cue)
              out.push(`table "${table.querySelector('caption')?.textContent?.trim()}" is cut off with no cue`);
          }
          return out;
        });
        problems.push(...found.map((f) => `${path}: ${f}`));
      }
      expect(problems).toEqual([]);
    },
  );

  it('"rec 8" shows recommendation 8 on the first screen, results before filters, with a skip link', async () => {
    const page = await phone();
    await page.goto(`${baseUrl()}/search/?q=rec%208`);
    const first = page.locator('#search-results h2 a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe('/torbay/inspections/ofsted-2018/recommendations/8/');
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(667);
    const filters = (await page.locator('.app-filters--search').boundingBox())!;
    expect(filters.y).toBeGreaterThan(box.y);
    // Like the page's skip link, it shows when it takes focus.
    await page.getByRole('link', { name: 'Skip to results' }).focus();
    expect(await page.getByRole('link', { name: 'Skip to results' }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results-heading');
  });

  it('a stacked table shows no empty cell as a column name with nothing after it', async () => {
    const page = await phone();
    await page.goto(`${baseUrl()}/torbay/indicators/initial-assessments/`);
    const cells = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.app-table--stack td')].map((td) => ({
        empty: td.textContent === '',
        shown: getComputedStyle(td).display !== 'none',
      })),
    );
    expect(cells.filter((c) => c.empty).length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.empty && c.shown)).toEqual([]);
    expect(cells.filter((c) => !c.empty && !c.shown)).toEqual([]);
  });

  it("the plan's filters take about a screen, not two: the lead is a select, not a button per role", async () => {
    const page = await phone();
    await page.goto(`${baseUrl()}/torbay/plans/improvement-plan/`);
    const filters = (await page.locator('#plan-filters').boundingBox())!;
    expect(filters.height).toBeLessThanOrEqual(800);
    const lead = page.getByLabel('Lead', { exact: true });
    expect(await lead.evaluate((el) => el.tagName)).toBe('SELECT');
    expect((await lead.boundingBox())!.width).toBeGreaterThan(300);
  });

  it.each([1280, 375])("the header's Tab order is its visual order at %i px", async (width) => {
    const page = await phone(width, 900);
    await page.goto(`${baseUrl()}/torbay/`);
    const order: { name: string; top: number; left: number }[] = [];
    await page.keyboard.press('Tab'); // the skip link
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (!el.closest('.app-header')) return null;
        const r = el.getBoundingClientRect();
        return {
          name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 20) ?? el.tagName,
          top: Math.round(r.top),
          left: Math.round(r.left),
        };
      });
      if (!at) break;
      order.push(at);
    }
    expect(order.length).toBeGreaterThanOrEqual(8);
    // Reading order: row by row (a row is within 8px of height), left to right.
    const visual = [...order].sort((a, b) => (Math.abs(a.top - b.top) > 8 ? a.top - b.top : a.left - b.left));
    expect(order.map((o) => o.name)).toEqual(visual.map((o) => o.name));
  });

  it('"In short" is on the first screen of a council\'s page', async () => {
    const page = await phone();
    await page.goto(`${baseUrl()}/torbay/`);
    const heading = (await page.getByRole('heading', { name: 'In short' }).boundingBox())!;
    expect(heading.y + heading.height).toBeLessThanOrEqual(667);
    const first = (await page.locator('.app-in-short li').first().boundingBox())!;
    expect(first.y + first.height).toBeLessThanOrEqual(667);
  });

  it('timeline year headings are not clipped', async () => {
    const page = await phone();
    for (const path of ['/torbay/', '/torbay/timeline/']) {
      await page.goto(`${baseUrl()}${path}`);
      const lefts = await page
        .locator('.app-timeline__year')
        .evaluateAll((hs) => hs.map((h) => h.getBoundingClientRect().left));
      expect(lefts.length).toBeGreaterThan(3);
      for (const left of lefts) expect(left).toBeGreaterThanOrEqual(0);
    }
  });

  it('charts appear at once, without animating', async () => {
    const page = await phone(1280, 900);
    await page.goto(`${baseUrl()}/torbay/plans/improvement-plan/v1/`);
    await page.locator('figure[data-chart]').first().scrollIntoViewIfNeeded();
    const canvas = page.locator('.app-chart__canvas canvas').first();
    await canvas.waitFor();
    const drawn = () => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    const first = await drawn();
    await page.waitForTimeout(700);
    expect(await drawn()).toBe(first);
  });
});

describe('the plan outline filters', () => {
  it('filter by recommendation, and offer "Show all actions" when nothing matches', async () => {
    const page = await phone(1280, 900);
    await page.goto(`${baseUrl()}/torbay/plans/improvement-plan/v1/`);
    const count = () =>
      page
        .locator('[data-action]')
        .evaluateAll((as) => `${as.filter((a) => a.checkVisibility()).length} of ${as.length}`);
    const showAll = page.getByRole('button', { name: 'Show all actions' });
    expect(await count()).toBe('36 of 36');
    expect(await showAll.isVisible()).toBe(false);
    await page
      .getByRole('group', { name: 'Objective cites recommendation' })
      .getByLabel('Recommendation 8', { exact: true })
      .check();
    expect(await count()).toBe('7 of 36');
    await page.getByRole('group', { name: 'Rating' }).getByLabel('Green').check();
    expect(await count()).toBe('0 of 36');
    await showAll.click();
    expect(await count()).toBe('36 of 36');
    expect(await showAll.isVisible()).toBe(false);
  });
});

describe('search excerpts', () => {
  it('keep the words of table cells and headings apart', async () => {
    const page = await phone(1280, 900);
    await page.goto(`${baseUrl()}/search/`);
    // A string, so the test runner does not rewrite the browser's own dynamic import.
    const excerpts: string[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const all = [];
      for (const query of ['immediate', 'baseline', 'not yet rated', 'percentage', 'judgement']) {
        const { results } = await pagefind.search(query);
        for (const r of results.slice(0, 10)) {
          const data = await r.data();
          // The data dictionary names fields in camelCase, which is not a join.
          if (!data.url.startsWith('/data/')) all.push(data.excerpt.replace(/<\\/?mark>/g, ''));
        }
      }
      return all;
    })()`);
    expect(excerpts.length).toBeGreaterThan(20);
    expect(excerpts.filter((e) => /[a-z]{2}[A-Z][a-z]|\d{4}[A-Z][a-z]/.test(e))).toEqual([]);
  });
});

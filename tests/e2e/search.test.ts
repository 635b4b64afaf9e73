import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../../scripts/accessibility-check.ts';
import { launch, watch } from './browser.ts';

let browser: Browser;
let page: Page;
const baseUrl = () => inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
  await page.goto(`${baseUrl()}/search/`);
});
afterAll(async () => {
  await browser?.close();
});

/** Types a query and waits for the announced result count. */
async function search(query: string): Promise<{ status: string; first: string; firstHref: string }> {
  await page.fill('#search-input', query);
  await page.waitForFunction((q) => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    return text.includes(`“${q}”`);
  }, query);
  const first = page.locator('#search-results h2 a').first();
  return {
    status: (await page.textContent('#search-status')) ?? '',
    first: (await first.textContent()) ?? '',
    firstHref: (await first.getAttribute('href')) ?? '',
  };
}

describe('search, in Chromium', () => {
  it.each([
    ['supervision', '/torbay/plans/improvement-plan/actions/1.2.1/'],
    ['recommendation 8', '/torbay/inspections/ofsted-2018/recommendations/8/'],
    ['rec 8', '/torbay/inspections/ofsted-2018/recommendations/8/'],
    // A reference anywhere in a question is pinned first.
    ['who is responsible for recommendation 8', '/torbay/inspections/ofsted-2018/recommendations/8/'],
    ['what happened to rec 8', '/torbay/inspections/ofsted-2018/recommendations/8/'],
    ['board pack', '/torbay/plans/improvement-plan/v1/board-pack/'],
    ['action 1.1.4', '/torbay/plans/improvement-plan/actions/1.1.4/'],
    ['1.1.4', '/torbay/plans/improvement-plan/actions/1.1.4/'],
    ['para 24', '/torbay/inspections/ofsted-2018/paragraphs/24/'],
    ['paragraph 24', '/torbay/inspections/ofsted-2018/paragraphs/24/'],
    ['LADO', '/torbay/inspections/ofsted-2018/recommendations/11/'],
    ['IRO', '/torbay/plans/improvement-plan/actions/2.4.3/'],
    ['CSE', '/torbay/plans/improvement-plan/actions/1.3.2/'],
    ['PLO', '/torbay/plans/improvement-plan/actions/2.8.1/'],
    ['MARAC', '/torbay/plans/improvement-plan/actions/2.4.4/'],
    ['RHI', '/torbay/plans/improvement-plan/actions/1.3.1/'],
    ['return home interviews', '/torbay/plans/improvement-plan/actions/1.3.1/'],
    ['DCS', '/torbay/plans/improvement-plan/leads/'],
    ['HoS', '/torbay/plans/improvement-plan/leads/'],
  ])('"%s" puts %s first', async (query, href) => {
    const result = await search(query);
    expect(result.firstHref).toBe(href);
  });

  it('finds the spelled-out form of an abbreviation, and the abbreviation from the spelled-out form', async () => {
    await search('LADO');
    expect(await page.locator('#search-results > li').first().innerText()).toMatch(
      /local authority designated officer/i,
    );
    await search('local authority designated officer');
    // Action 1.2.2 names only "LADOs"; the glossary turns the spelled-out query into the abbreviation.
    expect(await page.locator('#search-results h2 a').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Action 1\.2\.2 /)]),
    );
  });

  it('shows the type, the title, the breadcrumb and a highlighted excerpt for each result', async () => {
    await search('supervision');
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('.app-tag').textContent()).toBe('Action');
    expect(await first.locator('h2').textContent()).toMatch(/^Action 1\.2\.1 — Supervision needs to be timely/);
    expect(await first.locator('.app-hint').textContent()).toBe(
      "Torbay Council › Torbay Children's Services Improvement Plan › Objective 1.2",
    );
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
  });

  it('combines two filters and counts what is left', async () => {
    await search('supervision');
    const all = Number(/^(\d+)/.exec((await page.textContent('#search-status')) ?? '')?.[1]);
    await page.getByRole('checkbox', { name: 'Action', exact: true }).check();
    await page.waitForFunction((n) => !document.querySelector('#search-status')?.textContent?.startsWith(`${n} `), all);
    await page.locator('details[data-filter="lead"] > summary').click();
    await page.getByRole('checkbox', { name: 'Team managers', exact: true }).check();
    await page.waitForFunction(
      () =>
        /^\d+ results? for/.test(document.querySelector('#search-status')?.textContent ?? '') &&
        document.querySelectorAll('#search-results > li').length > 0,
    );
    await page.waitForTimeout(300);
    const status = (await page.textContent('#search-status')) ?? '';
    // Of the actions team managers lead, only 1.1.4 and 1.2.1 mention supervision (see /data/actions.json).
    expect(status).toBe('2 results for “supervision”');
    expect(
      (await page.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort(),
    ).toEqual(['/torbay/plans/improvement-plan/actions/1.1.4/', '/torbay/plans/improvement-plan/actions/1.2.1/']);
    expect(new URL(page.url()).search).toBe('?q=supervision&type=Action&lead=Team+managers');
    const types = await page.locator('#search-results .app-tag').allTextContents();
    expect(new Set(types)).toEqual(new Set(['Action']));
    expect(all).toBeGreaterThan(2);
    await page.getByRole('checkbox', { name: 'Action', exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'Team managers', exact: true }).uncheck();
  });

  it('opens a shared search from its URL, announces the count, and Escape clears it', async () => {
    const shared = await browser.newPage();
    await shared.goto(`${baseUrl()}/search/?q=recommendation%208`);
    await shared.waitForFunction(() =>
      /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    expect(await shared.getAttribute('#search-status', 'role')).toBe('status');
    expect(await shared.locator('#search-results h2 a').first().getAttribute('href')).toBe(
      '/torbay/inspections/ofsted-2018/recommendations/8/',
    );
    await shared.focus('#search-input');
    await shared.keyboard.press('Escape');
    expect(await shared.textContent('#search-status')).toBe('Search cleared');
    expect(await shared.locator('#search-results > li').count()).toBe(0);
    await shared.close();
  });

  it('has no axe-core violation with results open', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const p = await context.newPage();
    await p.goto(`${baseUrl()}/search/?q=supervision`);
    await p.waitForSelector('#search-results > li');
    const violations = (await axeViolations(p)).map((v) => v.id);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('transfers under 150 KB for the first query: script, index and fragments', async () => {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    const record = watch(fresh, baseUrl());
    await fresh.goto(`${baseUrl()}/search/`);
    const sizes: Promise<number>[] = [];
    fresh.on('requestfinished', (request) =>
      sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)),
    );
    const script = await fresh.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/_astro/') && e.name.endsWith('.js'))
        .reduce((n, e) => n + (e as PerformanceResourceTiming).transferSize, 0),
    );
    await fresh.fill('#search-input', 'supervision');
    await fresh.waitForFunction(() => /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await fresh.waitForLoadState('networkidle');
    const total = script + (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(50_000);
    expect(total).toBeLessThan(150 * 1024);
    expect(record.errors).toEqual([]);
    expect(record.external).toEqual([]);
    await context.close();
  });

  it('never shows the no-script notice when script runs, so the page does not shift', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 700 } });
    const on = await context.newPage();
    await on.goto(`${baseUrl()}/search/`);
    await on.waitForLoadState('networkidle');
    expect(await on.locator('#search-nojs').count()).toBe(0);
    // Every layout shift since the page began (none reported is none happened).
    const shift = await on.evaluate(
      () =>
        new Promise<number>((done) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done(total), 500);
        }),
    );
    expect(shift).toBe(0);
    await context.close();
  });

  it('works, and says so, when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const off = await context.newPage();
    await off.goto(`${baseUrl()}/search/?q=supervision`);
    expect(await off.locator('#search-nojs').isVisible()).toBe(true);
    expect(await off.locator('#search-nojs').textContent()).toMatch(/Search needs JavaScript/);
    await context.close();
  });
});

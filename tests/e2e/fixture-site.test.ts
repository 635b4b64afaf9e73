import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/accessibility-check.ts';
import { launch, watch } from './browser.ts';
import { buildSite } from './build-site.ts';
import { serve } from './server.ts';
import { siteDir } from './site.ts';

// A plan in three versions (tests/fixtures/three-versions), built into its own folder: never the bundled site.
const fixture = 'tests/fixtures/three-versions';
let work: string;
let server: Server;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'fixture-site-'));
  const dist = buildSite(work, { content: `${fixture}/content`, data: `${fixture}/data` });
  ({ url: baseUrl, server } = await serve(dist));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const text = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

async function open(path: string, options: { bypassCSP?: boolean } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const record = watch(page, baseUrl);
  await page.goto(baseUrl + path);
  return { page, record };
}

describe('the changes page of each version after the first', () => {
  it('shows ratings better and worse, and new evidence, in version 2', async () => {
    const { page } = await open('/fixture/plans/plan/v2/changes/');
    const main = await text(page, 'main');
    expect(main).toContain('Action 1.1.1: Amber to Green (better)');
    expect(main).toContain('Action 1.1.2: Amber to Red (worse)');
    expect(main).toContain('Audit of 40 files in December found 12 incomplete.');
    expect(main).toContain('No new actions.');
  });

  it('shows an action added, one removed, one renumbered, a timescale slipped by two months and reworded text in version 3', async () => {
    const { page } = await open('/fixture/plans/plan/v3/changes/');
    const main = await text(page, 'main');
    expect(main).toContain('Action 1.2.3 (objective 1.2): Assessments are shared with families.');
    expect(main).toContain('Action 1.1.3, last in Version 2: Audits happen.');
    expect(main).toContain('Action 1.2.1 is now action 1.2.2');
    expect(main).toContain('Action 1.1.1: Slipped by 2 months from “31st March 2020” to “31st May 2020”');
    expect(await page.locator('#actions-reworded ~ dl ins').first().innerText()).toContain('and recorded');
    expect(await page.locator('#actions-reworded ~ dl del').first().innerText()).toContain('March');
  });

  it('is not built for the first version', async () => {
    const { page } = await open('/fixture/plans/plan/v1/changes/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
  });
});

describe('an action page', () => {
  it('shows its history across versions, with the slip and the rating changes', async () => {
    const { page } = await open('/fixture/plans/plan/actions/1.1.1/');
    const history = await text(page, '.app-history');
    expect(history).toMatch(
      /Version 1.*Rating: Amber.*Version 2.*Rating: Green \(better\).*Version 3.*31st May 2020 Slipped by 2 months/,
    );
    expect(history).toContain('Desired outcome for children reworded:');
  });

  it('follows a renumbering both ways', async () => {
    const renumbered = await open('/fixture/plans/plan/actions/1.2.2/');
    expect(await text(renumbered.page, '.app-history')).toContain('renumbered from 1.2.1 to 1.2.2');
    const old = await open('/fixture/plans/plan/actions/1.2.1/');
    expect(await old.page.getByRole('heading', { name: 'Renumbered as action 1.2.2' }).count()).toBe(1);
  });
});

describe('the register and the overview', () => {
  it('surface how many timescales slipped since the last version', async () => {
    for (const path of ['/', '/fixture/']) {
      const { page } = await open(path);
      expect(await page.getByRole('link', { name: '1 timescale slipped' }).getAttribute('href')).toBe(
        '/fixture/plans/plan/v3/changes/#timescales-slipped',
      );
    }
  });
});

/** Scrolls each chart into view in turn (a chart is drawn only when near the screen), then waits for every canvas. */
async function showCharts(page: Page) {
  for (const figure of await page.locator('figure[data-chart]').all()) await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('figure[data-chart]')].every((f) => f.querySelector('canvas')),
  );
}

describe('charts', () => {
  const chartPages = [
    '/fixture/indicators/assessments/',
    '/fixture/notices/notice-2019/',
    '/fixture/plans/plan/',
    '/fixture/',
  ];

  it.each(chartPages)('%s draws every chart on a canvas with no console error', async (path) => {
    const { page, record } = await open(path);
    const figures = page.locator('figure[data-chart]');
    expect(await figures.count()).toBeGreaterThan(0);
    await showCharts(page);
    const drawn = await page.locator('figure[data-chart] canvas').evaluateAll((canvases) =>
      canvases.map((c) => {
        const canvas = c as HTMLCanvasElement;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
        return { width: canvas.width, painted, label: canvas.getAttribute('aria-label') ?? '' };
      }),
    );
    for (const canvas of drawn) {
      expect(canvas.width).toBeGreaterThan(100);
      expect(canvas.painted).toBeGreaterThan(1000);
      expect(canvas.label).toMatch(/The same figures are in the table below\.$/);
    }
    expect(record.errors).toEqual([]);
    expect(record.external).toEqual([]);
  });

  it('loads the chart code only when a chart comes near the screen, its box already its full height', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 400 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${baseUrl}/fixture/plans/plan/`);
    const figure = page.locator('figure[data-chart]').first();
    // Far below the screen: drawn (and its code loaded) only once scrolled to.
    expect(await figure.evaluate((f) => f.getBoundingClientRect().top)).toBeGreaterThan(400 + 300);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('figure[data-chart] canvas').count()).toBe(0);
    expect(scripts.filter((u) => /\/charts\.[\w-]+\.js$/.test(u))).toEqual([]);
    const height = await figure.locator('.app-chart__canvas').evaluate((h) => h.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(200);
    await figure.scrollIntoViewIfNeeded();
    await figure.locator('canvas').waitFor();
    expect(scripts.filter((u) => /\/charts\.[\w-]+\.js$/.test(u))).toHaveLength(1);
    // Drawing it moved nothing: the box had the chart's height before.
    expect(await figure.locator('.app-chart__canvas').evaluate((h) => h.getBoundingClientRect().height)).toBe(height);
    await context.close();
  });

  it('holds the same numbers in the table as in the chart and in the data', async () => {
    const { page } = await open('/fixture/indicators/assessments/');
    await showCharts(page);
    const table = await page
      .locator('figure[data-chart] table')
      .evaluate((t) =>
        [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim())),
      );
    expect(table).toEqual([
      ['2018-19 (baseline)', '50%', '', '', ''],
      ['September 2019', '', '', '', '55%'],
      ['December 2019', '', '70%', '', '64%'],
      ['March 2020', '', '', '', '72%'],
      ['June 2020', '', '', '80%', ''],
    ]);
    const drawn = JSON.parse((await page.locator('figure[data-chart]').getAttribute('data-drawn'))!) as (
      number | null
    )[][];
    const columns = table[0]!.length - 1;
    const fromTable = Array.from({ length: columns }, (_, i) =>
      table.map((row) => (row[i + 1] ? Number(row[i + 1]!.replace('%', '')) : null)),
    );
    expect(drawn).toEqual(fromTable);
    const figures = JSON.parse(readFileSync(`${fixture}/data/figures/fixture/assessments.json`, 'utf8')) as {
      figures: { value: number }[];
    };
    const flat = table
      .flat()
      .filter((c) => c && /%$/.test(c))
      .map((c) => Number(c!.replace('%', '')));
    for (const f of figures.figures) expect(flat).toContain(f.value);
  });

  it.each(chartPages)('%s has no axe-core violation with its charts drawn', async (path) => {
    const { page } = await open(path, { bypassCSP: true });
    await showCharts(page);
    const violations = (await axeViolations(page)).map((v) => v.id);
    expect(violations).toEqual([]);
  });

  it('says "no actual figures are published here" and draws no line where there are none', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { url, server: bundled } = await serve(siteDir);
    await page.goto(`${url}/torbay/indicators/initial-assessments/`);
    expect(await page.locator('main').innerText()).toContain('No actual figures are published here.');
    const headings = await page.locator('figure[data-chart] thead th').allTextContents();
    expect(headings.some((h) => h.startsWith('Published figure'))).toBe(false);
    bundled.close();
  });
});

// "Were the targets met?" on a notice page, in Chromium: the table is there with a judgement per
// target, axe finds nothing, the page prints with the table and without any "published figures"
// chart title, and the page does not scroll sideways on a phone.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../../scripts/accessibility-check.ts';
import { launch, watch } from './browser.ts';
import { printPage } from './pdf.ts';

const path = '/torbay/notices/improvement-notice-2011/';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("a journalist asks whether Torbay's 2011 notice targets were met", () => {
  it('shows a row per target with its judgement, direction and the figure it rests on', async () => {
    const page = await browser.newPage();
    await page.goto(inject('baseUrl') + path);
    const table = page.locator('table', { has: page.locator('caption', { hasText: 'Were the targets of' }) });
    const headings = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
    expect(headings).toEqual([
      'Indicator',
      'Baseline',
      'Target',
      'By when',
      'Basis',
      'Better when',
      'Figure published here',
      'Met?',
    ]);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row[5]).toBe('Higher is better (the notice says “increasing”)');
      expect(row[6]).toMatch(/^None for (March|October) 2011 published here$/);
      expect(row[7]).toMatch(
        /^The documents published here do not say: no (in-month|cumulative) figure for (March|October) 2011 is published here$/,
      );
    }
    const main = await page.locator('main').innerText();
    expect(main).toContain('4 targets: for all 4, the documents published here do not say whether they were met.');
    expect(main).not.toMatch(/published figures/i);
    await page.close();
  });

  it('has no axe-core violation, console error or request to another host', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const record = watch(page, inject('baseUrl'));
    await page.goto(inject('baseUrl') + path);
    const violations = (await axeViolations(page)).map((v) => v.id);
    expect(violations).toEqual([]);
    expect(record.errors).toEqual([]);
    expect(record.external).toEqual([]);
    await context.close();
  });

  it('does not scroll sideways at 375 px', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(inject('baseUrl') + path);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('prints on A4 with the targets table and its judgements, and the as-at date on every sheet', async () => {
    const printed = await printPage(browser, inject('baseUrl') + path);
    const all = printed.text.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Were the targets met?');
    expect(all).toContain('Were the targets of the Improvement Notice, 2011 (inferred) met?');
    expect(all.match(/The documents published here do not say/g)?.length).toBeGreaterThanOrEqual(4);
    expect(all).toContain('Initial assessments within 10 working days: targets (no actual figures are published here)');
    expect(all).not.toMatch(/published figures/i);
    // A notice's sheets carry the council's date as what is published here, never "As at" (it is not the notice's standing then).
    for (const sheet of printed.text)
      expect(sheet.replace(/\s+/g, ' ')).toContain('Documents published here up to October 2019');
  });
});

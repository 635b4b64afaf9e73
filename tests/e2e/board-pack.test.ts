import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
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

describe('a board takes the plan version into a meeting', () => {
  it('prints the board pack on A4 with its address, as-at date and source on every sheet', async () => {
    const printed = await printPage(browser, `${inject('baseUrl')}/torbay/plans/improvement-plan/v1/board-pack/`);
    if (process.env.PRINT_OUT) {
      mkdirSync(process.env.PRINT_OUT, { recursive: true });
      writeFileSync(`${process.env.PRINT_OUT}/board-pack.pdf`, printed.pdf);
    }
    expect(printed.canonical).toMatch(/\/torbay\/plans\/improvement-plan\/v1\/board-pack\/$/);
    // 5 sheets since recommendations print whole and each row has the inspectors' column beside the
    // council's ratings; the fifth holds the last endnotes (web addresses), not a stray footer.
    expect(printed.pages).toBe(5);
    printed.text.forEach((sheet, i) => {
      expect(sheet).toContain(printed.canonical);
      expect(sheet).toContain('As at October 2019');
      expect(sheet).toContain("Source: Torbay Children's Services Improvement Plan, Version 1, October 2019");
      expect(sheet).toContain(`Page ${i + 1} of ${printed.pages}`);
    });
    const all = printed.text.join('\n').replace(/\s+/g, ' ');
    for (const heading of [
      'What is late',
      'What slipped',
      'What changed since the previous version',
      'Ratings by theme',
      'Where each recommendation stands',
    ]) {
      expect(all).toContain(heading);
    }
    expect(all).toContain('No action is late as at October 2019.');
    expect(all).toContain('21 actions have the timescale "Immediate"');
    expect(all).not.toContain('Search recommendations');
  });

  it('is linked from the plan version it summarises', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseUrl')}/torbay/plans/improvement-plan/v1/`);
    await page.getByRole('link', { name: 'Board pack for Version 1' }).click();
    expect(new URL(page.url()).pathname).toBe('/torbay/plans/improvement-plan/v1/board-pack/');
    await page.close();
  });
});

import { writeFileSync, mkdirSync } from 'node:fs';
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

describe('a councillor prints recommendation 8 for the committee', () => {
  it('prints on A4 with the address, the as-at date and page numbers on every sheet, and no search box', async () => {
    const printed = await printPage(browser, `${inject('baseUrl')}/torbay/inspections/ofsted-2018/recommendations/8/`);
    if (process.env.PRINT_OUT) {
      mkdirSync(process.env.PRINT_OUT, { recursive: true });
      writeFileSync(`${process.env.PRINT_OUT}/recommendation-8.pdf`, printed.pdf);
    }
    expect(printed.canonical).toMatch(/\/torbay\/inspections\/ofsted-2018\/recommendations\/8\/$/);
    // 4 sheets since the status line (issue 13) sits above the report's words.
    expect(printed.pages).toBe(4);
    printed.text.forEach((sheet, i) => {
      expect(sheet).toContain(printed.canonical);
      expect(sheet).toContain('As at October 2019');
      expect(sheet).toContain(`Page ${i + 1} of ${printed.pages}`);
    });
    const all = printed.text.join('\n');
    expect(all).toContain('Printed on:');
    expect(all).not.toContain('Search recommendations');
    expect(all).not.toContain('Skip to main content');
    expect(all).not.toMatch(/\(\/torbay\//);
    // Links are numbered; their absolute addresses are listed at the end.
    expect(all).toMatch(/1\.1\.1\s*\[\d+\]/);
    expect(all).toContain('Web addresses');
    expect(all).toContain(`${new URL(printed.canonical).origin}/torbay/plans/improvement-plan/actions/1.1.1/`);
  });
});

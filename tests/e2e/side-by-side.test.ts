// The council's view beside the inspectors' (issue 25), as a reader meets it: on a phone at 375 px and
// printed on A4. Built from the other-councils fixture, whose Eastborough visit letters tie findings to
// named recommendations (tests/fixtures/other-councils/README.md): recommendation 1 to the September
// 2023 visit (dated to the day, with its letter's date), recommendation 2 to December 2023 (month only).
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/accessibility-check.ts';
import { launch } from './browser.ts';
import { buildSite } from './build-site.ts';
import { printPage } from './pdf.ts';
import { serve } from './server.ts';

const fixture = 'tests/fixtures/other-councils';
const council = "What the council's plan says";
const inspectors = 'What inspectors said most recently';

/** Each page: the plan version's date the council's part gives, the visit's date and the finding the inspectors' part quotes. */
const pages = [
  {
    path: '/eastborough/inspections/ilacs-2023/recommendations/1/',
    planDate: 'Version 1 (November 2023)',
    visitDate: 'visited 12 September 2023, letter dated 4 October 2023',
    finding: "Senior leaders have reduced social workers' caseloads",
  },
  {
    path: '/eastborough/inspections/ilacs-2023/recommendations/2/',
    planDate: 'Version 1 (November 2023)',
    visitDate: 'visited December 2023',
    finding: 'Risk is now identified promptly at the front door',
  },
];

let work: string;
let server: Server | undefined;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'side-by-side-'));
  const site = buildSite(work, { content: `${fixture}/content`, data: `${fixture}/data` });
  const served = await serve(site);
  server = served.server;
  baseUrl = served.url;
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The words of one part, and whether each given phrase is on screen within the viewport's width. */
async function part(page: Page, selector: string, phrases: string[]) {
  return page.locator(selector).evaluate((element, wanted) => {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ');
    const visible = wanted.map((phrase) => {
      // The text node holding the phrase (or its start), measured as rendered.
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').replace(/\s+/g, ' ').indexOf(phrase);
        if (at < 0) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const boxes = [...range.getClientRects()];
        return (
          boxes.length > 0 &&
          boxes.every((b) => b.width > 0 && b.left >= 0 && b.right <= document.documentElement.clientWidth) &&
          getComputedStyle(node.parentElement!).visibility === 'visible'
        );
      }
      return false;
    });
    return { text, visible };
  }, phrases);
}

describe("the council's ratings beside the inspectors' latest finding, on a 375 px phone", () => {
  it.each(pages)('$path: no sideways scroll, both dates on screen, each part under its own heading', async (p) => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 667 },
      isMobile: true,
      hasTouch: true,
      bypassCSP: true, // axe is injected as a script; the CSP has its own test
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${p.path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    const ours = await part(page, '.app-side-by-side__council', [council, p.planDate]);
    const theirs = await part(page, '.app-side-by-side__inspectors', [inspectors, p.visitDate, p.finding]);
    expect(ours.visible).toEqual([true, true]);
    expect(theirs.visible).toEqual([true, true, true]);
    // Neither is presented as the other: the finding only under the inspectors, each part saying what it is.
    expect(ours.text).not.toContain(p.finding);
    expect(ours.text).toContain('not an inspector’s judgement');
    expect(theirs.text).toContain('it is not the council’s rating');
    expect(theirs.text).not.toContain(council);

    const violations = (await axeViolations(page)).map((v) => v.id);
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe("the council's ratings beside the inspectors' latest finding, printed on A4", () => {
  it.each(pages)('$path: prints both parts whole, in order, each with its heading, date and caveat', async (p) => {
    const printed = await printPage(browser, `${baseUrl}${p.path}`);
    const all = printed.text.join('\n').replace(/\s+/g, ' ');
    const ours = all.indexOf(council);
    const theirs = all.indexOf(inspectors);
    expect(ours).toBeGreaterThanOrEqual(0);
    expect(theirs).toBeGreaterThan(ours);
    const councilPart = all.slice(ours, theirs);
    const inspectorsPart = all.slice(theirs);
    expect(councilPart).toContain(p.planDate);
    expect(councilPart).toContain('not an inspector’s judgement');
    expect(councilPart).not.toContain(p.finding);
    expect(inspectorsPart).toContain(p.finding);
    expect(inspectorsPart).toContain(p.visitDate);
    expect(inspectorsPart).toContain('it is not the council’s rating');
  });
});

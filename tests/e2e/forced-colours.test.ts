// Charts in forced colours (Windows High Contrast and the like, issue 26): a canvas is not repainted by
// the system palette, so words drawn in the page's near-black ink vanish on a dark one. Emulated in
// Chromium, the chart's legend, ticks and axis title must be drawn in the palette's own text colour,
// readable on its background, and the table beside the chart must stay.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** WCAG's contrast ratio of two "rgb(r, g, b)" colours. */
function contrast(a: number[], b: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
const channels = (colour: string) => (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);

/** The first chart on a page, drawn: the ink it used, the page's background, and how many of its pixels are grey text-like ink readable on that background. */
async function drawnChart(page: Page, path: string) {
  await page.goto(`${inject('baseUrl')}${path}`);
  const figure = page.locator('figure[data-chart]').first();
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('figure[data-chart]')?.hasAttribute('data-drawn'));
  // Chart.js draws on the next frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return figure.evaluate((element: HTMLElement) => {
    let background = 'rgba(0, 0, 0, 0)';
    for (let e: Element | null = element; e && /rgba\(0, 0, 0, 0\)|transparent/.test(background); e = e.parentElement)
      background = getComputedStyle(e).backgroundColor;
    if (/rgba\(0, 0, 0, 0\)|transparent/.test(background)) background = 'rgb(255, 255, 255)';
    const canvas = element.querySelector('canvas')!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    return {
      ink: element.dataset.ink ?? '',
      background,
      pixels: [...data],
      // The series' own colours (bars, points), which are not words.
      series: [...element.querySelectorAll<HTMLElement>('thead th[data-colour]')].map((th) => th.dataset.colour!),
      table: element.querySelector('table')?.getClientRects().length ?? 0,
    };
  });
}

/** A "#rrggbb" colour's channels. */
const hex = (colour: string) => [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));

/**
 * Opaque, grey pixels (words, ticks and axes, not a coloured bar or point, nor a series' own grey)
 * with at least 4.5:1 contrast on the background.
 */
function readableInk(chart: { pixels: number[]; background: string; series: string[] }): number {
  const bg = channels(chart.background);
  const series = chart.series.filter((c) => /^#[0-9a-f]{6}$/i.test(c)).map(hex);
  let count = 0;
  for (let i = 0; i < chart.pixels.length; i += 4) {
    const [r, g, b, a] = [chart.pixels[i]!, chart.pixels[i + 1]!, chart.pixels[i + 2]!, chart.pixels[i + 3]!];
    if (a < 200 || Math.max(r, g, b) - Math.min(r, g, b) > 24) continue;
    if (series.some(([sr, sg, sb]) => Math.abs(r - sr!) + Math.abs(g - sg!) + Math.abs(b - sb!) < 48)) continue;
    if (contrast([r, g, b], bg) >= 4.5) count++;
  }
  return count;
}

describe('charts in forced colours', () => {
  it.each(['/torbay/plans/improvement-plan/v1/', '/torbay/indicators/initial-assessments/'])(
    '%s: dark forced colours draw the legend and axes in the system text colour, readable, beside their table',
    async (path) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      const chart = await drawnChart(page, path);
      if (process.env.SHOTS) {
        mkdirSync(process.env.SHOTS, { recursive: true });
        await page
          .locator('figure[data-chart]')
          .first()
          .screenshot({ path: `${process.env.SHOTS}/forced-dark-${path.replace(/\W+/g, '-')}.png` });
      }
      // A dark palette: the background is dark, the ink light and readable on it.
      expect(contrast(channels(chart.background), [0, 0, 0])).toBeLessThan(3);
      expect(contrast(channels(chart.ink), channels(chart.background))).toBeGreaterThanOrEqual(4.5);
      // And the words are drawn so: many readable pixels (legend, ticks, axis title), not a handful.
      expect(readableInk(chart)).toBeGreaterThan(300);
      expect(chart.table).toBeGreaterThan(0);
      await page.close();
    },
  );

  it("keeps the page's own ink without forced colours", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const chart = await drawnChart(page, '/torbay/plans/improvement-plan/v1/');
    expect(chart.ink).toBe('#0b0c0c');
    expect(readableInk(chart)).toBeGreaterThan(300);
    await page.close();
  });
});

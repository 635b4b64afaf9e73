import { chromium } from 'playwright-core';
import { chromiumPath } from './tests/e2e/browser.ts';
import { serve } from './tests/e2e/server.ts';
const { url, server } = await serve(process.argv[2] ?? 'dist');
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-quic','--no-first-run','--disable-sync'] });
const pages = process.argv.slice(3);
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width === 375 ? 812 : 900 } });
  for (const p of pages) {
    await page.goto(url + p);
    const name = p.replace(/\//g, '_') || 'home';
    await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: false });
  }
  await page.close();
}
await browser.close(); server.close();

// Scratch: screenshots at 1280 and 375 px, and prints, for looking only (not committed).
import { launch } from './tests/e2e/browser.ts';
import { serve } from './tests/e2e/server.ts';
const out = '/work/notes/shots/issue-13-answers';
const pages = process.argv.slice(2);
const { url, server } = await serve('dist');
const browser = await launch();
for (const p of pages) {
  const name = p.replace(/^\/|\/$/g, '').replace(/[/?= ]+/g, '_') || 'home';
  for (const width of [1280, 375]) {
    const ctx = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(url + p);
    await page.waitForTimeout(p.includes('search') ? 1500 : 200);
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: !process.env.FIRST });
    if (width === 1280 && process.env.PDF) await page.pdf({ path: `${out}/${name}.pdf`, format: 'A4', preferCSSPageSize: true });
    await ctx.close();
  }
}
await browser.close();
server.close();

import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

/** Browsers a laptop may have installed, tried where the packaged Chromium does not run (it is Linux only). */
const INSTALLED = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Which Chromium the browser tests drive: `CHROMIUM_PATH` when set; on Linux the headless Chromium
 * that ships inside the `@sparticuz/chromium` npm package (so `npm install && npm test` needs no
 * system browser and no root); elsewhere an installed Chrome or Chromium.
 */
export async function chromiumPath(): Promise<string> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is set to ${chosen}, which does not exist.`);
    return chosen;
  }
  if (process.platform === 'linux') {
    const { default: packaged } = await import('@sparticuz/chromium');
    return packaged.executablePath();
  }
  const installed = INSTALLED.find((path) => existsSync(path));
  if (installed) return installed;
  throw new Error('No Chromium found: install Chrome or Chromium, or set CHROMIUM_PATH to its executable.');
}

/** Launches Chromium headless, with no background traffic to other hosts. */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: ARGS });
}
/** Every built HTML page as a site path: "<root>/torbay/index.html" → "/torbay/". */
export function builtPages(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) =>
      `/${relative(root, join(root, f)).split('\\').join('/')}`
        .replace(/index\.html$/, '')
        .replace(/^\/404\.html$/, '/404.html'),
    )
    .sort();
}

/** Records console errors and requests to any other host while a page is used. */
export function watch(page: Page, baseUrl: string): { errors: string[]; external: string[] } {
  const record = { errors: [] as string[], external: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) record.external.push(request.url());
  });
  return record;
}

import { chromium, type Browser, type Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Launches Debian's Chromium headless, with no background traffic to other hosts. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
  });
}

/** Every built HTML page as a site path: "dist/torbay/index.html" → "/torbay/". */
export function builtPages(root = 'dist'): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${relative(root, join(root, f)).split('\\').join('/')}`.replace(/index\.html$/, '').replace(/^\/404\.html$/, '/404.html'))
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

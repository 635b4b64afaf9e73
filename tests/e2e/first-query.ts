import { launch } from './browser.ts';

/**
 * Bytes (body and headers, as transferred) a fresh browser fetches to show the first page of results
 * for `query` on the search page at `baseUrl`, optionally with councils chosen in the "Council"
 * filter: the search page's script, Pagefind's script, WebAssembly, metadata, index chunks and the
 * fragments of the results shown. The page's HTML and CSS are not counted.
 */
export async function firstQueryBytes(
  baseUrl: string,
  query: string,
  councils: readonly string[] = [],
): Promise<number> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('.js') || pathname.includes('/pagefind/') || pathname.endsWith('/councils.json')) {
        sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
      }
    });
    const params = new URLSearchParams({ q: query });
    for (const council of councils) params.append('authority', council);
    await page.goto(`${baseUrl}/search/?${params}`);
    await page.waitForFunction(
      () => /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''),
      undefined,
      { timeout: 120_000 },
    );
    await page.waitForLoadState('networkidle');
    return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  } finally {
    await browser.close();
  }
}

import { launch } from './browser.ts';

/** One file fetched for a search: its address and its bytes as transferred (body and headers). */
export interface FetchedFile {
  path: string;
  bytes: number;
}

/**
 * The files a fresh browser fetches to show the first page of results for `query` on the search page
 * at `baseUrl`, optionally with councils chosen in the "Council" filter: the search page's script,
 * Pagefind's script, WebAssembly, metadata, index chunks and the fragments of the results shown. The
 * page's HTML and CSS are not counted.
 */
export async function firstQueryFiles(
  baseUrl: string,
  query: string,
  councils: readonly string[] = [],
): Promise<FetchedFile[]> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const sizes: Promise<FetchedFile>[] = [];
    page.on('requestfinished', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('.js') || pathname.includes('/pagefind/') || pathname.endsWith('/councils.json')) {
        sizes.push(
          request.sizes().then((s) => ({ path: pathname, bytes: s.responseBodySize + s.responseHeadersSize })),
        );
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
    return await Promise.all(sizes);
  } finally {
    await browser.close();
  }
}

/** The bytes of `firstQueryFiles`, summed. */
export async function firstQueryBytes(
  baseUrl: string,
  query: string,
  councils: readonly string[] = [],
): Promise<number> {
  return (await firstQueryFiles(baseUrl, query, councils)).reduce((n, f) => n + f.bytes, 0);
}

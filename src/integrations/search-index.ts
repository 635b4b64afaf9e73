import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { councilIndexOf, councilIndexPath, isMergedIndexFile, siteIndexPath } from '../lib/search-split.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * The search indexes of one build: the site-wide index and one paragraph index per council (see
 * src/lib/search-split.ts). Pages are handed to Pagefind as Astro renders them, so Pagefind's binary
 * indexes on the second core while Node renders the next page; only writing the files waits for the end.
 */
export class SearchIndexes {
  private site: Promise<PagefindIndex> | undefined;
  private councils = new Map<string, Promise<PagefindIndex>>();
  private pending: Promise<void>[] = [];
  private errors: string[] = [];
  pages = 0;

  private static async open(): Promise<PagefindIndex> {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  }

  /** Queues a rendered HTML page (its site address and text) for the index it belongs in. */
  add(url: string, content: string): void {
    const council = councilIndexOf(url);
    let index: Promise<PagefindIndex>;
    if (council) {
      index = this.councils.get(council) ?? SearchIndexes.open();
      this.councils.set(council, index);
    } else {
      index = this.site ??= SearchIndexes.open();
    }
    this.pages++;
    this.pending.push(index.then(async (i) => {
      const added = await i.addHTMLFile({ url, content });
      if (added.errors.length > 0) this.errors.push(`${url}: ${added.errors.join('; ')}`);
    }));
  }

  /** Waits for every page, then writes the site-wide index to `outputPath/pagefind/` and each council's beside its pages. */
  async write(outputPath: string): Promise<void> {
    await Promise.all(this.pending);
    if (this.errors.length > 0) throw new Error(`Pagefind could not index the site: ${this.errors.join('; ')}`);
    const site = await (this.site ??= SearchIndexes.open());
    const written = await site.writeFiles({ outputPath: join(outputPath, siteIndexPath) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const [slug, index] of [...this.councils].sort(([a], [b]) => a.localeCompare(b))) {
      // A merged index needs only its data: write those files, not another copy of Pagefind's script and WebAssembly.
      const { files, errors } = await (await index).getFiles();
      if (errors.length > 0) throw new Error(`Pagefind could not write the index of ${slug}: ${errors.join('; ')}`);
      for (const file of files.filter((f) => isMergedIndexFile(f.path))) {
        const path = join(outputPath, councilIndexPath(slug), file.path);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, file.content);
      }
    }
    await pagefind.close();
  }
}

/** Indexes an already built site in `outputPath` from disk (the same indexes the build writes). */
export async function buildSearchIndex(outputPath: string): Promise<{ pages: number; seconds: number }> {
  const { readdir, readFile } = await import('node:fs/promises');
  const started = performance.now();
  const indexes = new SearchIndexes();
  const files = (await readdir(outputPath, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).sort();
  for (const file of files) {
    indexes.add(`/${file.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1')}`, await readFile(join(outputPath, file), 'utf8'));
  }
  await indexes.write(outputPath);
  return { pages: indexes.pages, seconds: (performance.now() - started) / 1000 };
}

/** Wraps Astro's prerenderer so every HTML page it renders is also handed to the search indexes. */
function indexingPrerenderer(base: AstroPrerenderer, indexes: () => SearchIndexes): AstroPrerenderer {
  return {
    ...base,
    name: `${base.name}+search-index`,
    async render(request, options) {
      const result = await base.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (options.routeData.type === 'page' && response.status === 200 && response.headers.get('content-type')?.startsWith('text/html') !== false) {
        const path = new URL(request.url).pathname;
        indexes().add(path.endsWith('/') ? path : `${path}.html`, await response.clone().text());
      }
      return result;
    },
  };
}

/**
 * Builds the Pagefind search indexes through its Node API while Astro renders the pages, and writes
 * them after the build. SKIP_SEARCH_INDEX=1 leaves the site unindexed (for builds that need no search).
 */
export function searchIndex(): AstroIntegration {
  let indexes: SearchIndexes | undefined;
  let started = 0;
  return {
    name: 'improvement-tracker:search-index',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        if (process.env.SKIP_SEARCH_INDEX === '1') return;
        indexes = new SearchIndexes();
        started = performance.now();
        setPrerenderer((base) => indexingPrerenderer(base, () => indexes!));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexes) return;
        const rendered = performance.now();
        await indexes.write(fileURLToPath(dir));
        const seconds = (performance.now() - rendered) / 1000;
        logger.info(`Indexed ${indexes.pages} pages for search (alongside rendering, ${((rendered - started) / 1000).toFixed(2)} s), written in ${seconds.toFixed(2)} s`);
        if (process.env.SEARCH_INDEX_REPORT) await writeFile(process.env.SEARCH_INDEX_REPORT, JSON.stringify({ pages: indexes.pages, seconds }));
      },
    },
  };
}

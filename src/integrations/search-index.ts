import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Indexes the built site in `outputPath` into `outputPath/pagefind`; returns the pages indexed and the seconds taken. */
export async function buildSearchIndex(outputPath: string): Promise<{ pages: number; seconds: number }> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outputPath });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${outputPath}/pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
}

/**
 * Builds the Pagefind search index over the built pages, through its Node API, after every build.
 * SKIP_SEARCH_INDEX=1 leaves it to the caller (the benchmark times it separately).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'improvement-tracker:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SKIP_SEARCH_INDEX === '1') return;
        const { pages, seconds } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Indexed ${pages} pages for search in ${seconds.toFixed(2)} s`);
      },
    },
  };
}

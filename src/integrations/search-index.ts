import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import {
  councilIndexListPath,
  councilIndexOf,
  councilSlugOf,
  isCouncilIndexFile,
  siteIndexGlobs,
  siteIndexPath,
  type CouncilIndex,
} from '../lib/search/search-split.ts';
import { settings } from '../lib/settings.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

async function openIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** The folders of a built site that hold inspection paragraph pages, relative to the site. */
async function paragraphFolders(outputPath: string): Promise<string[]> {
  const folders: string[] = [];
  for (const file of (await readdir(outputPath, { recursive: true })).sort()) {
    const path = file.split('\\').join('/');
    const match = /^([^/]+)\/inspections\/[^/]+\/paragraphs$/.exec(path);
    if (match && councilIndexOf(`/${path}/1/`) === match[1]) folders.push(path);
  }
  return folders;
}

/** The councils of a built site, from the list it publishes for the search page. */
async function councilsOf(outputPath: string): Promise<CouncilIndex[]> {
  const list = join(outputPath, councilIndexListPath);
  return existsSync(list) ? (JSON.parse(await readFile(list, 'utf8')) as CouncilIndex[]) : [];
}

/**
 * Indexes a built site in `outputPath` (see src/lib/search/search-split.ts): each council's pages into
 * `outputPath/<council>/pagefind/`, every page but the inspection paragraphs into `outputPath/pagefind/`.
 * Pagefind's binary reads the files itself, on every core (handing it pages one by one through its
 * Node API was three times slower at 10,000 pages). The councils are indexed one after another; the
 * site-wide index, the largest, in a Pagefind process of its own, reading one top-level folder at a
 * time (`siteIndexGlobs`). While it is built the paragraph folders are moved beside the site, and
 * always moved back.
 */
export async function buildSearchIndex(outputPath: string): Promise<{ pages: number; seconds: number }> {
  const started = performance.now();
  let pages = 0;
  for (const council of await councilsOf(outputPath)) {
    const slug = councilSlugOf(council.index);
    if (!slug || !existsSync(join(outputPath, slug))) continue;
    const index = await openIndex();
    // Indexed from the council's folder, so addresses are relative to /<council>/, the index's base URL.
    const added = await index.addDirectory({ path: join(outputPath, slug) });
    if (added.errors.length > 0)
      throw new Error(`Pagefind could not index the pages of ${slug}: ${added.errors.join('; ')}`);
    pages += added.page_count;
    // Pagefind writes the files itself (cheaper than passing them through its Node API); what a council
    // index does not need (Pagefind's script, its UI, the WebAssembly of other languages) is then removed.
    const folder = join(outputPath, council.index);
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write the index of ${slug}: ${written.errors.join('; ')}`);
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      if (!isCouncilIndexFile(relative(folder, file).split('\\').join('/'))) await rm(file);
    }
    await index.deleteIndex();
  }
  const folders = await paragraphFolders(outputPath);
  const aside = `${outputPath.replace(/[\\/]+$/, '')}.paragraphs-being-indexed`;
  await rm(aside, { recursive: true, force: true });
  try {
    for (const folder of folders) {
      await mkdir(dirname(join(aside, folder)), { recursive: true });
      await rename(join(outputPath, folder), join(aside, folder));
    }
    // A fresh Pagefind process for the largest index, so its peak memory is its own, not added to what
    // the council indexes left behind in the process's heap.
    await pagefind.close();
    const site = await openIndex();
    const topLevel = (await readdir(outputPath, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    for (const glob of siteIndexGlobs(topLevel)) {
      const added = await site.addDirectory({ path: outputPath, glob });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
      pages += added.page_count;
    }
    const written = await site.writeFiles({ outputPath: join(outputPath, siteIndexPath) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    for (const folder of folders) {
      if (existsSync(join(aside, folder))) await rename(join(aside, folder), join(outputPath, folder));
    }
    await rm(aside, { recursive: true, force: true });
    await pagefind.close();
  }
  return { pages, seconds: (performance.now() - started) / 1000 };
}

/**
 * Builds the Pagefind search indexes through its Node API after every build.
 * SKIP_SEARCH_INDEX=1 leaves the site unindexed (for builds that need no search).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'improvement-tracker:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { skipSearchIndex, searchIndexReport } = settings();
        if (skipSearchIndex) return;
        const { pages, seconds } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Indexed ${pages} pages for search in ${seconds.toFixed(2)} s`);
        if (searchIndexReport) await writeFile(searchIndexReport, JSON.stringify({ pages, seconds }));
      },
    },
  };
}

// The projects the benchmark measures ours against: Astro's own floor (a trivial page at each of our
// addresses, plus a search index) and, when asked, a Starlight site of as many trivial doc pages.
// Pure: each returns the files of a scratch project; scripts/bench.ts writes, installs and builds them.

/** A file of a scratch project, relative to the project's folder. */
export interface ProjectFile {
  path: string;
  text: string;
}

/** The Starlight version the peer measurement installs (from the npm registry, into bench-out/ only). */
export const starlightVersion = '^0.42.4';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Astro's floor: one route that renders a trivial page (a title and a sentence, no layout, no
 * components, no content collections) at every address our build wrote, so the page count and the
 * addresses are the same; `floor-index.mjs` then indexes it with Pagefind as our build does.
 * `sitePaths` are our pages' addresses ("/", "/torbay/"), the 404 page excluded.
 */
export function floorProject(sitePaths: readonly string[], sentences: readonly string[]): ProjectFile[] {
  const pages = sitePaths.map((path, i) => ({
    path: path.replace(/^\/|\/$/g, '') || undefined,
    title: `Synthetic page ${i + 1}`,
    text: `Synthetic: ${sentences[i % Math.max(1, sentences.length)] ?? 'text'}`,
  }));
  return [
    { path: 'package.json', text: `${JSON.stringify({ private: true, type: 'module' }, null, 2)}\n` },
    {
      path: 'astro.config.mjs',
      text: [
        "import { defineConfig } from 'astro/config';",
        "export default defineConfig({ outDir: process.env.OUT_DIR ?? './dist', cacheDir: process.env.CACHE_DIR ?? './cache', trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });",
        '',
      ].join('\n'),
    },
    { path: 'src/pages.json', text: `${JSON.stringify(pages)}\n` },
    {
      path: 'src/pages/[...path].astro',
      text: [
        '---',
        "import pages from '../pages.json';",
        'export function getStaticPaths() {',
        '  return pages.map((p) => ({ params: { path: p.path }, props: p }));',
        '}',
        'const { title, text } = Astro.props;',
        '---',
        '<html lang="en-GB"><head><meta charset="utf-8" /><title>{title}</title></head>',
        '<body><main data-pagefind-body><h1>{title}</h1><p>{text}</p></main></body></html>',
        '',
      ].join('\n'),
    },
    {
      path: 'floor-index.mjs',
      text: [
        '// Indexes the floor site with Pagefind, the way a site with one search index would.',
        "import * as pagefind from 'pagefind';",
        'const { index } = await pagefind.createIndex({ forceLanguage: "en" });',
        'const added = await index.addDirectory({ path: process.argv[2] });',
        'await index.writeFiles({ outputPath: `${process.argv[2]}/pagefind` });',
        'await pagefind.close();',
        'console.log(added.page_count);',
        '',
      ].join('\n'),
    },
  ];
}

/**
 * A Starlight site of `pages` trivial doc pages (the home page included), with a one-link sidebar:
 * Starlight's default sidebar lists every page on every page, which no site of thousands of pages
 * would ship and which would make its cost grow with the square of the page count.
 */
export function starlightProject(pages: number, sentences: readonly string[], astroVersion: string): ProjectFile[] {
  const docs: ProjectFile[] = Array.from({ length: pages }, (_, i) => ({
    path: i === 0 ? 'src/content/docs/index.md' : `src/content/docs/pages/page-${String(i).padStart(5, '0')}.md`,
    text: `---\ntitle: Synthetic page ${i}\n---\n\nSynthetic: ${escape(sentences[i % Math.max(1, sentences.length)] ?? 'text')}\n`,
  }));
  return [
    {
      path: 'package.json',
      text: `${JSON.stringify({ private: true, type: 'module', dependencies: { '@astrojs/starlight': starlightVersion, astro: astroVersion } }, null, 2)}\n`,
    },
    {
      path: 'astro.config.mjs',
      text: [
        "import starlight from '@astrojs/starlight';",
        "import { defineConfig } from 'astro/config';",
        'export default defineConfig({',
        "  outDir: process.env.OUT_DIR ?? './dist', cacheDir: process.env.CACHE_DIR ?? './cache', devToolbar: { enabled: false },",
        "  integrations: [starlight({ title: 'Synthetic benchmark', sidebar: [{ label: 'Home', link: '/' }] })],",
        '});',
        '',
      ].join('\n'),
    },
    {
      path: 'src/content.config.ts',
      text: [
        "import { defineCollection } from 'astro:content';",
        "import { docsLoader } from '@astrojs/starlight/loaders';",
        "import { docsSchema } from '@astrojs/starlight/schema';",
        'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
        '',
      ].join('\n'),
    },
    ...docs,
  ];
}

// The projects the benchmark measures ours against, on the same work (issue 28): the same-output floor
// (Astro writing, at each of our addresses, the HTML we wrote, plus Pagefind over it with our settings),
// Starlight given one doc page per page of ours holding that page's main text, and, for the record,
// Astro's trivial floor (a sentence a page). Pure but for the HTML parser: each returns the files of a
// scratch project (or a page's text); scripts/bench.ts writes, installs and builds them.
import { Parser } from 'htmlparser2';

/** A file of a scratch project, relative to the project's folder. */
export interface ProjectFile {
  path: string;
  text: string;
}

/** The Starlight version the peer measurement installs (from the npm registry, into bench-out/ only). */
export const starlightVersion = '^0.42.4';

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
 * The same-output floor: one route writing, at each of `sitePaths`, the HTML our build wrote there
 * (read as is from `source`, our built site copied outside the timed build), then `floor-index.mjs`
 * indexing it with our search indexer (`indexer`, src/integrations/search-index.ts: Pagefind with our
 * settings and our split into a site index and council indexes). `public/` holds the council list the
 * split reads. The least that emitting these bytes and their index costs with these tools.
 */
export function sameOutputFloorProject(source: string, sitePaths: readonly string[], indexer: string): ProjectFile[] {
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
    {
      path: 'src/paths.json',
      text: `${JSON.stringify(sitePaths.map((p) => p.replace(/^\/|\/$/g, '') || undefined))}\n`,
    },
    {
      path: 'src/pages/[...path].astro',
      text: [
        '---',
        "import { readFileSync } from 'node:fs';",
        "import paths from '../paths.json';",
        'export function getStaticPaths() {',
        '  return paths.map((path) => ({ params: { path: path ?? undefined } }));',
        '}',
        'const { path } = Astro.params;',
        `const html = readFileSync(\`${source}/\${path ? \`\${path}/\` : ''}index.html\`, 'utf8');`,
        '---',
        '<Fragment set:html={html} />',
        '',
      ].join('\n'),
    },
    {
      path: 'floor-index.mjs',
      text: [
        '// Indexes the floor site as our build indexes ours: Pagefind with our settings and our split.',
        `const { buildSearchIndex } = await import(${JSON.stringify(indexer)});`,
        'const { pages } = await buildSearchIndex(process.argv[2]);',
        'console.log(pages);',
        '',
      ].join('\n'),
    },
  ];
}

/** Block elements whose text starts a new Markdown paragraph (or list item, or heading). */
const blocks = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'caption',
  'figcaption',
  'blockquote',
  'summary',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'table',
  'ul',
  'ol',
  'dl',
]);

/**
 * A built page's main text as Markdown, for Starlight to build the same text: its `<main>` (what our
 * search indexes, `data-pagefind-ignore` parts and scripts left out), headings as headings, list items
 * as items, every other block as a paragraph, links as their words. Its title is the first `<h1>`.
 */
export function mainAsMarkdown(html: string): { title: string; markdown: string } {
  const lines: string[] = [];
  let title = '';
  let line = '';
  let depth = 0; // inside <main>
  let ignored = 0; // depth inside an ignored element
  let heading = 0;
  let inTitle = false;
  const stack: { name: string; ignore: boolean }[] = [];
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text)
      lines.push(heading ? `${'#'.repeat(heading)} ${text}` : stack.some((e) => e.name === 'li') ? `- ${text}` : text);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const ignore =
          ignored > 0 ||
          name === 'script' ||
          name === 'style' ||
          'data-pagefind-ignore' in attributes ||
          'hidden' in attributes;
        stack.push({ name, ignore });
        if (name === 'main') depth++;
        if (depth === 0) return;
        if (ignore) ignored++;
        if (blocks.has(name)) flush();
        if (/^h[1-6]$/.test(name)) heading = Number(name[1]);
        if (name === 'h1' && !title) inTitle = true;
      },
      ontext(text) {
        if (depth === 0 || ignored > 0) return;
        line += text;
        if (inTitle) title += text;
      },
      onclosetag(name) {
        // Flushed before the element leaves the stack, so a list item's text is written as an item.
        const open = stack.at(-1);
        if (depth > 0 && open?.ignore) ignored--;
        else if (depth > 0) {
          if (blocks.has(name)) flush();
          if (/^h[1-6]$/.test(name)) heading = 0;
          if (name === 'h1') inTitle = false;
          if (name === 'main') depth--;
        }
        stack.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  // Markdown and HTML specials are escaped so Starlight renders the words, not markup.
  const escape = (text: string) => text.replace(/[\\`*_<>[\]{}#|]/g, (c) => `\\${c}`);
  return {
    title: title.replace(/\s+/g, ' ').trim() || 'Untitled',
    markdown: lines
      .map((l) =>
        l.replace(/^(#+ |- )?(.*)$/, (_, prefix: string | undefined, rest: string) => `${prefix ?? ''}${escape(rest)}`),
      )
      .join('\n\n'),
  };
}

/**
 * A Starlight site of one doc page for each of `pages` (the first is its home page), each holding its
 * title and Markdown text, with Starlight's default Pagefind index and a one-link sidebar: Starlight's
 * default sidebar lists every page on every page, which no site of thousands of pages would ship and
 * which would make its cost grow with the square of the page count.
 */
export function starlightProject(
  pages: readonly { title: string; markdown: string }[],
  astroVersion: string,
): ProjectFile[] {
  const docs: ProjectFile[] = pages.map((page, i) => ({
    path: i === 0 ? 'src/content/docs/index.md' : `src/content/docs/pages/page-${String(i).padStart(5, '0')}.md`,
    text: `---\ntitle: ${JSON.stringify(page.title)}\n---\n\n${page.markdown}\n`,
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

// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { icons } from './src/integrations/icons.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemapLastmod } from './src/integrations/sitemap-lastmod.ts';
import { defaultFolders, settings } from './src/lib/settings.ts';

// `npm run edit` sets TRACKER_EDITOR=1 and runs `astro dev`: only then are the editor (Keystatic,
// React) and its routes loaded. `npm run build` never loads them: the public site stays static.
const setting = settings();
const editing = setting.editing;
const editorIntegrations = editing ? (await import('./src/integrations/editor.ts')).editor() : [];

// Astro's content cache keeps an entry parsed by an older schema while its file is unchanged, so a new
// field's default would be missing. The cache folder is keyed by the schemas' text: a schema change
// starts a fresh cache.
const schemaFiles = [
  'src/lib/content/collections.ts',
  ...readdirSync('src/schemas')
    .sort()
    .map((f) => `src/schemas/${f}`),
];
const schemaHash = createHash('sha256')
  .update(schemaFiles.map((f) => readFileSync(f, 'utf8')).join('\0'))
  .digest('hex')
  .slice(0, 12);

// A plain object with its type, not `defineConfig()` from 'astro/config': that entry point also loads
// Astro's SVG optimiser (svgo, csso, css-tree) and font tooling, 0.15 s of CPU on every build, for an
// identity function. The type checks the same (`// @ts-check` above).
/** @type {import('astro').AstroUserConfig} */
const config = {
  site: setting.siteAddress,
  // The benchmark and fixture builds write elsewhere and keep their own content cache.
  outDir: setting.outDir,
  cacheDir: setting.cacheDir ?? `${defaultFolders.cache}/${schemaHash}`,
  // The editor's own addresses (/keystatic/…, /api/keystatic/…) have no trailing slash.
  trailingSlash: editing ? 'ignore' : 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    // After the sitemap: gives each page its date, at the precision the sources give it.
    sitemapLastmod(),
    icons({ mdi: ['alert-circle', 'magnify'] }),
    searchIndex(),
    ...editorIntegrations,
  ],
  // Keep the whitespace the templates write between elements, so words never run together
  // (Astro 7's default, 'jsx', drops it across line breaks: "31 October 2019and").
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  // Smart punctuation off: authors' quotes, dashes and ellipses are transcribed exactly, never "improved".
  markdown: { syntaxHighlight: false, processor: satteri({ features: { smartPunctuation: false } }) },
  // The editor's interface sets inline styles, so its dev server runs without the site's CSP.
  security: editing
    ? {}
    : {
        csp: {
          directives: [
            "default-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
          ],
        },
      },
};

export default config;

import type { AstroIntegration } from 'astro';
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modifiedOf, withLastmod } from '../lib/publishing/sitemap.ts';

/** The head of a built page: its first 8 KB, which hold the whole <head> of every page the site writes. */
function headOf(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return '';
  }
  try {
    const buffer = Buffer.alloc(8192);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, read).toString('utf8');
    const end = text.indexOf('</head>');
    return end >= 0 ? text.slice(0, end) : readFileSync(file, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Gives each page of the sitemap @astrojs/sitemap wrote its <lastmod>: the date the page names in its
 * head (src/lib/publishing/sitemap.ts). Runs after the sitemap integration, on its files.
 */
export function sitemapLastmod(): AstroIntegration {
  return {
    name: 'improvement-tracker:sitemap-lastmod',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const name of readdirSync(root).filter((f) => /^sitemap-\d+\.xml$/.test(f))) {
          const path = join(root, name);
          const xml = readFileSync(path, 'utf8');
          const dated = withLastmod(xml, (loc) => {
            const pathname = decodeURIComponent(new URL(loc).pathname);
            return modifiedOf(headOf(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname)));
          });
          if (dated !== xml) writeFileSync(path, dated);
        }
      },
    },
  };
}

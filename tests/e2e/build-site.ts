import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Checks and builds a site from the given content into `work/dist`, with its own content cache,
 * never touching the bundled site's dist/. Returns the output folder.
 */
export function buildSite(work: string, roots: { content: string; data: string }): string {
  const env = {
    ...process.env,
    CONTENT_DIR: roots.content,
    DATA_DIR: roots.data,
    OUT_DIR: join(work, 'dist'),
    CACHE_DIR: join(work, 'cache'),
  };
  execFileSync('node_modules/.bin/node', ['scripts/check.ts'], { env, stdio: 'pipe' });
  execFileSync('node_modules/.bin/astro', ['build', '--silent'], { env, stdio: 'pipe' });
  return env.OUT_DIR;
}

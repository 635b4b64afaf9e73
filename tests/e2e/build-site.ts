import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Checks and builds a site from the given content into `work/dist` with `npm run build`'s script
 * (staged, swapped in only when complete), with its own content cache, never touching the bundled
 * site's dist/. Returns the output folder.
 */
export function buildSite(
  work: string,
  roots: { content: string; data: string },
  extraEnv: Record<string, string> = {},
): string {
  const env = {
    ...process.env,
    CONTENT_DIR: roots.content,
    DATA_DIR: roots.data,
    OUT_DIR: join(work, 'dist'),
    CACHE_DIR: join(work, 'cache'),
    ...extraEnv,
  };
  execFileSync('node_modules/.bin/node', ['scripts/build.ts', '--silent'], { env, stdio: 'pipe' });
  return env.OUT_DIR;
}

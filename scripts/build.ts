// `npm run build [-- --production]`: checks the content, builds the site and its search index into a
// staging folder beside dist/, and only when all of that succeeded swaps it into dist/. A failed or
// killed build leaves the previous dist/ exactly as it was. OUT_DIR, CONTENT_DIR, DATA_DIR and
// CACHE_DIR work as for `astro build` (the tests build fixture sites with them).
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { siteAddressProblem } from '../src/lib/publishing/site-address.ts';
import { environmentWith, settings } from '../src/lib/settings.ts';

const setting = settings();
const out = resolve(setting.outDir);
const staging = join(dirname(out), `.${basename(out)}.staging`);
const previous = join(dirname(out), `.${basename(out)}.previous`);
const passThrough = process.argv.slice(2).filter((a) => a !== '--production');
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

// A build killed in the instant between its two renames leaves the old site in `previous`: restore it.
if (!existsSync(out) && existsSync(previous)) renameSync(previous, out);
rmSync(staging, { recursive: true, force: true });
rmSync(previous, { recursive: true, force: true });

const problem = siteAddressProblem(setting.siteUrl, setting.production);
if (problem) fail(problem);
if (!setting.siteUrl)
  console.log(
    'Note: SITE_URL is not set, so links in feeds and the sitemap point at http://localhost:4321 (fine for a preview; see "Publishing" in the README).',
  );

const node = process.execPath;
const checked = spawnSync(node, ['scripts/check.ts'], { stdio: 'inherit' });
if (checked.status !== 0)
  fail(`Nothing was built; ${existsSync(out) ? `${basename(out)}/ is unchanged` : 'there is no previous site'}.`);

const astro = resolve('node_modules/astro/bin/astro.mjs');
const built = spawnSync(node, [astro, 'build', ...passThrough], {
  stdio: 'inherit',
  env: environmentWith({ OUT_DIR: staging }),
});
const unchanged = `${existsSync(out) ? `${basename(out)}/ is unchanged` : 'there is no previous site'}`;
if (built.status !== 0) fail(`The build failed${built.signal ? ` (stopped by ${built.signal})` : ''}: ${unchanged}.`);

// Only the site is published: no server chunks, and every part present.
rmSync(join(staging, '.prerender'), { recursive: true, force: true });
const missing = ['index.html', ...(setting.skipSearchIndex ? [] : ['pagefind/pagefind.js'])].filter(
  (f) => !existsSync(join(staging, f)),
);
if (missing.length > 0) fail(`The build is incomplete (no ${missing.join(', ')}): ${unchanged}.`);

if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
console.log(`Built the site into ${basename(out)}/.`);

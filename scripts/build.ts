// `npm run build [-- --production] [--silent | --verbose] [--force]`: checks the content, builds the
// site and its search index into a staging folder beside dist/, and only when all of that succeeded
// swaps it into dist/. A failed or killed build leaves the previous dist/ exactly as it was; a second
// build started while one runs is refused (a lock beside dist/). OUT_DIR,
// CONTENT_DIR, DATA_DIR and CACHE_DIR work as for `astro build` (the tests build fixture sites with them).
// The check and Astro's build run in this one process, one after the other (Astro's programmatic
// `build()`), so the content's modules are loaded once and no second Node starts.
import { existsSync, renameSync, rmSync } from 'node:fs';
import module from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteAddressProblem } from '../src/lib/publishing/site-address.ts';
import { BuildRefused, swapIntoPlace, takeBuildLock } from '../src/lib/publishing/site-swap.ts';
import { contentRoots, settings } from '../src/lib/settings.ts';
import { checkContent } from './content-check.ts';

const setting = settings();
// As `astro build` does (astro/bin/astro.mjs): Node keeps the compiled code of the modules it loads
// (Astro, Vite, …) for the next build, except in CI, where no next build would read it.
if (!setting.ci) module.enableCompileCache?.();
const out = resolve(setting.outDir);
const staging = join(dirname(out), `.${basename(out)}.staging`);
const previous = join(dirname(out), `.${basename(out)}.previous`);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

// The options `astro build` took that make sense here; --production is ours (see "Publishing safely").
const { values: flags, tokens } = parseArgs({
  options: {
    production: { type: 'boolean' },
    silent: { type: 'boolean' },
    verbose: { type: 'boolean' },
    force: { type: 'boolean' },
  },
  strict: false,
  tokens: true,
});
const unknown = tokens.filter(
  (t) => t.kind !== 'option' || !['production', 'silent', 'verbose', 'force'].includes(t.name),
);
if (unknown.length > 0)
  fail(
    `npm run build does not take ${unknown.map((t) => (t.kind === 'option' ? t.rawName : t.kind === 'positional' ? t.value : '--')).join(' ')}; it takes --production, --silent, --verbose and --force. Nothing was built.`,
  );

// One build at a time: a second would delete this one's staging folder and swap in a mixture.
let release: () => void = () => {};
try {
  release = takeBuildLock(out);
} catch (error) {
  if (error instanceof BuildRefused) fail(error.message);
  throw error;
}
process.on('exit', () => release());

// A build killed in the instant between its two renames leaves the old site in `previous`: restore it.
if (!existsSync(out) && existsSync(previous)) renameSync(previous, out);
rmSync(staging, { recursive: true, force: true });
rmSync(previous, { recursive: true, force: true });

const problem = siteAddressProblem(setting.siteUrl, setting.production);
if (problem) fail(problem);
if (!setting.siteUrl)
  console.log(
    'Note: SITE_URL is not set, so links in feeds and the sitemap point at http://localhost:4321 (fine for a preview; see docs/publishing.md).',
  );

const unchanged = () => `${existsSync(out) ? `${basename(out)}/ is unchanged` : 'there is no previous site'}`;
let checked: boolean;
try {
  checked = checkContent(contentRoots());
} catch (error) {
  console.error(error);
  checked = false;
}
if (!checked) fail(`Nothing was built; ${unchanged()}.`);

// Loaded only now: a failed check never pays for loading Astro.
const { build } = await import('astro');
try {
  await build({
    outDir: staging,
    logLevel: flags.verbose ? 'debug' : flags.silent ? 'silent' : undefined,
    force: flags.force === true ? true : undefined,
  });
} catch (error) {
  console.error(error);
  fail(`The build failed: ${unchanged()}.`);
}

// Only the site is published: no server chunks, and every part present.
rmSync(join(staging, '.prerender'), { recursive: true, force: true });
const missing = ['index.html', ...(setting.skipSearchIndex ? [] : ['pagefind/pagefind.js'])].filter(
  (f) => !existsSync(join(staging, f)),
);
if (missing.length > 0) fail(`The build is incomplete (no ${missing.join(', ')}): ${unchanged()}.`);

try {
  swapIntoPlace(staging, out, previous);
} catch (error) {
  if (error instanceof BuildRefused) fail(error.message);
  throw error;
}
console.log(`Built the site into ${basename(out)}/.`);

// `npm run bench [-- --pages 1000 --pages 10000] [--pages 50000]`
// Generates a synthetic corpus of about N pages (every page marked synthetic), builds it into its own folder
// (bench-out/, never dist/), and reports build and search-index time, peak memory, sizes and first-query bytes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { markdownTable, median, pageTypeOf, type BenchRun } from '../src/lib/bench-report.ts';
import { shapeFor, syntheticCorpus } from '../src/lib/synthetic.ts';
import { parseContent } from '../src/lib/parse-content.ts';
import { readSources } from './read-content.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', multiple: true }, out: { type: 'string', default: 'bench-out' } } });
const targets = (values.pages ?? ['1000', '10000']).map(Number);
const out = values.out!;
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command, returning wall seconds and (with GNU time) the peak resident memory in MB. */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv): { seconds: number; peakMemoryMB: number | null } {
  const started = performance.now();
  const report = join(out, 'time.txt');
  if (timeBin) execFileSync(timeBin, ['-f', '%M', '-o', report, command, ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  else execFileSync(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = (performance.now() - started) / 1000;
  const peakMemoryMB = timeBin ? Math.round(Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)) / 1024) : null;
  return { seconds, peakMemoryMB };
}

function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

function dirBytes(dir: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).reduce((n, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? n + s.size : n;
  }, 0);
}

async function firstQueryBytes(dist: string): Promise<number | null> {
  const { launch } = await import('../tests/e2e/browser.ts');
  const { serve } = await import('../tests/e2e/server.ts');
  const { url, server } = await serve(dist);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/search/`);
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
    const script = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/_astro/') && e.name.endsWith('.js')).reduce((n, e) => n + (e as PerformanceResourceTiming).transferSize, 0));
    await page.fill('#search-input', 'supervision');
    await page.waitForFunction(() => /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return script + (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  } finally {
    await browser.close();
    server.close();
  }
}

// Sentences of the bundled plan, recombined into the synthetic text so word frequencies are realistic.
const bundled = parseContent(readSources({ content: 'src/content', data: 'data' })).content;
const sentences = bundled.planOutlines.flatMap((o) => o.data.themes.flatMap((t) => t.objectives.flatMap((ob) => ob.actions.flatMap((a) =>
  [...a.desiredOutcome, ...a.actions, ...a.impact, ...a.measure]))));

const runs: BenchRun[] = [];
for (const target of targets) {
  const dir = join(out, String(target));
  rmSync(dir, { recursive: true, force: true });
  const shape = shapeFor(target);
  for (const file of syntheticCorpus(shape, sentences)) {
    const path = join(dir, file.root, file.path);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, file.text);
  }
  const dist = join(dir, 'dist');
  const env = {
    ...process.env, SYNTHETIC: '1', SKIP_SEARCH_INDEX: '1',
    CONTENT_DIR: join(dir, 'content'), DATA_DIR: join(dir, 'data'), OUT_DIR: dist, CACHE_DIR: join(dir, 'cache'),
  };
  console.error(`\n${target} pages: ${shape.authorities} synthetic authorities, building…`);
  execFileSync('node_modules/.bin/node', ['scripts/check.ts'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const astro = measure('node_modules/.bin/astro', ['build', '--silent'], env);
  const index = measure('node_modules/.bin/node', ['--input-type=module', '-e',
    `import { buildSearchIndex } from './src/integrations/search-index.ts'; const r = await buildSearchIndex(${JSON.stringify(dist)}); console.log(JSON.stringify(r));`], env);
  const pages = htmlFiles(dist);
  const indexed = pages.length - 2; // every page but search and 404 is indexed
  const byType = new Map<string, { raw: number; gzip: number }[]>();
  for (const file of pages) {
    const raw = readFileSync(file);
    const type = pageTypeOf(`/${relative(dist, file).replace(/index\.html$/, '')}`);
    byType.set(type, [...(byType.get(type) ?? []), { raw: raw.length, gzip: gzipSync(raw).length }]);
  }
  const html = Object.fromEntries([...byType].sort().map(([type, sizes]) => [type, {
    pages: sizes.length,
    medianBytes: median(sizes.map((s) => s.raw)), medianGzip: median(sizes.map((s) => s.gzip)),
    largestBytes: Math.max(...sizes.map((s) => s.raw)), largestGzip: Math.max(...sizes.map((s) => s.gzip)),
  }]));
  const run: BenchRun = {
    targetPages: target, authorities: shape.authorities, pages: pages.length,
    astro: { ...astro, pagesPerSecond: pages.length / astro.seconds },
    searchIndex: { seconds: index.seconds, pagesPerSecond: indexed / index.seconds, pages: indexed, peakMemoryMB: index.peakMemoryMB },
    distMB: dirBytes(dist) / 1024 / 1024,
    html,
    firstQueryBytes: await firstQueryBytes(dist),
  };
  runs.push(run);
  console.error(`  ${run.pages} pages: Astro ${astro.seconds.toFixed(1)} s, search index ${index.seconds.toFixed(1)} s, peak ${astro.peakMemoryMB} MB`);
  rmSync(join(dir, 'cache'), { recursive: true, force: true });
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const table = markdownTable(runs, machine, date);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'results.json'), `${JSON.stringify({ date, machine, runs }, null, 2)}\n`);
writeFileSync(join(out, 'results.md'), table);
console.log(table);
console.log(`Figures written to ${join(out, 'results.json')} and ${join(out, 'results.md')}.`);

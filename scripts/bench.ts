// `npm run bench [-- --pages 1000 --pages 10000] [--rounds 3] [--starlight] [--officer-runs 3] [--lighthouse-runs 3]`
// First, on the bundled content: the officer's two waits (a save in the editor until the preview shows
// it; `npm run check` plus a production build), then Lighthouse's mobile preset on one page of each type
// of that build (scripts/lighthouse.ts). Then generates a synthetic corpus of about N pages (every page
// marked synthetic) and times, in turn and for several rounds, cold full builds of the same work: ours
// (content check, Astro build, search index), the same-output floor (Astro writing at each of our
// addresses the HTML we wrote, plus our Pagefind indexes), Astro's trivial floor (a sentence a page)
// and, with --starlight, Starlight given each of our pages' main text (installed from the npm registry
// into bench-out/starlight, never a dependency of this project). Everything is written under bench-out/,
// never dist/. It reports the medians side by side, per page, each round's ratios, peak memory
// (Pagefind's binary too), sizes and first-query bytes. `--officer-runs 0` / `--lighthouse-runs 0` skip.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { plural } from '../src/lib/base/text.ts';
import { gzipSync } from 'node:zlib';
import {
  floorProject,
  mainAsMarkdown,
  sameOutputFloorProject,
  starlightProject,
  starlightVersion,
  type ProjectFile,
} from '../src/lib/bench/bench-peers.ts';
import {
  markdownTable,
  median,
  officerLine,
  pageTypeOf,
  timing,
  type BenchRun,
  type OfficerWaits,
} from '../src/lib/bench/bench-report.ts';
import { lighthouseTable, type LighthouseResult } from '../src/lib/bench/lighthouse.ts';
import { checkAndBuild, saveToPreview } from './bench-officer.ts';
import { shapeFor, syntheticCorpus } from '../src/lib/bench/synthetic.ts';
import { parseContent } from '../src/lib/content/parse-content.ts';
import { readSources } from './read-content.ts';
import { environmentWith } from '../src/lib/settings.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', multiple: true },
    rounds: { type: 'string', default: '3' },
    starlight: { type: 'boolean', default: false },
    'officer-runs': { type: 'string', default: '3' },
    'lighthouse-runs': { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench-out' },
    // Ours alone, no peers (the 50,000-page memory check): a build's peak memory needs no comparison.
    'ours-only': { type: 'boolean', default: false },
  },
});
// The ten words issue 28's first-query target names: each measured across councils and with one chosen.
const QUERY_WORDS = [
  'supervision',
  'social worker',
  'return home',
  'assessment',
  'safeguarding',
  'permanence',
  'HoS',
  'LADO',
  'children',
  'timely',
] as const;
// `--pages 0` measures the bundled content only (the officer's waits and Lighthouse).
const targets = (values.pages ?? ['1000', '10000']).map(Number).filter((n) => n > 0);
const rounds = Math.max(1, Number(values.rounds));
const out = resolve(values.out!);
const node = resolve('node_modules/.bin/node');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const astroVersion = (JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { version: string })
  .version;

/** Every process descended from `root`, from /proc (Linux); empty elsewhere. */
function descendants(root: number): number[] {
  if (!existsSync('/proc')) return [];
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) for (const child of children.get(queue.pop()!) ?? []) (found.push(child), queue.push(child));
  return found;
}

/**
 * Runs a command to its end, returning its wall seconds, the peak resident memory of its own process
 * (GNU time, when installed) and of any Pagefind binary it starts: GNU time sees only the process it
 * runs, so Pagefind's high-water mark (VmHWM) is read from /proc every 50 ms while it lives.
 */
async function measure(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<{ seconds: number; peakMemoryMB: number | null; pagefindMB: number | null }> {
  const report = join(out, `time-${process.pid}.txt`);
  const [file, argv] = timeBin ? [timeBin, ['-f', '%M', '-o', report, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, {
    env: options.env ?? environmentWith({}),
    cwd: options.cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let pagefindKB = 0;
  const sampler = setInterval(() => {
    for (const pid of descendants(child.pid!)) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        if (!/^Name:\s*pagefind/m.test(status)) continue;
        pagefindKB = Math.max(pagefindKB, Number(/^VmHWM:\s*(\d+)/m.exec(status)?.[1] ?? 0));
      } catch {
        // It ended between the listing and the read.
      }
    }
  }, 50);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${code}):\n${stderr.slice(-4000)}`);
  const peakMemoryMB = timeBin
    ? Math.round(Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)) / 1024)
    : null;
  return { seconds, peakMemoryMB, pagefindMB: pagefindKB > 0 ? Math.round(pagefindKB / 1024) : null };
}

function writeProject(dir: string, files: ProjectFile[]): void {
  for (const file of files) {
    mkdirSync(join(dir, file.path, '..'), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
}

function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !f.includes('pagefind'))
    .map((f) => join(dir, f));
}

function dirBytes(dir: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).reduce((n, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? n + s.size : n;
  }, 0);
}

/** Installs Starlight (and the same Astro as ours) into bench-out/starlight from the npm registry, once. */
function installStarlight(dir: string): void {
  const installed = join(dir, 'node_modules/@astrojs/starlight/package.json');
  const astro = join(dir, 'node_modules/astro/package.json');
  if (
    existsSync(installed) &&
    existsSync(astro) &&
    (JSON.parse(readFileSync(astro, 'utf8')) as { version: string }).version === astroVersion
  )
    return;
  console.error(
    `Installing @astrojs/starlight@${starlightVersion} and astro@${astroVersion} into ${relative(process.cwd(), dir)} (npm registry)…`,
  );
  writeProject(
    dir,
    starlightProject([], astroVersion).filter((f) => f.path === 'package.json'),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

// Sentences of the bundled plan, recombined into the synthetic text so word frequencies are realistic.
const bundled = parseContent(readSources({ content: 'src/content', data: 'data' })).content;
const sentences = bundled.planOutlines.flatMap((o) =>
  o.data.themes.flatMap((t) =>
    t.objectives.flatMap((ob) =>
      ob.actions.flatMap((a) => [...a.desiredOutcome, ...a.actions, ...a.impact, ...a.measure]),
    ),
  ),
);

mkdirSync(out, { recursive: true });

// The bundled content: the officer's waits, then Lighthouse on the site they built.
const officerRuns = Math.max(0, Number(values['officer-runs']));
const lighthouseRuns = Math.max(0, Number(values['lighthouse-runs']));
let officer: OfficerWaits | undefined;
let lighthouse: { version: string; results: LighthouseResult[] } | undefined;
if (officerRuns > 0 || lighthouseRuns > 0) {
  const site = join(out, 'bundled');
  const loadAverage = loadavg()[0]!;
  console.error(`\nThe bundled content (load average ${loadAverage.toFixed(1)}): the officer's waits…`);
  const built = await checkAndBuild(site, Math.max(1, officerRuns));
  if (officerRuns > 0)
    officer = { checkAndBuild: built.seconds, saveToPreview: await saveToPreview(officerRuns), loadAverage };
  if (officer) console.error(`  ${officerLine(officer).trim()}`);
  if (lighthouseRuns > 0) {
    console.error(`Lighthouse, ${plural(lighthouseRuns, 'run')} a page…`);
    const { measurePages, lighthouseVersion } = await import('./lighthouse.ts');
    lighthouse = { version: lighthouseVersion, results: await measurePages(built.dist, lighthouseRuns) };
  }
}

const runs: BenchRun[] = [];
for (const target of targets) {
  const dir = join(out, String(target));
  rmSync(dir, { recursive: true, force: true });
  const shape = shapeFor(target);
  for (const file of syntheticCorpus(shape, sentences)) {
    mkdirSync(join(dir, file.root, file.path, '..'), { recursive: true });
    writeFileSync(join(dir, file.root, file.path), file.text);
  }
  const dist = join(dir, 'dist');
  const cache = join(dir, 'cache');
  const indexReport = join(dir, 'search-index.json');
  const env = environmentWith({
    SYNTHETIC: '1',
    SEARCH_INDEX_REPORT: indexReport,
    CONTENT_DIR: join(dir, 'content'),
    DATA_DIR: join(dir, 'data'),
    OUT_DIR: dist,
    CACHE_DIR: cache,
  });
  const floorDir = join(dir, 'floor');
  const sameDir = join(dir, 'same-output-floor');
  const starlightDir = join(out, 'starlight');
  if (values.starlight) installStarlight(starlightDir);
  console.error(
    `\n${target} pages: ${shape.authorities} synthetic authorities, ${rounds} rounds of ours, Astro's floor${values.starlight ? ' and Starlight' : ''} in turn…`,
  );

  const seconds = { ours: [] as number[], floor: [] as number[], same: [] as number[], starlight: [] as number[] };
  const written: number[] = [];
  const memory = { build: [] as number[], pagefind: [] as number[] };
  const loads: number[] = [];
  let pages = 0;
  let floorPages = 0;
  let samePages = 0;
  let starlightPages = 0;
  for (let round = 1; round <= rounds; round++) {
    loads.push(loadavg()[0]!);
    // Ours, cold: no output, no content cache; the check and the build as `npm run build` runs them
    // (scripts/build.ts: the check, then Astro's build in the same process).
    rmSync(dist, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    const build = await measure(node, ['scripts/build.ts', '--silent'], { env });
    seconds.ours.push(build.seconds);
    if (build.peakMemoryMB !== null) memory.build.push(build.peakMemoryMB);
    if (build.pagefindMB !== null) memory.pagefind.push(build.pagefindMB);
    written.push((JSON.parse(readFileSync(indexReport, 'utf8')) as { seconds: number }).seconds);
    const ourPages = htmlFiles(dist);
    pages = ourPages.length;

    // Astro's floor: a trivial page at each of our addresses (the 404 page aside), then a Pagefind index.
    if (values['ours-only']) {
      console.error(
        `  round ${round} (load average ${loads.at(-1)!.toFixed(1)}): ours ${build.seconds.toFixed(1)} s (${pages} pages), peak memory ${build.peakMemoryMB ?? '?'} MB (Pagefind ${build.pagefindMB ?? '?'} MB)`,
      );
      continue;
    }
    if (round === 1) {
      rmSync(floorDir, { recursive: true, force: true });
      const paths = ourPages
        .map((f) => addressOf(dist, f))
        .filter((p) => p !== '/404.html')
        .sort();
      writeProject(floorDir, floorProject(paths, sentences));
    }
    seconds.floor.push(await coldFloorBuild(floorDir));
    floorPages = htmlFiles(join(floorDir, 'dist')).length;

    // The same-output floor: our HTML, copied out of our build in round 1, written again by one Astro
    // route at the same addresses, then indexed by our indexer (Pagefind with our settings).
    if (round === 1) {
      rmSync(sameDir, { recursive: true, force: true });
      const source = join(sameDir, 'source');
      for (const file of ourPages) {
        mkdirSync(join(source, relative(dist, file), '..'), { recursive: true });
        writeFileSync(join(source, relative(dist, file)), readFileSync(file));
      }
      const paths = ourPages
        .map((f) => addressOf(dist, f))
        .filter((p) => p.endsWith('/'))
        .sort();
      writeProject(sameDir, sameOutputFloorProject(source, paths, resolve('src/integrations/search-index.ts')));
      const councils = join(dist, 'search/councils.json');
      if (existsSync(councils))
        writeProject(sameDir, [{ path: 'public/search/councils.json', text: readFileSync(councils, 'utf8') }]);
    }
    seconds.same.push(await coldFloorBuild(sameDir));
    samePages = htmlFiles(join(sameDir, 'dist')).length;

    // Starlight, cold: a doc page holding each of our pages' main text, its own Pagefind index included.
    if (values.starlight) {
      if (round === 1) {
        rmSync(join(starlightDir, 'src'), { recursive: true, force: true });
        const texts = ourPages
          .filter((f) => !f.endsWith(`${join(dist, '404.html')}`))
          .sort()
          .map((f) => mainAsMarkdown(readFileSync(f, 'utf8')));
        writeProject(starlightDir, starlightProject(texts, astroVersion));
      }
      const starOut = join(starlightDir, 'dist');
      const starCache = join(starlightDir, 'cache');
      const starEnv = environmentWith({ OUT_DIR: starOut, CACHE_DIR: starCache });
      rmSync(starOut, { recursive: true, force: true });
      rmSync(starCache, { recursive: true, force: true });
      rmSync(join(starlightDir, '.astro'), { recursive: true, force: true });
      const star = await measure(node, [join(starlightDir, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
        env: starEnv,
        cwd: starlightDir,
      });
      seconds.starlight.push(star.seconds);
      starlightPages = htmlFiles(starOut).length;
    }
    console.error(
      `  round ${round} (load average ${loads.at(-1)!.toFixed(1)}): ours ${seconds.ours.at(-1)!.toFixed(1)} s (${pages} pages), same-output floor ${seconds.same.at(-1)!.toFixed(1)} s (${samePages}), trivial floor ${seconds.floor.at(-1)!.toFixed(1)} s (${floorPages})${values.starlight ? `, Starlight ${seconds.starlight.at(-1)!.toFixed(1)} s (${starlightPages})` : ''}`,
    );
  }

  const byType = new Map<string, { raw: number; gzip: number }[]>();
  for (const file of htmlFiles(dist)) {
    const raw = readFileSync(file);
    const type = pageTypeOf(`/${relative(dist, file).replace(/index\.html$/, '')}`);
    byType.set(type, [...(byType.get(type) ?? []), { raw: raw.length, gzip: gzipSync(raw).length }]);
  }
  const html = Object.fromEntries(
    [...byType].sort().map(([type, sizes]) => [
      type,
      {
        pages: sizes.length,
        medianBytes: median(sizes.map((s) => s.raw)),
        medianGzip: median(sizes.map((s) => s.gzip)),
        largestBytes: Math.max(...sizes.map((s) => s.raw)),
        largestGzip: Math.max(...sizes.map((s) => s.gzip)),
      },
    ]),
  );
  const { serve } = await import('../tests/e2e/server.ts');
  const { firstQueryBytes } = await import('../tests/e2e/first-query.ts');
  const { url, server } = await serve(dist);
  const council = (JSON.parse(readFileSync(join(dist, 'search/councils.json'), 'utf8')) as { name: string }[])[0]?.name;
  const firstQueryWords: BenchRun['firstQueryWords'] = [];
  for (const word of QUERY_WORDS) {
    const measured = {
      word,
      allCouncils: await firstQueryBytes(url, word),
      oneCouncil: council ? await firstQueryBytes(url, word, [council]) : null,
    };
    firstQueryWords.push(measured);
    console.error(
      `  first query "${word}": ${(measured.allCouncils / 1024).toFixed(1)} KB across councils, ${measured.oneCouncil === null ? '–' : `${(measured.oneCouncil / 1024).toFixed(1)} KB`} for one`,
    );
  }
  const firstQuery = { allCouncils: firstQueryWords[0]!.allCouncils, oneCouncil: firstQueryWords[0]!.oneCouncil };
  server.close();
  const run: BenchRun = {
    targetPages: target,
    authorities: shape.authorities,
    pages,
    ours: timing(seconds.ours, pages),
    floor: seconds.floor.length > 0 ? timing(seconds.floor, floorPages) : undefined,
    sameFloor: seconds.same.length > 0 ? timing(seconds.same, samePages) : undefined,
    starlight: values.starlight ? timing(seconds.starlight, starlightPages) : undefined,
    searchIndexWriteSeconds: written.length > 0 ? timing(written, 1).median : null,
    peakMemoryMB: {
      build: memory.build.length > 0 ? Math.max(...memory.build) : null,
      pagefind: memory.pagefind.length > 0 ? Math.max(...memory.pagefind) : null,
    },
    distMB: dirBytes(dist) / 1024 / 1024,
    html,
    firstQueryBytes: firstQuery,
    firstQueryWords,
    loadAverages: loads,
  };
  runs.push(run);
  rmSync(cache, { recursive: true, force: true });
}

/** A built file's address on the site: "/torbay/", "/404.html". */
function addressOf(dist: string, file: string): string {
  return `/${relative(dist, file)
    .split('\\')
    .join('/')
    .replace(/index\.html$/, '')}`;
}

/**
 * A floor project's cold build, timed: its output and cache deleted first, then Astro's build and the
 * project's own indexer (floor-index.mjs), the seconds of the two summed.
 */
async function coldFloorBuild(dir: string): Promise<number> {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, 'cache'), { recursive: true, force: true });
  const env = environmentWith({ OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache') });
  const build = await measure(node, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    env,
    cwd: dir,
  });
  const index = await measure(node, ['floor-index.mjs', 'dist'], { env, cwd: dir });
  return build.seconds + index.seconds;
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const table = [
  ...(officer ? [officerLine(officer)] : []),
  ...(lighthouse ? [lighthouseTable(lighthouse.results, lighthouse.version)] : []),
  ...(runs.length > 0 ? [markdownTable(runs, machine, date)] : []),
].join('\n');
writeFileSync(join(out, 'results.json'), `${JSON.stringify({ date, machine, officer, lighthouse, runs }, null, 2)}\n`);
writeFileSync(join(out, 'results.md'), table);
rmSync(join(out, `time-${process.pid}.txt`), { force: true });
console.log(table);
console.log(
  `Figures written to ${relative(process.cwd(), join(out, 'results.json'))} and ${relative(process.cwd(), join(out, 'results.md'))}.`,
);

// Lighthouse's mobile preset (its default configuration: a mid-range phone on slow 4G, simulated),
// performance only, on a built site served as a static host would, in the project's own Chromium
// (tests/e2e/browser.ts). Used by `npm run bench`; alone: `node scripts/lighthouse.ts [dist] [--runs 3]`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import {
  lighthouseTable,
  lighthouseTargets,
  medianRun,
  type LighthouseResult,
  type LighthouseRun,
} from '../src/lib/bench/lighthouse.ts';
import { chromiumPath } from '../tests/e2e/browser.ts';
import { serve } from '../tests/e2e/server.ts';

export const lighthouseVersion = (
  JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }
).version;

/** Starts Chromium headless with a DevTools port for Lighthouse to drive; resolves to the port. */
async function startChromium(profile: string): Promise<{ chrome: ChildProcess; port: number }> {
  const chrome = spawn(
    await chromiumPath(),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((done, fail) => {
    let text = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not open its DevTools port:\n${text}`)), 60_000);
    chrome.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (found) (clearTimeout(timer), done(Number(found[1])));
    });
    chrome.on('exit', (code) => (clearTimeout(timer), fail(new Error(`Chromium ended (${code}):\n${text}`))));
  });
  return { chrome, port };
}

/** Every built page's address and HTML size. */
function builtPages(dist: string): { path: string; bytes: number }[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('index.html'))
    .map((f) => ({
      path: `/${relative(dist, join(dist, f)).split('\\').join('/')}`.replace(/index\.html$/, ''),
      bytes: statSync(join(dist, f)).size,
    }));
}

/** Runs Lighthouse `runs` times on the largest page of each type in `dist`, one page after another. */
export async function measurePages(dist: string, runs: number): Promise<LighthouseResult[]> {
  const { url, server } = await serve(resolve(dist));
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const { chrome, port } = await startChromium(profile);
  const results: LighthouseResult[] = [];
  try {
    for (const { type, path } of lighthouseTargets(builtPages(dist))) {
      const loadAverage = loadavg()[0]!;
      const each: LighthouseRun[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${url}${path}`, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        each.push({
          score: (lhr.categories.performance?.score ?? Number.NaN) * 100,
          totalBlockingTime: audit('total-blocking-time'),
          largestContentfulPaint: audit('largest-contentful-paint'),
          firstContentfulPaint: audit('first-contentful-paint'),
          cumulativeLayoutShift: audit('cumulative-layout-shift'),
          domSize: audit('dom-size'),
          benchmarkIndex: lhr.environment.benchmarkIndex,
        });
      }
      results.push({ type, path, runs: each, median: medianRun(each), loadAverage });
      const m = results.at(-1)!.median;
      console.error(
        `  Lighthouse ${type} ${path}: ${Math.round(m.score)} (blocking ${Math.round(m.totalBlockingTime)} ms, load average ${loadAverage.toFixed(1)})`,
      );
    }
  } finally {
    chrome.kill();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '3' } },
  });
  const results = await measurePages(positionals[0] ?? 'dist', Math.max(1, Number(values.runs)));
  console.log(lighthouseTable(results, lighthouseVersion));
}

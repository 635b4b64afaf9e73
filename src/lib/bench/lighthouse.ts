// Which pages the benchmark's Lighthouse run measures, and how its figures are printed. Pure: the run
// itself (the project's Chromium, Lighthouse's mobile preset) is in scripts/lighthouse.ts.
import { plural } from '../base/text.ts';

/**
 * The page types Lighthouse measures, recognised by their address; the first pattern that matches
 * names a page's type. Pages of other types (board pack, leads, open data…) share these layouts and
 * are left out to keep a run of three measurements a page within about ten minutes on a quiet machine.
 */
export const lighthouseTypes: [string, RegExp][] = [
  ['home (register)', /^\/$/],
  ['search', /^\/search\/$/],
  ['glossary', /^\/glossary\/$/],
  // A plan's own pages before 'council overview', whose pattern is any one-folder address.
  ['action', /\/plans\/[^/]+\/actions\/[^/]+\/$/],
  ['changes', /\/plans\/[^/]+\/[^/]+\/changes\/$/],
  ['plan version', /\/plans\/[^/]+\/(v\d+\/)?$/],
  ['recommendation', /\/recommendations\/[^/]+\/$/],
  ['paragraph', /\/paragraphs\/[^/]+\/$/],
  ['monitoring visit', /\/monitoring-visits\/[^/]+\/$/],
  ['inspection', /\/inspections\/[^/]+\/$/],
  ['notice', /\/notices\/[^/]+\/$/],
  ['indicator', /\/indicators\/[^/]+\/$/],
  ['statement', /\/statements\/[^/]+\/$/],
  ['timeline', /^\/[^/]+\/timeline\/$/],
  // Any other one-folder address but the site's own pages (open data, accessibility).
  ['council overview', /^\/(?!(?:data|accessibility)\/)[^/]+\/$/],
];

/**
 * One page of each type to measure: the largest (most HTML bytes), the one a phone finds hardest.
 * Pages of no listed type (the 404 page, the accessibility statement) are left out.
 */
export function lighthouseTargets(pages: readonly { path: string; bytes: number }[]): { type: string; path: string }[] {
  const chosen = new Map<string, { path: string; bytes: number }>();
  for (const page of pages) {
    const type = lighthouseTypes.find(([, pattern]) => pattern.test(page.path))?.[0];
    if (!type) continue;
    const best = chosen.get(type);
    if (!best || page.bytes > best.bytes || (page.bytes === best.bytes && page.path < best.path))
      chosen.set(type, page);
  }
  return lighthouseTypes.flatMap(([type]) => {
    const page = chosen.get(type);
    return page ? [{ type, path: page.path }] : [];
  });
}

/** One Lighthouse run's figures for a page. */
export interface LighthouseRun {
  /** Performance score, 0–100. */
  score: number;
  /** Milliseconds. */
  totalBlockingTime: number;
  largestContentfulPaint: number;
  firstContentfulPaint: number;
  cumulativeLayoutShift: number;
  /** Elements in the page's DOM. */
  domSize: number;
  /**
   * Lighthouse's own measure of how fast this machine ran at the time (its `benchmarkIndex`): the
   * simulated phone is this machine slowed four times, so a busy machine is a slower phone.
   */
  benchmarkIndex: number;
}

/** A page type's runs and the median of each figure. */
export interface LighthouseResult {
  type: string;
  path: string;
  runs: LighthouseRun[];
  median: LighthouseRun;
  /** The one-minute load average as the page's runs began. */
  loadAverage: number;
}

const middle = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const m = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
};

/** The median of each figure across runs (each figure on its own, as Lighthouse's own guidance does). */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  const of = (key: keyof LighthouseRun) => middle(runs.map((r) => r[key]));
  return {
    score: of('score'),
    totalBlockingTime: of('totalBlockingTime'),
    largestContentfulPaint: of('largestContentfulPaint'),
    firstContentfulPaint: of('firstContentfulPaint'),
    cumulativeLayoutShift: of('cumulativeLayoutShift'),
    domSize: of('domSize'),
    benchmarkIndex: of('benchmarkIndex'),
  };
}

/** The targets of issue 26: a performance score of at least 95 and under 200 ms of blocking time. */
export const lighthouseTarget = { score: 95, totalBlockingTime: 200 };

/** A Markdown table of Lighthouse's mobile figures per page type, the targets marked. */
export function lighthouseTable(results: readonly LighthouseResult[], version: string): string {
  const runs = results[0]?.runs.length ?? 0;
  const met = (r: LighthouseRun) =>
    r.score >= lighthouseTarget.score && r.totalBlockingTime < lighthouseTarget.totalBlockingTime ? 'yes' : '**no**';
  return [
    `Lighthouse ${version}, mobile preset (simulated slow 4G, 4× CPU slowdown), performance only, ${plural(runs, 'run')} a page, medians; target: score ≥ ${lighthouseTarget.score} and blocking time < ${lighthouseTarget.totalBlockingTime} ms.`,
    '',
    "| page type | page | score | blocking time | largest paint | first paint | layout shift | elements | target met | load average | benchmark index | each run's score |",
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |',
    ...results.map((r) =>
      [
        '',
        r.type,
        `\`${r.path}\``,
        Math.round(r.median.score),
        `${Math.round(r.median.totalBlockingTime)} ms`,
        `${(r.median.largestContentfulPaint / 1000).toFixed(1)} s`,
        `${(r.median.firstContentfulPaint / 1000).toFixed(1)} s`,
        r.median.cumulativeLayoutShift.toFixed(3),
        Math.round(r.median.domSize),
        met(r.median),
        r.loadAverage.toFixed(1),
        Math.round(r.median.benchmarkIndex),
        r.runs.map((x) => Math.round(x.score)).join(', '),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
    '',
  ].join('\n');
}

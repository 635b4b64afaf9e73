/** The page types the benchmark reports sizes for, recognised by their address. */
export const pageTypes: [string, RegExp][] = [
  ['action', /\/plans\/[^/]+\/actions\/[^/]+\/$/],
  ['changes', /\/plans\/[^/]+\/[^/]+\/changes\/$/],
  ['plan version', /\/plans\/[^/]+\/(v\d+\/)?$/],
  ['leads and deadlines', /\/plans\/[^/]+\/(leads|deadlines)\/$/],
  ['recommendation', /\/recommendations\/\d+\/$/],
  ['paragraph', /\/paragraphs\/\d+\/$/],
  ['monitoring visit', /\/monitoring-visits\/[^/]+\/$/],
  ['inspection', /\/inspections\/[^/]+\/$/],
  ['statement', /\/statements\/[^/]+\/$/],
  ['authority', /^\/[^/]+\/$/],
  ['search', /^\/search\/$/],
];

/** The page type of a site path, or "other". */
export function pageTypeOf(path: string): string {
  return pageTypes.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
}

/** The median of a list of numbers (0 for none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** One benchmark run's figures. */
export interface BenchRun {
  targetPages: number;
  authorities: number;
  pages: number;
  astro: { seconds: number; pagesPerSecond: number; peakMemoryMB: number | null };
  searchIndex: { seconds: number; pagesPerSecond: number; pages: number; peakMemoryMB: number | null };
  distMB: number;
  html: Record<string, { pages: number; medianBytes: number; medianGzip: number; largestBytes: number; largestGzip: number }>;
  firstQueryBytes: number | null;
}

/** A short Markdown table of runs, with each run's per-page cost relative to the first. */
export function markdownTable(runs: readonly BenchRun[], machine: string, date: string): string {
  const first = runs[0];
  const perPage = (run: BenchRun) => (run.astro.seconds + run.searchIndex.seconds) / run.pages;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = [
    `Benchmark of ${date} on ${machine}.`,
    '',
    '| pages | Astro build | pages/s | search index | pages/s | per-page cost vs first | peak memory (build / index) | dist/ | action page median (gzip) | largest page (gzip) | first search query |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map((r) => {
      const largest = Object.values(r.html).reduce((max, t) => Math.max(max, t.largestGzip), 0);
      return `| ${r.pages} | ${r.astro.seconds.toFixed(1)} s | ${r.astro.pagesPerSecond.toFixed(0)} | ${r.searchIndex.seconds.toFixed(1)} s | ${r.searchIndex.pagesPerSecond.toFixed(0)} | ${first ? (perPage(r) / perPage(first)).toFixed(2) : '1.00'}× | ${r.astro.peakMemoryMB ?? '–'} / ${r.searchIndex.peakMemoryMB ?? '–'} MB | ${r.distMB.toFixed(1)} MB | ${kb(r.html.action?.medianGzip ?? 0)} | ${kb(largest)} | ${r.firstQueryBytes === null ? '–' : kb(r.firstQueryBytes)} |`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

import { plural } from '../base/text.ts';

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
  // Before 'authority', whose pattern also matches /search/.
  ['search', /^\/search\/$/],
  ['authority', /^\/[^/]+\/$/],
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

/** A build measured in several rounds: each round's wall-clock seconds, their median, and the pages it wrote. */
export interface Timing {
  seconds: number[];
  median: number;
  pages: number;
}

/** A timing from each round's seconds. */
export function timing(seconds: readonly number[], pages: number): Timing {
  const sorted = [...seconds].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const med =
    sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { seconds: [...seconds], median: med, pages };
}

/** Seconds per page of a timing's median. */
export const perPage = (t: Timing): number => t.median / Math.max(1, t.pages);

/** How many times `a`'s per-page cost is `b`'s. */
export const perPageRatio = (a: Timing, b: Timing): number => perPage(a) / perPage(b);

/** One benchmark run's figures. */
export interface BenchRun {
  targetPages: number;
  authorities: number;
  /** HTML pages our build wrote. */
  pages: number;
  /** Our cold full build: content check, Astro build and search index, caches emptied first. */
  ours: Timing;
  /** Astro's trivial floor: a title and a sentence at each of our addresses, plus a Pagefind index (for the record). */
  floor?: Timing;
  /** The same-output floor: Astro writing at each of our addresses the HTML we wrote, plus our Pagefind indexes. */
  sameFloor?: Timing;
  /** The Starlight peer (`--starlight`) on the same text: a doc page per page of ours, its own search index included. */
  starlight?: Timing;
  /** Seconds our build spent on the search index, after Astro rendered the pages (median). */
  searchIndexWriteSeconds: number | null;
  /** Peak resident memory: our Astro build's Node process, and Pagefind's binary (sampled from /proc). */
  peakMemoryMB: { build: number | null; pagefind: number | null };
  distMB: number;
  html: Record<
    string,
    { pages: number; medianBytes: number; medianGzip: number; largestBytes: number; largestGzip: number }
  >;
  /** Bytes the first search query transfers ("supervision"): across all councils, and with one council chosen. */
  firstQueryBytes: { allCouncils: number | null; oneCouncil: number | null };
  /** The same for each of the ten measured words (issue 28's target: every one at most 150 KB at 10,000 pages). */
  firstQueryWords?: { word: string; allCouncils: number; oneCouncil: number | null }[];
  /** The machine's one-minute load average as each round began (a shared machine's noise, for the record). */
  loadAverages?: number[];
}

/**
 * Each round's own ratio of per-page costs (ours ÷ the other, built in the same round, so under about the
 * same load), and their median: steadier than the ratio of medians when the machine is shared.
 */
export function roundRatios(ours: Timing, other: Timing): { each: number[]; median: number } {
  const each = ours.seconds.map(
    (s, i) => s / Math.max(1, ours.pages) / ((other.seconds[i] ?? Number.NaN) / Math.max(1, other.pages)),
  );
  return { each, median: timing(each, 1).median };
}

/** A short Markdown table of runs: our cost and the peers' side by side, per page, and each round's ratios. */
export function markdownTable(runs: readonly BenchRun[], machine: string, date: string): string {
  const kb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
  const s = (t: Timing) => `${t.median.toFixed(1)} s`;
  const ms = (t: Timing) => `${(perPage(t) * 1000).toFixed(1)} ms`;
  const peer = (ours: Timing, t: Timing | undefined) =>
    t ? [`${s(t)} (${t.pages})`, ms(t), `${roundRatios(ours, t).median.toFixed(2)}×`] : ['–', '–', '–'];
  const rounds = runs[0]?.ours.seconds.length ?? 0;
  const lines = [
    `Benchmark of ${date} on ${machine}: cold full builds taken in turn, ${plural(rounds, 'round')}, medians; ratios are the median of each round's own ratio.`,
    '',
    '| pages | ours: check + Astro + search index | per page | same-output floor (pages) | per page | ours ÷ same-output floor | Starlight, same text (pages) | per page | ours ÷ Starlight | trivial floor (pages) | per page | ours ÷ trivial floor | of which search index | peak memory (build / Pagefind) | dist/ | action page median (gzip) | largest page (gzip) | first search query (all councils / one) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map((r) => {
      const largest = Object.values(r.html).reduce((max, t) => Math.max(max, t.largestGzip), 0);
      return [
        '',
        r.pages,
        s(r.ours),
        ms(r.ours),
        ...peer(r.ours, r.sameFloor),
        ...peer(r.ours, r.starlight),
        ...peer(r.ours, r.floor),
        r.searchIndexWriteSeconds === null ? '–' : `${r.searchIndexWriteSeconds.toFixed(1)} s`,
        `${r.peakMemoryMB.build ?? '–'} / ${r.peakMemoryMB.pagefind ?? '–'} MB`,
        `${r.distMB.toFixed(1)} MB`,
        kb(r.html.action?.medianGzip ?? 0),
        kb(largest),
        `${kb(r.firstQueryBytes.allCouncils)} / ${kb(r.firstQueryBytes.oneCouncil)}`,
        '',
      ]
        .join(' | ')
        .trim();
    }),
    '',
    ...runs
      .map((r) => {
        const ratios = (t: Timing) => {
          const { each, median: m } = roundRatios(r.ours, t);
          return `${each.map((x) => `${x.toFixed(2)}×`).join(', ')} (median ${m.toFixed(2)}×)`;
        };
        const parts = [
          ...(r.sameFloor ? [`ours ÷ same-output floor ${ratios(r.sameFloor)}`] : []),
          ...(r.starlight ? [`ours ÷ Starlight (same text) ${ratios(r.starlight)}`] : []),
          ...(r.floor ? [`ours ÷ trivial floor ${ratios(r.floor)}`] : []),
          ...(r.loadAverages?.length
            ? [`load average as each round began ${r.loadAverages.map((x) => x.toFixed(1)).join(', ')}`]
            : []),
        ];
        return `Round by round, ${r.pages} pages: ${parts.join('; ')}.`;
      })
      .filter((line) => !line.endsWith(': .')),
    '',
    `Each round's seconds: ${runs
      .map((r) =>
        [
          `${r.pages} pages: ours ${r.ours.seconds.map((x) => x.toFixed(1)).join(', ')}`,
          ...(r.sameFloor ? [`same-output floor ${r.sameFloor.seconds.map((x) => x.toFixed(1)).join(', ')}`] : []),
          ...(r.starlight ? [`Starlight ${r.starlight.seconds.map((x) => x.toFixed(1)).join(', ')}`] : []),
          ...(r.floor ? [`trivial floor ${r.floor.seconds.map((x) => x.toFixed(1)).join(', ')}`] : []),
        ].join('; '),
      )
      .join('. ')}.`,
    ...runs
      .filter((r) => r.firstQueryWords?.length)
      .map(
        (r) =>
          `\nFirst search query, ${r.pages} pages (gzip, across councils / one council): ${r
            .firstQueryWords!.map((w) => `"${w.word}" ${kb(w.allCouncils)} / ${kb(w.oneCouncil)}`)
            .join('; ')}.`,
      ),
  ];
  return `${lines.join('\n')}\n`;
}

/** The officer's two waits on the bundled content, each run's seconds (issue 28). */
export interface OfficerWaits {
  /** `npm run check` then `npm run build`, content cache kept (the first run a warm-up, not counted). */
  checkAndBuild: number[];
  /** A save in the editor until its preview shows the change. */
  saveToPreview: number[];
  /** The one-minute load average as the measurements began. */
  loadAverage: number;
}

/** The officer's waits as a line of Markdown: medians, each run and the load average. */
export function officerLine(waits: OfficerWaits): string {
  const each = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
  return `The officer's waits on the bundled content (load average ${waits.loadAverage.toFixed(1)} as they began): save in the editor to the preview showing it, median ${timing(waits.saveToPreview, 1).median.toFixed(1)} s (runs ${each(waits.saveToPreview)}); \`npm run check\` plus a production build, median ${timing(waits.checkAndBuild, 1).median.toFixed(1)} s (runs ${each(waits.checkAndBuild)}).\n`;
}

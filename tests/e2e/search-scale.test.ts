import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../scripts/read-content.ts';
import { parseContent } from '../../src/lib/content/parse-content.ts';
import { shapeFor, syntheticCorpus } from '../../src/lib/bench/synthetic.ts';
import { buildSite } from './build-site.ts';
import { firstQueryFiles } from './first-query.ts';
import { serve } from './server.ts';
import { bundledRoots } from '../bundled-roots.ts';

// A generated corpus of five councils (about 900 pages), built into its own folder: the first search
// query stays under 150 KB across councils and for one; the site-wide index holds no paragraph page
// (so its metadata, which every search loads, grows with the other pages only); each council has a
// complete index of its own, which a search naming the council uses alone; and each text is indexed
// only on the page that owns it, not on the pages that list it. The README quotes the same
// measurement at 10,000 pages from `npm run bench`.
const work = mkdtempSync(join(tmpdir(), 'search-scale-'));
let dist: string;
let url: string;
let server: Server;

beforeAll(() => {
  const bundled = parseContent(readSources(bundledRoots)).content;
  const sentences = bundled.planOutlines.flatMap((o) =>
    o.data.themes.flatMap((t) =>
      t.objectives.flatMap((ob) => ob.actions.flatMap((a) => [...a.desiredOutcome, ...a.impact])),
    ),
  );
  for (const file of syntheticCorpus(shapeFor(1000), sentences)) {
    mkdirSync(join(work, file.root, file.path, '..'), { recursive: true });
    writeFileSync(join(work, file.root, file.path), file.text);
  }
  dist = buildSite(work, { content: join(work, 'content'), data: join(work, 'data') });
  return serve(dist).then((s) => {
    ({ url, server } = s);
  });
}, 600_000);
afterAll(() => {
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The pages a Pagefind index holds, from its fragments: address → indexed text. */
function indexed(index: string): Map<string, string> {
  return new Map(
    readdirSync(join(index, 'fragment')).map((f) => {
      const text = gunzipSync(readFileSync(join(index, 'fragment', f))).toString('utf8');
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
      return [fragment.url, fragment.content];
    }),
  );
}

/** The text of a cell of our HTML, as Pagefind reads it. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

describe('search at scale', () => {
  it('keeps paragraph pages out of the site-wide index; each council has a complete index of its own', () => {
    const councils = JSON.parse(readFileSync(join(dist, 'search/councils.json'), 'utf8')) as {
      name: string;
      index: string;
    }[];
    expect(councils).toHaveLength(5);
    const site = [...indexed(join(dist, 'pagefind')).keys()];
    expect(site.length).toBeGreaterThan(350);
    expect(site.filter((u) => u.includes('/paragraphs/'))).toEqual([]);
    for (const council of councils) {
      // Addresses relative to the council's folder, which Pagefind takes as the index's base URL.
      const urls = [...indexed(join(dist, council.index)).keys()];
      expect(urls.filter((u) => /^\/inspections\/[^/]+\/paragraphs\//.test(u))).toHaveLength(100);
      expect(urls).toContain('/plans/improvement-plan/actions/1.1.1/');
      expect(urls).toContain('/plans/improvement-plan/leads/');
      // Every page of the council that the site-wide index holds.
      const slug = council.index.split('/')[1]!;
      const own = site.filter((u) => u.startsWith(`/${slug}/`)).map((u) => u.slice(slug.length + 1));
      expect(urls.filter((u) => !u.includes('/paragraphs/')).sort()).toEqual(own.sort());
      // Searchable on its own (its WebAssembly), without another copy of Pagefind's script or its worker.
      const files = readdirSync(join(dist, council.index));
      expect(files).toEqual(expect.arrayContaining(['wasm.en.pagefind']));
      expect(
        files.filter(
          (f) =>
            f === 'pagefind.js' || f === 'pagefind-worker.js' || f.startsWith('pagefind-ui') || f.includes('unknown'),
        ),
      ).toEqual([]);
    }
  });

  it("indexes an action's text on the action's own page only, not on the pages that list it", () => {
    const site = indexed(join(dist, 'pagefind'));
    const recommendation = [...site.keys()].find((u) => /^\/[^/]+\/inspections\/[^/]+\/recommendations\/1\/$/.test(u))!;
    const html = readFileSync(join(dist, recommendation, 'index.html'), 'utf8');
    // The first row of its first table of actions: the action's address and its outcome.
    const row =
      /<th scope="row"[^>]*>\s*<a href="([^"]+\/actions\/[^"]+\/)">[^]*?<\/th>\s*<td data-label="Desired outcome"[^>]*>([^]*?)<\/td>/.exec(
        html,
      )!;
    // Tables shorten a long outcome with an ellipsis: what comes before it.
    const [action, outcome] = [row[1]!, textOf(row[2]!).replace(/…$/, '').trim()];
    expect(outcome.length).toBeGreaterThan(20);
    expect(site.get(action)).toContain(outcome);
    // Every page that lists the action (a link to it and its outcome) leaves the outcome out of its index.
    const listing = [...site.keys()].filter((u) => {
      if (u === action) return false;
      const page = readFileSync(join(dist, u, 'index.html'), 'utf8');
      return page.includes(`href="${action}"`) && textOf(page).includes(outcome);
    });
    expect(listing).toEqual(
      expect.arrayContaining([
        recommendation,
        expect.stringMatching(/\/plans\/improvement-plan\/leads\/$/),
        expect.stringMatching(/\/plans\/improvement-plan\/deadlines\/$/),
        expect.stringMatching(/\/plans\/improvement-plan\/v\d+\/$/),
      ]),
    );
    expect(listing.filter((u) => site.get(u)!.includes(outcome))).toEqual([]);
    // The page keeps its own headings: the leads page is found by its roles, the recommendation by its words.
    expect(site.get(recommendation)).toMatch(/Recommendation 1\b/);
  });

  it("leaves out the site's own reading of the sources and the rows that repeat other pages' titles", () => {
    const site = indexed(join(dist, 'pagefind'));
    const action = [...site.keys()].find((u) => /\/plans\/improvement-plan\/actions\/1\.1\.1\/$/.test(u))!;
    const recommendation = [...site.keys()].find((u) => /\/inspections\/[^/]+\/recommendations\/1\/$/.test(u))!;
    const html = readFileSync(join(dist, action, 'index.html'), 'utf8');
    const lead = textOf(
      /<dt class="app-summary-list__key">Lead, in the plan(?:'|&#39;)s words<\/dt>\s*<dd[^>]*>([^]*?)<\/dd>/.exec(
        html,
      )![1]!,
    );
    const theme = /<dt class="app-summary-list__key">Theme<\/dt>\s*<dd[^>]*>\s*<a [^>]*>([^<]+)<\/a>/.exec(html)![1]!;
    expect(theme).toMatch(/^Theme \d/);
    // Shown on the page, not indexed: the status line, the theme, how its objective answers recommendations.
    expect(textOf(html)).toContain('Status as of');
    expect(site.get(action)).not.toContain('Status as of');
    expect(site.get(action)).not.toContain('Judged as of');
    expect(site.get(action)).not.toContain(theme);
    expect(site.get(action)).not.toContain('The plan cites recommendations for an objective as a whole');
    // The plan's column names, the same on every action's page, are not searched either; the text under them is.
    expect(textOf(html)).toContain('Desired outcome for children');
    expect(site.get(action)).not.toContain('Desired outcome for children');
    // Indexed: the action's own words, its lead and timescale.
    expect(site.get(action)).toContain(lead);
    expect(site.get(action)).toMatch(/Timescale /);
    // A recommendation keeps its quotation and loses the counts of its status and the council's ratings.
    expect(site.get(recommendation)).toMatch(/Recommendation 1\b/);
    expect(site.get(recommendation)).not.toContain('Status as of');
    expect(site.get(recommendation)).not.toContain('they are not an inspector’s judgement');
  });

  it('transfers under 150 KB for the first query, across every council and for one', async () => {
    const councils = JSON.parse(readFileSync(join(dist, 'search/councils.json'), 'utf8')) as { name: string }[];
    const allFiles = await firstQueryFiles(url, 'supervision');
    const all = allFiles.reduce((n, f) => n + f.bytes, 0);
    const one = await firstQueryFiles(url, 'supervision', [councils[0]!.name]);
    // Pagefind searches in the page: its worker's script is never fetched.
    expect([...allFiles, ...one].filter((f) => f.path.endsWith('pagefind-worker.js'))).toEqual([]);
    expect(all).toBeGreaterThan(50_000);
    expect(all).toBeLessThan(150 * 1024);
    expect(one.reduce((n, f) => n + f.bytes, 0)).toBeLessThan(150 * 1024);
    // A search that names a council reads that council's index alone: of the site-wide index only the script.
    expect(one.filter((f) => f.path.startsWith('/pagefind/')).map((f) => f.path)).toEqual(['/pagefind/pagefind.js']);
  });
});

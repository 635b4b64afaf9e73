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
import { firstQueryBytes } from './first-query.ts';
import { serve } from './server.ts';

// A generated corpus of five councils (about 900 pages), built into its own folder: the first search
// query stays under 150 KB across councils and for one, and the site-wide index holds no paragraph
// page (so its metadata, which every search loads, grows with the other pages only). The README
// quotes the same measurement at 10,000 pages from `npm run bench`.
const work = mkdtempSync(join(tmpdir(), 'search-scale-'));
let dist: string;
let url: string;
let server: Server;

beforeAll(() => {
  const bundled = parseContent(readSources({ content: 'src/content', data: 'data' })).content;
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

/** The addresses of the pages a Pagefind index holds, read from its fragments. */
function indexedUrls(index: string): string[] {
  return readdirSync(join(index, 'fragment')).map((f) => {
    const text = gunzipSync(readFileSync(join(index, 'fragment', f))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
  });
}

describe('search at scale', () => {
  it('keeps paragraph pages out of the site-wide index, in one small index per council', () => {
    const councils = JSON.parse(readFileSync(join(dist, 'search/councils.json'), 'utf8')) as {
      name: string;
      index: string;
    }[];
    expect(councils).toHaveLength(5);
    const site = indexedUrls(join(dist, 'pagefind'));
    expect(site.length).toBeGreaterThan(350);
    expect(site.filter((u) => u.includes('/paragraphs/'))).toEqual([]);
    for (const council of councils) {
      const urls = indexedUrls(join(dist, council.index));
      expect(urls).toHaveLength(100);
      // Addresses relative to the council's folder, which Pagefind takes as the merged index's base URL.
      expect(urls.every((u) => u.startsWith('/inspections/') && u.includes('/paragraphs/'))).toBe(true);
      // A merged index carries only its data, not another copy of Pagefind's script and WebAssembly.
      expect(readdirSync(join(dist, council.index)).filter((f) => f.endsWith('.js') || f.startsWith('wasm'))).toEqual(
        [],
      );
    }
  });

  it('transfers under 150 KB for the first query, across every council and for one', async () => {
    const councils = JSON.parse(readFileSync(join(dist, 'search/councils.json'), 'utf8')) as { name: string }[];
    const all = await firstQueryBytes(url, 'supervision');
    const one = await firstQueryBytes(url, 'supervision', [councils[0]!.name]);
    expect(all).toBeGreaterThan(50_000);
    expect(all).toBeLessThan(150 * 1024);
    expect(one).toBeLessThan(150 * 1024);
  });
});

import { describe, expect, it } from 'vitest';
import {
  floorProject,
  mainAsMarkdown,
  sameOutputFloorProject,
  starlightProject,
  starlightVersion,
} from '../../../src/lib/bench/bench-peers.ts';

describe("the benchmark's peer projects", () => {
  it('gives the floor one trivial page per address, each marked synthetic, sentences reused in turn', () => {
    const files = floorProject(['/', '/a/', '/b/'], ['One.', 'Two.']);
    const pages = JSON.parse(files.find((f) => f.path === 'src/pages.json')!.text);
    expect(pages.map((p: { text: string }) => p.text)).toEqual([
      'Synthetic: One.',
      'Synthetic: Two.',
      'Synthetic: One.',
    ]);
    expect(pages.map((p: { title: string }) => p.title)).toEqual([
      'Synthetic page 1',
      'Synthetic page 2',
      'Synthetic page 3',
    ]);
    expect(JSON.parse(floorProject(['/x/'], [])[2]!.text)[0].text).toBe('Synthetic: text');
  });

  it('builds both peers into their own folders, never our dist/', () => {
    for (const files of [
      floorProject(['/'], ['x']),
      sameOutputFloorProject('/src', ['/'], '/indexer.ts'),
      starlightProject([{ title: 'x', markdown: 'x' }], '7.0.0'),
    ]) {
      const config = files.find((f) => f.path === 'astro.config.mjs')!.text;
      expect(config).toContain("outDir: process.env.OUT_DIR ?? './dist'");
      expect(config).toContain("cacheDir: process.env.CACHE_DIR ?? './cache'");
    }
  });

  it('pins Starlight and gives it one page per page of ours, titled and holding its text', () => {
    expect(starlightVersion).toMatch(/^\^0\.\d+\.\d+$/);
    const docs = starlightProject(
      [
        { title: 'Home', markdown: 'One' },
        { title: 'Say "hi"', markdown: '# Two' },
      ],
      '7.0.0',
    ).filter((f) => f.path.startsWith('src/content/docs/'));
    expect(docs.map((d) => d.path)).toEqual(['src/content/docs/index.md', 'src/content/docs/pages/page-00001.md']);
    expect(docs[1]!.text).toBe('---\ntitle: "Say \\"hi\\""\n---\n\n# Two\n');
  });

  it('writes, at each of our addresses, the HTML we wrote, and indexes it with our indexer', () => {
    const files = sameOutputFloorProject('/site', ['/', '/torbay/'], '/repo/src/integrations/search-index.ts');
    expect(JSON.parse(files.find((f) => f.path === 'src/paths.json')!.text)).toEqual([null, 'torbay']);
    const route = files.find((f) => f.path === 'src/pages/[...path].astro')!.text;
    expect(route).toContain("readFileSync(`/site/${path ? `${path}/` : ''}index.html`");
    expect(route).toContain('<Fragment set:html={html} />');
    expect(files.find((f) => f.path === 'floor-index.mjs')!.text).toContain('"/repo/src/integrations/search-index.ts"');
  });

  it("turns a page's main text into Markdown: headings, items and paragraphs, ignored parts and markup left out", () => {
    const html = `<html><head><title>T</title></head><body><header><p>Site name</p></header>
      <main><h1><span>Torbay</span> Plan &amp; more</h1><p>First <a href="/x/">link</a> words.</p>
      <div data-pagefind-ignore><p>Not this</p></div><script>var x = 1;</script>
      <ul><li>Item *one*</li><li>Item &lt;two&gt;</li></ul><h2>Next</h2><p>End.</p></main>
      <footer><p>Footer</p></footer></body></html>`;
    expect(mainAsMarkdown(html)).toEqual({
      title: 'Torbay Plan & more',
      markdown: [
        '# Torbay Plan & more',
        'First link words.',
        '- Item \\*one\\*',
        '- Item \\<two\\>',
        '## Next',
        'End.',
      ].join('\n\n'),
    });
  });
});

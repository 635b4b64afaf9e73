import { describe, expect, it } from 'vitest';
import { floorProject, starlightProject, starlightVersion } from '../../../src/lib/bench/bench-peers.ts';

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
    for (const files of [floorProject(['/'], ['x']), starlightProject(1, ['x'], '7.0.0')]) {
      const config = files.find((f) => f.path === 'astro.config.mjs')!.text;
      expect(config).toContain("outDir: process.env.OUT_DIR ?? './dist'");
      expect(config).toContain("cacheDir: process.env.CACHE_DIR ?? './cache'");
    }
  });

  it('pins Starlight and escapes the sentences it writes as Markdown', () => {
    expect(starlightVersion).toMatch(/^\^0\.\d+\.\d+$/);
    const [page] = starlightProject(1, ['A & B <i>'], '7.0.0').filter((f) => f.path.startsWith('src/content/docs/'));
    expect(page!.text).toBe('---\ntitle: Synthetic page 0\n---\n\nSynthetic: A &amp; B &lt;i&gt;\n');
  });
});

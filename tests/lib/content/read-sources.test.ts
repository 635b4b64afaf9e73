import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ignoredNames, readSources } from '../../../src/lib/content/read-sources.ts';

function tree() {
  const root = mkdtempSync(join(tmpdir(), 'read-sources-'));
  const content = join(root, 'content');
  const data = join(root, 'data');
  mkdirSync(join(content, 'plans', 'x'), { recursive: true });
  mkdirSync(join(content, '.drafts'), { recursive: true });
  mkdirSync(join(data, 'figures'), { recursive: true });
  writeFileSync(join(content, 'plans', 'x', 'b.json'), '{"title":"B"}');
  writeFileSync(join(content, 'plans', 'x', 'a.json'), '\uFEFF{"title":"A"}');
  writeFileSync(join(content, 'plans', 'x', 'latin.json'), Buffer.from([0x7b, 0x22, 0x93, 0x22, 0x7d]));
  writeFileSync(join(content, '.DS_Store'), 'junk');
  writeFileSync(join(content, '.drafts', 'c.json'), '{}');
  symlinkSync(join(content, 'plans', 'x', 'b.json'), join(content, 'plans', 'link.json'));
  writeFileSync(join(data, 'figures', 'f.json'), '{"figures":[]}');
  return { content, data };
}

describe('reading every source file, skipping nothing silently', () => {
  const roots = tree();
  const files = readSources(roots);
  const byPath = new Map(files.map((f) => [`${f.root}:${f.path}`, f]));

  it('reads both roots, paths relative to each, sorted by path', () => {
    expect(byPath.get('content:plans/x/b.json')).toEqual({
      root: 'content',
      path: 'plans/x/b.json',
      text: '{"title":"B"}',
    });
    expect(byPath.get('data:figures/f.json')?.text).toBe('{"figures":[]}');
    const contentPaths = files.filter((f) => f.root === 'content').map((f) => f.path);
    expect(contentPaths).toEqual([...contentPaths].sort((a, b) => a.localeCompare(b)));
  });

  it('keeps a BOM so the check can report it, and reports text that is not UTF-8 with its line', () => {
    expect(byPath.get('content:plans/x/a.json')?.text).toBe('\uFEFF{"title":"A"}');
    const latin = byPath.get('content:plans/x/latin.json')!;
    expect(latin.problem).toMatch(/^is not saved as UTF-8: line 1 has the byte 0x93/);
    expect(latin.text).toBe('{"“"}');
  });

  it('reports hidden folders and symbolic links; leaves out only the names an OS leaves behind', () => {
    expect(byPath.get('content:.drafts/')?.problem).toMatch(/^is a hidden folder/);
    expect(byPath.get('content:plans/link.json')?.problem).toMatch(/^is a symbolic link/);
    expect(files.some((f) => f.path.endsWith('.DS_Store'))).toBe(false);
    expect(ignoredNames.has('Thumbs.db')).toBe(true);
  });

  it('reads one folder of one root when asked, and nothing for a missing root', () => {
    expect(readSources(roots, { root: 'data', dir: 'figures' }).map((f) => f.path)).toEqual(['figures/f.json']);
    expect(readSources({ content: join(roots.content, 'missing'), data: join(roots.data, 'missing') })).toEqual([]);
  });
});

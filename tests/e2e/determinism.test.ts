import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledRoots } from '../bundled-roots.ts';
import { buildSite } from './build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'determinism-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the bundled fixture's site into its own folder, with its own content cache. */
const build = (name: string) => buildSite(join(work, name), bundledRoots);

function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
}

describe('deterministic output', () => {
  it('builds byte-identical dist/ folders from the same content', () => {
    const first = build('first');
    const second = build('second');
    const names = files(first);
    expect(names.length).toBeGreaterThan(200);
    expect(files(second)).toEqual(names);
    const different = names.filter((name) => !readFileSync(join(first, name)).equals(readFileSync(join(second, name))));
    expect(different).toEqual([]);
  });
});

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAllOrNothing } from '../src/lib/content/atomic-write.ts';

describe('an import writes all its files or none', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'write-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every file, leaving no temporary file behind', () => {
    writeAllOrNothing([
      { path: join(dir, 'a/v2.mdx'), text: 'one' },
      { path: join(dir, 'a/v2.json'), text: 'two' },
    ]);
    expect(readdirSync(join(dir, 'a')).sort()).toEqual(['v2.json', 'v2.mdx']);
    expect(readFileSync(join(dir, 'a/v2.json'), 'utf8')).toBe('two');
  });

  it('refuses to overwrite, and writes nothing', () => {
    writeFileSync(join(dir, 'v2.json'), 'kept');
    expect(() =>
      writeAllOrNothing([
        { path: join(dir, 'v2.mdx'), text: 'x' },
        { path: join(dir, 'v2.json'), text: 'y' },
      ]),
    ).toThrow('already exists: nothing was written');
    expect(readdirSync(dir)).toEqual(['v2.json']);
    expect(readFileSync(join(dir, 'v2.json'), 'utf8')).toBe('kept');
  });

  it('when a later file cannot be written, removes the earlier ones', () => {
    writeFileSync(join(dir, 'blocked'), 'a file where a folder should be');
    expect(() =>
      writeAllOrNothing([
        { path: join(dir, 'ok/v2.mdx'), text: 'x' },
        { path: join(dir, 'blocked/v2.json'), text: 'y' },
      ]),
    ).toThrow();
    expect(existsSync(join(dir, 'ok/v2.mdx'))).toBe(false);
    expect(readdirSync(join(dir, 'ok'))).toEqual([]);
  });
});

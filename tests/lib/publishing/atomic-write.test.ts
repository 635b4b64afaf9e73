import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryName, writeAllOrNothing, WriteRefused } from '../../../src/lib/publishing/atomic-write.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'atomic-write-'));

describe('writing several files as one: all or nothing', () => {
  it('writes every file, creating folders, and leaves no temporary file', () => {
    const root = dir();
    writeAllOrNothing([
      { path: join(root, 'a.json'), text: '{"a":1}' },
      { path: join(root, 'sub', 'b.mdx'), text: 'Body ✓' },
    ]);
    expect(readFileSync(join(root, 'a.json'), 'utf8')).toBe('{"a":1}');
    expect(readFileSync(join(root, 'sub', 'b.mdx'), 'utf8')).toBe('Body ✓');
    expect(readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses when any destination exists, writing nothing, and says which', () => {
    const root = dir();
    writeFileSync(join(root, 'b.json'), 'old');
    const files = [
      { path: join(root, 'a.json'), text: 'new' },
      { path: join(root, 'b.json'), text: 'new' },
    ];
    expect(() => writeAllOrNothing(files)).toThrow(WriteRefused);
    expect(() => writeAllOrNothing(files)).toThrow(/b\.json already exists: nothing was written$/);
    expect(existsSync(join(root, 'a.json'))).toBe(false);
    expect(readFileSync(join(root, 'b.json'), 'utf8')).toBe('old');
  });

  it('undoes the files already placed when a later step fails', () => {
    const root = dir();
    const files = [
      { path: join(root, 'a.json'), text: 'a' },
      { path: join(root, 'b.json'), text: 'b' },
    ];
    let calls = 0;
    const failing = (from: string, to: string) => {
      if (++calls === 2) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      writeFileSync(to, readFileSync(from));
    };
    expect(() => writeAllOrNothing(files, failing)).toThrow(
      /could not write .*a\.json and .*b\.json \(ENOSPC\): nothing was written\. Check that the folder exists/,
    );
    expect(readdirSync(root)).toEqual([]);
  });

  it('writes to a hidden temporary name beside the destination', () => {
    expect(temporaryName('/x/y/v1.json')).toBe(`/x/y/.v1.json.${process.pid}.tmp`);
  });
});

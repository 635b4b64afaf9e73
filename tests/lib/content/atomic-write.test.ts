import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupName,
  replaceAllOrNothing,
  temporaryName,
  writeAllOrNothing,
  WriteRefused,
} from '../../../src/lib/content/atomic-write.ts';

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

describe('replacing and deleting several files as one: all or nothing', () => {
  it('replaces, creates and deletes, leaving no temporary or backup file', () => {
    const root = dir();
    writeFileSync(join(root, 'a.json'), 'old a');
    writeFileSync(join(root, 'gone.json'), 'old gone');
    replaceAllOrNothing(
      [
        { path: join(root, 'a.json'), text: 'new a' },
        { path: join(root, 'b.json'), text: 'new b' },
      ],
      [join(root, 'gone.json'), join(root, 'never-was.json')],
    );
    expect(readFileSync(join(root, 'a.json'), 'utf8')).toBe('new a');
    expect(readFileSync(join(root, 'b.json'), 'utf8')).toBe('new b');
    expect(readdirSync(root).sort()).toEqual(['a.json', 'b.json']);
  });

  it('never shows a reader a half-written file: the old text stays until the new one is whole', () => {
    const root = dir();
    const path = join(root, 'a.json');
    writeFileSync(path, '{"old":true}');
    const seen: string[] = [];
    replaceAllOrNothing([{ path, text: '{"new":true}' }], [], (from, to) => {
      // Just before the new file takes its place, the destination still holds the whole old text.
      seen.push(readFileSync(to, 'utf8'), readFileSync(from, 'utf8'));
      renameSync(from, to);
    });
    expect(seen).toEqual(['{"old":true}', '{"new":true}']);
  });

  it('puts back every replaced and deleted file when a later step fails', () => {
    const root = dir();
    writeFileSync(join(root, 'a.json'), 'old a');
    writeFileSync(join(root, 'b.json'), 'old b');
    writeFileSync(join(root, 'gone.json'), 'old gone');
    let calls = 0;
    const failing = (from: string, to: string) => {
      if (++calls === 2) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      renameSync(from, to);
    };
    expect(() =>
      replaceAllOrNothing(
        [
          { path: join(root, 'a.json'), text: 'new a' },
          { path: join(root, 'b.json'), text: 'new b' },
        ],
        [join(root, 'gone.json')],
        failing,
      ),
    ).toThrow(/could not write .*a\.json and .*b\.json and .*gone\.json \(ENOSPC\): nothing was written/);
    expect(readdirSync(root).sort()).toEqual(['a.json', 'b.json', 'gone.json']);
    expect(['a.json', 'b.json', 'gone.json'].map((f) => readFileSync(join(root, f), 'utf8'))).toEqual([
      'old a',
      'old b',
      'old gone',
    ]);
  });

  it('keeps a replaced file under a hidden backup name beside it until the change has landed', () => {
    expect(backupName('/x/y/v1.json')).toBe(`/x/y/.v1.json.${process.pid}.bak`);
  });
});

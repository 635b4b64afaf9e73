// The preview's content loader (src/content-loader.ts) under `npm run edit`: it follows the files as
// they change, one reading at a time, and reads a file again when it caught it half-written.
import { EventEmitter } from 'node:events';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentLoader } from '../src/content-loader.ts';
import { scratchContent } from './helpers.ts';

const dir = scratchContent('content-loader-');
const roots = { content: join(dir, 'content'), data: join(dir, 'data') };
const folder = join(roots.content, 'statements/torbay');
const existing = join(folder, 'pr5220-2016-01-05.mdx');
const added = join(folder, 'pr5221-2016-02-01.mdx');
const entries = new Map<string, unknown>();
const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
const warnings: string[] = [];
const editing = process.env.TRACKER_EDITOR;
const settle = (ms: number) => new Promise((done) => setTimeout(done, ms));

beforeAll(async () => {
  process.env.TRACKER_EDITOR = '1';
  const loader = contentLoader('statements', roots);
  await loader.load({
    store: {
      clear: () => entries.clear(),
      set: (entry: { id: string }) => entries.set(entry.id, entry),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (text: string) => String(text.length),
    watcher,
    logger: { warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) },
  } as never);
});

afterAll(() => {
  if (editing === undefined) delete process.env.TRACKER_EDITOR;
  else process.env.TRACKER_EDITOR = editing;
  rmSync(dir, { recursive: true, force: true });
});

describe('the preview follows the files (npm run edit)', () => {
  it('reads each statement at the start', () => {
    expect([...entries.keys()]).toEqual(['torbay/pr5220-2016-01-05']);
  });

  it('reads a file again a second later when it caught it half-written, with no further event', async () => {
    const text = readFileSync(existing, 'utf8').replace(/^title: .*$/m, 'title: "A second statement"');
    // An editor that writes in place: the watcher reports the empty file, and drops the write that
    // follows within 50 ms, so the loader hears of this file once.
    writeFileSync(added, '');
    watcher.emit('add', resolve(added));
    await settle(400);
    expect(entries.has('torbay/pr5221-2016-02-01')).toBe(false);
    expect(warnings.join('\n')).toMatch(/pr5221-2016-02-01\.mdx/);
    writeFileSync(added, text);
    await expect.poll(() => entries.has('torbay/pr5221-2016-02-01'), { timeout: 3_000, interval: 100 }).toBe(true);
    expect(entries.size).toBe(2);
  });

  it('reads once after a burst of changes, and ends with what is on disk', async () => {
    rmSync(added);
    for (let i = 0; i < 20; i++) watcher.emit(i % 2 ? 'unlink' : 'change', resolve(i % 2 ? added : existing));
    await expect.poll(() => entries.size, { timeout: 3_000, interval: 100 }).toBe(1);
    expect([...entries.keys()]).toEqual(['torbay/pr5220-2016-01-05']);
  });

  it('ignores changes outside its own folder', async () => {
    writeFileSync(added, readFileSync(existing, 'utf8'));
    watcher.emit('add', resolve(roots.content, 'inspections/torbay/new.json'));
    await settle(1_500);
    expect(entries.size).toBe(1);
    rmSync(added);
  });
});

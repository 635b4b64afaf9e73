// Before `npm run edit` (scripts/watched-folders.ts): a project crowded with generated folders is
// named before its folders use up the watches the preview needs to see a save.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { watchedFolders, watchLimit, watchWarning } from '../scripts/watched-folders.ts';

const root = mkdtempSync(join(tmpdir(), 'watched-'));
for (let i = 0; i < 30; i++) mkdirSync(join(root, 'bench-out', `page-${i}`), { recursive: true });
for (let i = 0; i < 4; i++) mkdirSync(join(root, 'src', `part-${i}`), { recursive: true });
for (let i = 0; i < 100; i++) mkdirSync(join(root, 'node_modules', `package-${i}`), { recursive: true });
mkdirSync(join(root, '.git', 'objects'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the folders the editor preview watches', () => {
  it('counts every folder but node_modules and .git, by top-level folder, up to a bound', () => {
    const { total, byTop } = watchedFolders(root);
    expect(total).toBe(36);
    expect(Object.fromEntries(byTop)).toEqual({ 'bench-out': 31, src: 5 });
    expect(watchedFolders(root, 10).total).toBe(10);
  });

  it('warns, naming the largest folders first, when they would use more than half the watches', () => {
    expect(watchWarning(root, 40)).toBe(
      "Warning: this project holds 36 folders, and this computer lets the editor's preview watch 40: saved changes may not reach the preview. Delete what you do not need, largest first: bench-out/ (31 folders), src/ (5 folders).",
    );
    expect(watchWarning(root, 30)).toMatch(/holds at least 30 folders/);
    expect(watchWarning(root, 1_000)).toBeUndefined();
    expect(watchWarning(root, undefined)).toBeUndefined();
  });

  it("reads Linux's limit, and none where there is no such file", () => {
    const file = join(root, 'max_user_watches');
    writeFileSync(file, '8192\n');
    expect(watchLimit(file)).toBe(8192);
    expect(watchLimit(join(root, 'absent'))).toBeUndefined();
  });
});

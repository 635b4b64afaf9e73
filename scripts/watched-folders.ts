// Before `npm run edit`: the editor's preview watches every folder of the project for changes (all
// but node_modules and .git), and Linux lets one user watch only so many. A project holding a large
// generated site (a 10,000-page benchmark in bench-out/ is about 390,000 files) uses them up, after
// which a saved file never reaches the preview. Counted with a bound, so a huge tree costs little.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folders the dev server does not watch. */
const unwatched = new Set(['node_modules', '.git']);

/** The folders under `root` the preview watches, per top-level folder, counting at most `bound` in all. */
export function watchedFolders(root: string, bound = 50_000): { total: number; byTop: Map<string, number> } {
  const byTop = new Map<string, number>();
  let total = 0;
  const walk = (dir: string, top: string) => {
    if (total >= bound) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || total >= bound) continue;
      if (dir === root && unwatched.has(entry.name)) continue;
      total++;
      const name = top || entry.name;
      byTop.set(name, (byTop.get(name) ?? 0) + 1);
      walk(join(dir, entry.name), name);
    }
  };
  walk(root, '');
  return { total, byTop };
}

/** How many folders Linux lets this user watch; undefined elsewhere. */
export function watchLimit(file = '/proc/sys/fs/inotify/max_user_watches'): number | undefined {
  try {
    const n = Number(readFileSync(file, 'utf8').trim());
    return Number.isFinite(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A warning when the project's folders would use up more than half of the watches Linux allows,
 * naming the largest folders to delete; undefined when there is room (or no such limit).
 */
export function watchWarning(root: string, limit = watchLimit()): string | undefined {
  if (limit === undefined) return undefined;
  const { total, byTop } = watchedFolders(root, limit);
  if (total <= limit / 2) return undefined;
  const largest = [...byTop]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, n]) => `${name}/ (${n.toLocaleString('en-GB')} folders)`);
  return (
    `Warning: this project holds ${total >= limit ? 'at least ' : ''}${total.toLocaleString('en-GB')} folders, and this computer lets the editor's preview watch ${limit.toLocaleString('en-GB')}: ` +
    `saved changes may not reach the preview. Delete what you do not need, largest first: ${largest.join(', ')}.`
  );
}

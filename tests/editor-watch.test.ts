import { describe, expect, it } from 'vitest';
import { matchesGlob } from 'node:path';
import { editorWatchIgnored } from '../src/editor/watch-ignored.ts';

describe("the editor's dev server", () => {
  // Vite's watcher (chokidar) matches these globs as Node's own glob matching does.
  const ignored = (path: string) => editorWatchIgnored.some((glob) => matchesGlob(path, glob));

  it('never watches outputs or scratch sites, which can use up the system file watchers', () => {
    for (const path of [
      '/project/bench-out/10000/content/statements/synthetic-003/a.mdx',
      '/project/dist/torbay/index.html',
      '/project/.scratch/e2e-site/dist/index.html',
      '/project/.dist.staging/index.html',
      '/project/.dist.previous/index.html',
    ])
      expect(ignored(path), path).toBe(true);
  });

  it('still watches the content and data an officer saves', () => {
    for (const path of [
      '/project/src/content/plan-versions/torbay/improvement-plan/v2.json',
      '/project/data/figures/torbay/initial-assessments.json',
      '/project/.editor-test-1/content/statements/torbay/a.mdx',
    ])
      expect(ignored(path), path).toBe(false);
  });
});

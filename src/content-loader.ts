// The build's content loader: it reads each collection's files with the very functions `npm run check`
// uses (src/lib/content/read-sources.ts, src/lib/content/parse-content.ts), so the check and the build always agree.
// Bodies are rendered as Markdown by src/lib/content/body.ts, never compiled as MDX: no body can run code.
import type { Loader } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { collectionOf, collections, type CollectionName } from './lib/content/collections.ts';
import { readEntry, type Roots } from './lib/content/parse-content.ts';
import { formatProblems, type Problem } from './lib/content/problems.ts';
import { readSources } from './lib/content/read-sources.ts';
import { settings } from './lib/settings.ts';

/** A loader for one collection, reading from `roots` (src/content and data, or the fixture and benchmark folders). */
export function contentLoader(name: CollectionName, roots: Roots): Loader {
  const spec = collections[name];
  return {
    name: 'improvement-tracker:content',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        const problems: Problem[] = [];
        const entries = [];
        for (const source of readSources(roots, { root: spec.root, dir: spec.dir })) {
          const file = `${relative(process.cwd(), roots[source.root]) || '.'}/${source.path}`;
          if (source.problem) {
            problems.push({ file, path: '', message: source.problem });
            continue;
          }
          // Files of other collections in the same folder (plan versions' .mdx and .json) are not this one's.
          if (collectionOf(source.root, source.path) !== name) continue;
          const read = readEntry(source, name, file, { render: true });
          problems.push(...read.problems);
          if (read.entry) entries.push({ read: read.entry, text: source.text });
        }
        // Under `npm run edit` a broken file never stops the editor: the rest is loaded, and the
        // preview lists the problems with links to the forms that fix them (src/editor/preview-problems.ts).
        if (problems.length > 0 && settings().editing) logger.warn(formatProblems(problems));
        else if (problems.length > 0)
          throw new Error(
            `${formatProblems(problems)}\nRun npm run check for every problem, with what to write instead.`,
          );
        // Every entry parsed before the store changes, then replaced in one step: a page asked for
        // meanwhile sees the content before or after, never half of it.
        const parsed = [];
        for (const { read, text } of entries) {
          const data = await parseData({ id: read.id, data: read.raw as Record<string, unknown>, filePath: read.file });
          parsed.push({
            id: read.id,
            data,
            filePath: read.file,
            digest: generateDigest(text),
            ...(read.body !== undefined ? { body: read.body, rendered: { html: read.html ?? '', metadata: {} } } : {}),
          });
        }
        store.clear();
        for (const entry of parsed) store.set(entry);
        return problems.length === 0;
      };
      await sync();
      if (watcher) {
        const folder = resolve(roots[spec.root], spec.dir);
        watcher.add(folder);
        // One reading at a time, a moment after the last change: two readings interleaved could
        // leave a deleted file in the store. A file found broken is read once more a second later:
        // an editor that writes in place can be read half-written, and the watcher drops a second
        // change to the same file within 50 ms, so no later event would come.
        let queue = Promise.resolve();
        let timer: ReturnType<typeof setTimeout> | undefined;
        let retried = false;
        const resync = (delay: number) => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            queue = queue
              .then(sync)
              .catch((error: Error) => {
                logger.error(error.message);
                return false;
              })
              .then((clean) => {
                if (clean || retried) return;
                retried = true;
                resync(1_000);
              });
          }, delay);
        };
        const onChange = (changed: string) => {
          if (!resolve(changed).startsWith(folder)) return;
          retried = false;
          resync(100);
        };
        watcher.on('change', onChange);
        watcher.on('add', onChange);
        watcher.on('unlink', onChange);
      }
    },
  };
}

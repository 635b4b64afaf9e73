import { resolve, sep } from 'node:path';
import { IdError } from '../base/ids.ts';

/** The folders the site reads and writes when the environment names none, relative to the project. */
export const defaultFolders = {
  /** Documents: authorities, inspections, notices, plans, statements… */
  content: 'src/content',
  /** Published figures. */
  data: 'data',
  /** The built site. */
  out: 'dist',
  /** Astro's content cache, under which each version of the schemas keeps its own folder. */
  cache: 'node_modules/.astro',
} as const;

/** The full path of a file inside a content folder; refuses any path that would lead outside it. */
export function contentPath(folder: string, relativePath: string): string {
  const base = resolve(folder);
  const full = resolve(base, relativePath);
  if (
    !full.startsWith(base + sep) ||
    relativePath.split(/[\\/]/).some((segment) => segment === '' || segment.startsWith('.'))
  ) {
    throw new IdError(
      `${JSON.stringify(relativePath)} would be written outside ${folder} or as a hidden file: nothing was written`,
    );
  }
  return full;
}

/** A path as messages show it: relative to the working folder when inside it ("src/content/…"), else in full. */
export function shownPath(path: string): string {
  const cwd = resolve('.');
  return path.startsWith(cwd + sep) ? path.slice(cwd.length + 1) : path;
}

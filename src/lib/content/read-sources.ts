import { existsSync, lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import type { Roots, SourceFile } from './parse-content.ts';
import { decodeUtf8 } from './source-text.ts';

/** Files an operating system or git leaves in folders: never content, so never reported. */
export const ignoredNames = new Set(['.DS_Store', '.gitkeep', 'Thumbs.db', 'desktop.ini']);

/**
 * Reads every file under both roots with paths relative to their root. Nothing is skipped
 * silently: dot-files, symbolic links and unreadable files come back with a `problem`, and text
 * that is not UTF-8 comes back with a `problem` naming its line. Only the names in `ignoredNames`
 * are left out.
 */
export function readSources(roots: Roots, only?: { root: keyof Roots; dir: string }): SourceFile[] {
  const wanted = only ? [only.root] : (Object.keys(roots) as (keyof Roots)[]);
  return wanted.flatMap((root) => readRoot(root, roots[root], only?.dir));
}

function readRoot(root: keyof Roots, dir: string, sub?: string): SourceFile[] {
  const start = sub ? join(dir, sub) : dir;
  if (!existsSync(start)) return [];
  const files: SourceFile[] = [];
  for (const entry of readdirSync(start, { recursive: true, withFileTypes: true }) as Dirent[]) {
    if (ignoredNames.has(entry.name)) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(dir, full).split('\\').join('/');
    if (entry.isSymbolicLink()) {
      files.push({
        root,
        path,
        text: '',
        problem:
          'is a symbolic link (a shortcut to another file or folder), which is never published or checked: copy the real file here instead',
      });
    } else if (entry.isFile()) {
      files.push(readOne(root, path, full));
    } else if (!entry.isDirectory()) {
      files.push({ root, path, text: '', problem: 'is not an ordinary file: delete it' });
    } else if (entry.name.startsWith('.')) {
      files.push({
        root,
        path: `${path}/`,
        text: '',
        problem:
          'is a hidden folder (its name starts with a dot), so nothing in it is published: rename it without the dot, or delete it',
      });
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Bytes a content file may hold, measured before it is read (the largest bundled file is 85 KB). */
export const maxContentFileBytes = 2_000_000;

function readOne(root: keyof Roots, path: string, full: string): SourceFile {
  let bytes: Buffer;
  try {
    const stat = lstatSync(full);
    if (!stat.isFile()) throw new Error('not a file');
    if (stat.size > maxContentFileBytes)
      return {
        root,
        path,
        text: '',
        problem: `is ${(stat.size / 1_000_000).toFixed(1)} MB, more than the ${maxContentFileBytes / 1_000_000} MB a content file may hold, so it was not read: split the document, or check that it is the right file`,
      };
    bytes = readFileSync(full);
  } catch (error) {
    return {
      root,
      path,
      text: '',
      problem: `could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): check that the file is not open elsewhere and that you may read it`,
    };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { root, path, text: decoded.windows1252 ?? '', problem: decoded.message };
  return { root, path, text: decoded.bom ? `\uFEFF${decoded.text}` : decoded.text };
}

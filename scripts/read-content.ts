import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import type { Roots, SourceFile } from '../src/lib/parse-content.ts';

/** Reads every file under both roots (skipping dot-files), with paths relative to their root. */
export function readSources(roots: Roots): SourceFile[] {
  return (Object.keys(roots) as (keyof Roots)[]).flatMap((root) => readRoot(root, roots[root]));
}

function readRoot(root: keyof Roots, dir: string): SourceFile[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => join(d.parentPath, d.name))
    .map((file) => ({ root, path: relative(dir, file).split('\\').join('/'), text: readFileSync(file, 'utf8') }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

// Writing several files as one: all of them, or none. Each is written to a hidden temporary name
// beside its destination, then all are renamed into place; any failure removes what was written.
// A process killed while writing leaves only hidden ".tmp" files, which the content check reports.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { shownPath } from '../content/content-paths.ts';

/** A file to write: its path and text. */
export interface FileToWrite {
  path: string;
  text: string;
}

/** The temporary name a file is written to before it is renamed into place. */
export const temporaryName = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

/**
 * Writes every file, or none: refuses if any destination exists, and undoes everything if any step
 * fails. `rename` is replaceable so tests can make a step fail.
 */
export function writeAllOrNothing(
  files: readonly FileToWrite[],
  rename: (from: string, to: string) => void = renameSync,
): void {
  const existing = files.filter((f) => existsSync(f.path));
  if (existing.length > 0)
    throw new WriteRefused(
      `${existing.map((f) => shownPath(f.path)).join(' and ')} already exist${existing.length === 1 ? 's' : ''}: nothing was written`,
    );
  const temporary: string[] = [];
  const placed: string[] = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      const tmp = temporaryName(file.path);
      const fd = openSync(tmp, 'wx');
      temporary.push(tmp);
      try {
        writeSync(fd, file.text);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    files.forEach((file, i) => {
      rename(temporary[i]!, file.path);
      placed.push(file.path);
    });
  } catch (error) {
    for (const path of [...temporary, ...placed]) rmSync(path, { force: true });
    if (error instanceof WriteRefused) throw error;
    throw new WriteRefused(
      `could not write ${files.map((f) => shownPath(f.path)).join(' and ')} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): nothing was written. Check that the folder exists and that you may write to it`,
    );
  }
}

/** A write that did not happen; its message says why, for the person who ran the command. */
export class WriteRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteRefused';
  }
}

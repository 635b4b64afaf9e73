// Writing several files as one: all of them, or none. Each is written to a hidden temporary name
// beside its destination, then all are renamed into place; any failure removes what was written and
// puts back what was replaced.
// A process killed while writing leaves only hidden ".tmp" or ".bak" files, which the content check reports.
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { shownPath } from './content-paths.ts';

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
  replaceAllOrNothing(files, [], rename);
}

/** The name a replaced or deleted file keeps until the whole change has landed. */
export const backupName = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.bak`);

/**
 * Writes every file (replacing what is there) and deletes every path in `deletions`, or changes
 * nothing: each new text is written in full to a temporary file first, and a file it replaces or
 * a deleted file is kept under a hidden backup name until every step has succeeded. A reader never
 * sees a half-written file, which a file watcher could otherwise read and never read again.
 */
export function replaceAllOrNothing(
  files: readonly FileToWrite[],
  deletions: readonly string[],
  rename: (from: string, to: string) => void = renameSync,
): void {
  const temporary: string[] = [];
  /** Files moved aside (replaced or deleted): their backup, to restore if a later step fails. */
  const aside: { path: string; backup: string }[] = [];
  const placed: string[] = [];
  const changed = [...files.map((f) => f.path), ...deletions];
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
    for (const path of [...files.map((f) => f.path), ...deletions]) {
      if (!existsSync(path)) continue;
      const backup = backupName(path);
      linkSync(path, backup);
      aside.push({ path, backup });
    }
    files.forEach((file, i) => {
      rename(temporary[i]!, file.path);
      placed.push(file.path);
    });
    for (const path of deletions) rmSync(path, { force: true });
  } catch (error) {
    for (const path of [...temporary, ...placed]) rmSync(path, { force: true });
    // (A file never replaced is still the backup's own link: renaming one onto the other does nothing.)
    for (const { path, backup } of aside) {
      renameSync(backup, path);
      rmSync(backup, { force: true });
    }
    if (error instanceof WriteRefused) throw error;
    throw new WriteRefused(
      `could not write ${changed.map((p) => shownPath(p)).join(' and ')} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): nothing was written. Check that the folder exists and that you may write to it`,
    );
  }
  for (const { backup } of aside) rmSync(backup, { force: true });
}

/** A write that did not happen; its message says why, for the person who ran the command. */
export class WriteRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteRefused';
  }
}

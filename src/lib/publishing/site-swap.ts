// The two steps of `npm run build` that touch the published folder: a lock, so two builds never write
// beside each other (each would delete the other's staging folder and swap in a mixture), and the swap
// of the finished site into place, which ends in a plain message when the folder cannot be replaced.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A build step that did not happen; its message says why and what is left, for the person building. */
export class BuildRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildRefused';
  }
}

/** The lock file of the published folder `out`: beside it, hidden, named after it. */
export const lockPath = (out: string) => join(dirname(out), `.${basename(out)}.lock`);

/** True when a process with this id is running (signal 0 tests without signalling). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the build lock of `out` for this process, or refuses while another build holds it. A lock left
 * by a build that no longer runs (killed, or the machine restarted) is taken over. Returns the release.
 */
export function takeBuildLock(out: string, pid = process.pid): () => void {
  const path = lockPath(out);
  // The folder the site is published into may not exist yet (a first build into a new place).
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, `${pid}\n`);
      } finally {
        closeSync(fd);
      }
      return () => {
        // Only our own lock is removed: never one a later build took over.
        if (existsSync(path) && readFileSync(path, 'utf8').trim() === String(pid)) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(path, 'utf8').trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== pid && running(holder))
      throw new BuildRefused(
        `Another build (process ${holder}) is building ${basename(out)}/ now: wait for it to finish, then run npm run build again. Nothing was built; ${basename(out)}/ is left to that build.`,
      );
    rmSync(path, { force: true });
  }
  throw new BuildRefused(
    `Could not take the build lock ${basename(path)}: another build keeps starting at the same moment. Nothing was built.`,
  );
}

/**
 * Puts the finished site `staging` in place of `out`: the old site is moved aside to `previous`, the new
 * one renamed in, the old one deleted. If a rename fails, the old site is put back and the reason is
 * given in words (a folder that is a mount point cannot be renamed: EBUSY). `rename` is replaceable so
 * tests can make a step fail.
 */
export function swapIntoPlace(
  staging: string,
  out: string,
  previous: string,
  rename: (from: string, to: string) => void = renameSync,
): void {
  const name = `${basename(out)}/`;
  let movedAside = false;
  try {
    if (existsSync(out)) {
      rename(out, previous);
      movedAside = true;
    }
    rename(staging, out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    if (movedAside && !existsSync(out)) rename(previous, out);
    rmSync(staging, { recursive: true, force: true });
    const why =
      code === 'EBUSY'
        ? `it is a mount point or in use by another program (EBUSY), so it cannot be replaced as one folder`
        : code === 'EXDEV'
          ? `it is on another disk than its parent folder (EXDEV)`
          : code === 'EACCES' || code === 'EPERM'
            ? `you may not rename it or its parent folder (${code})`
            : `the system refused (${code})`;
    throw new BuildRefused(
      `The site was built but could not be put in place of ${name}: ${why}. ${name} is unchanged. Build into a folder of its own (OUT_DIR=site npm run build) and copy that into ${name} (for example rsync -a --delete site/ ${name}), or point the web server at the built folder.`,
    );
  }
  rmSync(previous, { recursive: true, force: true });
}

import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes new files all or nothing: each goes to a temporary name beside its place, then all are renamed
 * into place. If any step fails, the temporary files and any file already renamed are removed, so a
 * failed or interrupted import leaves the content as it was. Refuses to overwrite an existing file.
 */
export function writeAllOrNothing(files: readonly { path: string; text: string }[]): void {
  const clash = files.find((f) => existsSync(f.path));
  if (clash) throw new Error(`${clash.path} already exists; nothing was written`);
  const temporary = files.map((f) => ({
    ...f,
    temp: `${dirname(f.path)}/.${f.path.split('/').at(-1)}.importing-${process.pid}`,
  }));
  const made: string[] = [];
  const placed: string[] = [];
  try {
    for (const f of temporary) {
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(f.temp, f.text, { flag: 'wx' });
      made.push(f.temp);
    }
    for (const f of temporary) {
      renameSync(f.temp, f.path);
      placed.push(f.path);
    }
  } catch (error) {
    for (const path of [...made, ...placed]) rmSync(path, { force: true });
    throw error;
  }
}

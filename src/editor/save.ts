// What happens to a save from the editor before anything is written (src/editor/save-route.ts):
// an officer's own statement gets its source from the council and the date; every file is written
// quietly (src/editor/quiet.ts); and the saved files are checked with every other file as they
// would then stand, so a save that would break publishing is refused in the check's own words,
// with nothing written.
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import { readYaml, splitFrontmatter } from '../lib/content/frontmatter.ts';
import { checkIntegrity } from '../lib/graph/integrity/index.ts';
import { parseContent, type Roots, type SourceFile } from '../lib/content/parse-content.ts';
import type { Problem } from '../lib/content/problems.ts';
import { quietSave } from './quiet.ts';
import { publishedChanges } from '../lib/content/published.ts';

/** One file the editor asks to write: its path relative to the project, and its text. */
export interface Addition {
  path: string;
  text: string;
}

/**
 * A statement written for this site needs no transcription source: when the officer leaves it
 * empty, the council that publishes it and the date of publication are its source.
 */
export function withOwnSource(text: string, councilName: string): string {
  const split = splitFrontmatter(text);
  if (!split) return text;
  const data = (readYaml(split.front) ?? {}) as Record<string, unknown>;
  const sources = data.sources;
  if (data.origin !== 'original' || (Array.isArray(sources) && sources.length > 0)) return text;
  const date = typeof data.date === 'string' ? data.date : undefined;
  data.sources = [
    { title: date ? `${councilName}, ${date}` : councilName, publisher: councilName, ...(date ? { date } : {}) },
  ];
  return `---\n${yaml.dump(data, { lineWidth: -1 })}---\n${split.body}`;
}

/** The root a path is under, and the path inside it; undefined outside the content. */
export function placeOf(path: string, roots: Roots): { root: keyof Roots; path: string } | undefined {
  if (path.split('/').some((part) => part === '..' || part === '.')) return undefined;
  for (const root of ['content', 'data'] as const) {
    if (path.startsWith(`${roots[root]}/`)) return { root, path: path.slice(roots[root].length + 1) };
  }
  return undefined;
}

/**
 * Whether writing `path` (under a root, as `placeOf` finds it) stays inside that root on disk: no
 * folder on the way is a symbolic link out of it. The content check reports links; a save must
 * not write through one.
 */
export function staysInside(path: string, roots: Roots): boolean {
  const place = placeOf(path, roots);
  if (!place) return false;
  const root = realpathSync(roots[place.root]);
  // The deepest folder on the way that exists, as the disk resolves it (a new file's folders may not exist yet).
  let folder = dirname(resolve(path));
  while (!existsSync(folder)) folder = dirname(folder);
  const real = realpathSync(folder);
  if (real !== root && !real.startsWith(`${root}${sep}`)) return false;
  // The file itself, when it exists, must not be a link either.
  return !existsSync(path) || !lstatSync(path).isSymbolicLink();
}

/** The council a content file belongs to: "src/content/statements/torbay/x.mdx" → "torbay". */
export function councilOf(path: string, roots: Roots): string | undefined {
  const place = placeOf(path, roots);
  return place ? place.path.split('/')[1] : undefined;
}

/**
 * The files as they will be written, and the problems the check finds in them with every other
 * file as it would then stand. `current` is the content as it is on disk now.
 */
export function prepareSave(
  additions: readonly Addition[],
  deletions: readonly string[],
  current: readonly SourceFile[],
  roots: Roots,
  councilNames: ReadonlyMap<string, string>,
): { files: Addition[]; problems: Problem[] } {
  const onDisk = new Map(current.map((f) => [`${roots[f.root]}/${f.path}`, f]));
  // Each file as the check reads it now, defaults filled in: a default is not written out.
  const parsed = new Map<string, unknown>(
    Object.values(parseContent(current, roots).content).flatMap((entries: { file: string; data: unknown }[]) =>
      entries.map((e) => [e.file, e.data] as const),
    ),
  );
  const files = additions.map(({ path, text }) => {
    const council = councilOf(path, roots);
    const own =
      /\/statements\/[^/]+\/[^/]+\.mdx?$/.test(path) && council && councilNames.has(council)
        ? withOwnSource(text, councilNames.get(council)!)
        : text;
    const old = onDisk.get(path);
    return {
      path,
      text: placeOf(path, roots) ? quietSave(path, old?.problem ? undefined : old?.text, own, parsed.get(path)) : own,
    };
  });
  return {
    files,
    problems: [
      ...publishedProblems(files, deletions, current, roots),
      ...problemsWith(files, deletions, current, roots),
    ],
  };
}

/** Every content file as it would stand once `files` are written and `deletions` deleted. */
function afterSave(
  files: readonly Addition[],
  deletions: readonly string[],
  current: readonly SourceFile[],
  roots: Roots,
): SourceFile[] {
  const after = new Map(current.map((f) => [`${roots[f.root]}/${f.path}`, f]));
  for (const path of deletions) after.delete(path);
  for (const { path, text } of files) {
    const place = placeOf(path, roots);
    if (place) after.set(path, { ...place, text });
  }
  return [...after.values()];
}

/**
 * The problems the check finds in `files` once written (and `deletions` deleted), with every other
 * file as it would then stand: the check's own readers and cross-reference rules.
 */
export function problemsWith(
  files: readonly Addition[],
  deletions: readonly string[],
  current: readonly SourceFile[],
  roots: Roots,
): Problem[] {
  const { content, problems } = parseContent(afterSave(files, deletions, current, roots), roots);
  const saved = new Set(files.map((f) => f.path));
  return [...problems, ...checkIntegrity(content)].filter((p) => saved.has(p.file));
}

/**
 * A save that changes what a published plan version says, other than by a correction with its note,
 * or deletes one of its files, is refused (the rule: src/lib/content/published.ts). Judged on the
 * content as it stands before the save, so starting a later version is what publishes one.
 */
export function publishedProblems(
  files: readonly Addition[],
  deletions: readonly string[],
  current: readonly SourceFile[],
  roots: Roots,
): Problem[] {
  return publishedChanges(current, afterSave(files, deletions, current, roots), roots);
}

/** The message the editor shows when a save is refused: each problem in the check's words. */
export function refusal(problems: readonly Problem[]): string {
  const noun = problems.length === 1 ? 'this problem' : `these ${problems.length} problems`;
  return [
    `This cannot be saved yet, because of ${noun} (nothing was written):`,
    ...problems.map((p) => `• ${p.path ? `${p.path}: ` : ''}${p.message}`),
  ].join('\n');
}

// When a plan version is published, and what may still change in one: the rule the editor's save
// applies (src/editor/save.ts), the editor's forms announce and docs/authoring.md explains.
//
// A plan version is published, and keeps what it says, when either
//   - it is a copy of a plan document the council published (origin "transcribed"): its words are
//     the document's; or
//   - a later version of the same plan has been started: it is history, and the site compares the
//     later version against it.
// Only the newest version the council keeps here itself (origin "original") is open for updates:
// ratings, evidence, directions of travel. Nothing depends on today's date, so the same files are
// published or not on every computer and in every year.
//
// A published version still changes in one way: a correction that carries a note (its date and what
// was corrected), which the site shows as a correction. Corrections already made stay as they are.
import { isDeepStrictEqual } from 'node:util';
import { readYaml, splitFrontmatter } from './frontmatter.ts';
import { planKeyOf } from '../base/ids.ts';
import { comparePlanVersions, type ContentSet } from './content.ts';
import { parseContent, type Roots, type SourceFile } from './parse-content.ts';
import type { Problem } from './problems.ts';

/** Why the plan version `versionKey` is published; undefined while the council may update it. */
export function publishedBecause(content: ContentSet, versionKey: string): string | undefined {
  const entry = content.planVersions.find((v) => v.id === versionKey);
  if (!entry) return undefined;
  if (entry.data.origin === 'transcribed') return 'it is a copy of the plan document the council published';
  const versions = content.planVersions
    .filter((v) => planKeyOf(v.id) === planKeyOf(versionKey))
    .sort(comparePlanVersions);
  const later = versions[versions.indexOf(entry) + 1];
  return later ? `${later.data.label} has been started from it` : undefined;
}

/** One file of a plan version as a save compares it: its data (front matter or JSON) and body. */
export interface VersionFile {
  data: unknown;
  body?: string;
}

const correctionsOf = (data: unknown): unknown[] => {
  const list = (data as { corrections?: unknown } | null)?.corrections;
  return Array.isArray(list) ? list : [];
};

const withoutCorrections = (data: unknown): unknown => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'corrections'));
};

/**
 * What is wrong with saving `after` over `before` in a published version (`label`, published
 * `because`), in plain words; undefined when the save only adds corrections, or changes what it
 * changes together with a new correction saying so.
 */
export function correctionProblem(
  label: string,
  because: string,
  before: VersionFile,
  after: VersionFile,
): string | undefined {
  const old = correctionsOf(before.data);
  const next = correctionsOf(after.data);
  if (next.length < old.length || old.some((c, i) => !isDeepStrictEqual(c, next[i])))
    return `${label} is published (${because}), and a correction made to it stays on the site as it was made. Put the corrections back as they were; to correct a correction, add a new one.`;
  const unchanged =
    isDeepStrictEqual(withoutCorrections(before.data), withoutCorrections(after.data)) &&
    (before.body ?? '').trim() === (after.body ?? '').trim();
  if (unchanged || next.length > old.length) return undefined;
  return `${label} is published (${because}), so what it says stays as it was published. To record progress (a new rating, evidence), start the next version: its button is at the top of the newest version's form. To put right a mistake in ${label}, add a correction in this form saying what you corrected and why, then save again.`;
}

/** A plan version's file, relative to the content folder: "plan-versions/torbay/improvement-plan/v1.json". */
const versionFile = /^plan-versions\/([^/]+\/[^/]+\/[^/]+)\.(json|mdx|md)$/;

/** A version file's data and body as a change is compared; undefined when it does not parse. */
function readVersionFile(path: string, text: string): VersionFile | undefined {
  try {
    if (path.endsWith('.json')) return { data: JSON.parse(text) };
    const split = splitFrontmatter(text);
    if (!split) return undefined;
    return { data: readYaml(split.front), body: split.body };
  } catch {
    return undefined;
  }
}

/**
 * Each change from the files `before` to the files `after` (the content as it was and as it would
 * be) that alters what a published plan version says other than by a correction with its note, or
 * deletes one of its files. Judged on `before`: starting a later version is what publishes one, so
 * a version may be updated and its successor started in the same change. Problems name a file as
 * `shown` gives it.
 */
export function publishedChanges(
  before: readonly SourceFile[],
  after: readonly SourceFile[],
  roots: Roots,
  shown: (file: Pick<SourceFile, 'root' | 'path'>) => string = (f) => `${roots[f.root]}/${f.path}`,
): Problem[] {
  const versions = (files: readonly SourceFile[]) =>
    new Map(files.filter((f) => f.root === 'content' && versionFile.test(f.path)).map((f) => [f.path, f]));
  const old = versions(before);
  const now = versions(after);
  const changed = [...old.keys()].filter((path) => now.get(path)?.text !== old.get(path)!.text);
  if (changed.length === 0) return [];
  const { content } = parseContent([...old.values()], roots);
  const problems: Problem[] = [];
  for (const path of changed) {
    const key = versionFile.exec(path)![1]!;
    const because = publishedBecause(content, key);
    if (!because) continue;
    const label = content.planVersions.find((v) => v.id === key)!.data.label;
    const file = shown({ root: 'content', path });
    const next = now.get(path);
    if (!next) {
      problems.push({ file, path: '', message: `${label} is published (${because}): it cannot be deleted.` });
      continue;
    }
    const was = readVersionFile(path, old.get(path)!.text);
    const is = readVersionFile(path, next.text);
    // A file that does not parse is reported by the check itself.
    if (!was || !is) continue;
    const message = correctionProblem(label, because, was, is);
    if (message) problems.push({ file, path: '', message });
  }
  return problems;
}

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
import { planKeyOf } from '../base/ids.ts';
import { comparePlanVersions, type ContentSet } from './content.ts';

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

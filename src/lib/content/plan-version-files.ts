// The files of a new plan version: where they go, its introduction drawn from the base version's,
// and its table as the content files hold it. The content layer's, so the scaffold (content/) and
// the importers above it (spreadsheets/, importers/) share one home without an import climbing up.
import yaml from 'js-yaml';
import type { PlanOutline } from '../../schemas/plan-outline.ts';
import { comparePlanVersions, type ContentSet } from './content.ts';

/** Where a new plan version's files go, relative to the content root. */
export function versionPaths(planKey: string, version: string): { mdx: string; json: string } {
  const base = `plan-versions/${planKey}/${version}`;
  return { mdx: `${base}.mdx`, json: `${base}.json` };
}

/** Front matter (JSON, as the versions are written, or YAML) with "origin" set to "original". */
function withOriginal(front: string): string {
  if (/("origin"\s*:\s*)"[^"]*"/.test(front)) return front.replace(/("origin"\s*:\s*)"[^"]*"/, '$1"original"');
  if (/^origin\s*:.*$/m.test(front)) return front.replace(/^origin\s*:.*$/m, 'origin: original');
  const json = /^\{[\s\S]*\}$/.test(front.trim());
  return json ? front.replace(/^\{/, '{\n  "origin": "original",') : `origin: original\n${front}`;
}

/** Serialises a plan version's table as the content files hold it. */
export function outlineJson(outline: PlanOutline): string {
  return `${JSON.stringify(outline, null, 2)}\n`;
}

/**
 * The new version's introduction file: the base version's, with the new label and date, marked as
 * the council's own ("origin": "original"), since its words are not transcribed from a document.
 */
export function nextVersionMdx(baseMdx: string, label: string, published: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(baseMdx);
  if (!match) throw new Error('The base version has no frontmatter');
  // Replacement functions, never replacement strings: a label is written as given, and "$$", "$&" or
  // "$1" in it are characters, not String.replace patterns.
  const quoted = (value: string) => (_: string, key: string) => `${key}${JSON.stringify(value)}`;
  const front = match[1]!
    .replace(/("label"\s*:\s*)"[^"]*"/, quoted(label))
    .replace(/^(label\s*:\s*).*$/m, quoted(label))
    .replace(/("published"\s*:\s*)"[^"]*"/, quoted(published))
    .replace(/^(published\s*:\s*).*$/m, quoted(published));
  return baseMdx.replace(match[1]!, () => withOriginal(withoutCorrections(front)));
}

/**
 * A version's data (JSON, or YAML front matter) without the corrections made to it: they are notes
 * about that version as published (src/lib/content/published.ts), not part of the next one. Text
 * without corrections is returned as it was, so the new version's file keeps the old one's layout.
 */
export function withoutCorrections(text: string): string {
  if (!/^\s*"?corrections"?\s*:/m.test(text)) return text;
  const json = /^\{[\s\S]*\}$/.test(text.trim());
  const data = (json ? JSON.parse(text) : yaml.load(text, { schema: yaml.CORE_SCHEMA })) as Record<string, unknown>;
  delete data.corrections;
  return json ? JSON.stringify(data, null, 2) : yaml.dump(data, { lineWidth: -1 }).trimEnd();
}

/** A plan's newest version entry, by the versions' own order. */
export function latestVersionEntry(content: ContentSet, planKey: string) {
  return content.planVersions
    .filter((v) => v.id.startsWith(`${planKey}/`))
    .sort(comparePlanVersions)
    .at(-1);
}

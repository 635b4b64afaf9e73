// Quiet saves: what the editor writes differs from the file on disk only where the officer changed
// something. Keystatic serialises a whole document from its form: every field in the form's order,
// and every default ("partners": [] in 28 actions an officer never opened). These functions take
// the file as it was and as Keystatic would write it, and return the file with only the changed
// values rewritten: the original order of keys, no new empty lists, unchanged front matter kept
// byte for byte. src/editor/save-route.ts applies them to every save.
import yaml from 'js-yaml';
import { applyEdits, modify } from 'jsonc-parser';
import { isDeepStrictEqual } from 'node:util';
import { readYaml, splitFrontmatter } from '../lib/content/frontmatter.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A value a form writes for a field left empty, where the file had no such key: an empty list, an
 * empty text, no choice, an unticked box. No schema defaults a box to ticked (tests/editor-save.test.ts).
 */
const isUnwrittenDefault = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0);

/** A group of fields the form wrote with nothing in it: { "visited": {} } under notes by topic. */
const isEmptyGroup = (value: unknown) => isObject(value) && Object.keys(value).length === 0;

/** A value new to the file (a new action, a new file) without the empty lists and groups a form adds. */
function withoutDefaults(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutDefaults);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => !isUnwrittenDefault(v))
      .map(([k, v]) => [k, withoutDefaults(v)] as const)
      .filter(([, v]) => !isEmptyGroup(v)),
  );
}

/**
 * `next` (what the form saves) arranged like `old` (what the file held): keys in the file's order,
 * then new keys; a key the file did not have is not added for an empty list, nor for the value the
 * check gives it when absent (`parsed`: the file as the check read it, defaults filled in, such as
 * a plan version's "origin": "transcribed"); items matched by place.
 */
export function reconcile(old: Json | undefined, next: Json, parsed?: unknown): Json {
  if (old === undefined) return withoutDefaults(next);
  if (isObject(old) && isObject(next)) {
    const out: Record<string, Json> = {};
    const filled = isObject(parsed) ? parsed : {};
    for (const key of Object.keys(old))
      if (key in next && next[key] !== undefined) out[key] = reconcile(old[key], next[key]!, filled[key]);
    for (const key of Object.keys(next)) {
      if (key in old || isUnwrittenDefault(next[key])) continue;
      if (key in filled && isDeepStrictEqual(filled[key], next[key])) continue;
      const value = withoutDefaults(next[key]!);
      if (!isEmptyGroup(value)) out[key] = value;
    }
    return out;
  }
  if (Array.isArray(old) && Array.isArray(next))
    return next.map((item, i) => reconcile(old[i], item, Array.isArray(parsed) ? parsed[i] : undefined));
  return next;
}

/** One change to make in a JSON text: the value at `path` (undefined: remove it). */
interface Change {
  path: (string | number)[];
  value: Json | undefined;
}

/** The smallest changes that turn `old` into `next`: a changed value, an added or removed key. */
function changes(old: Json, next: Json, path: (string | number)[] = []): Change[] {
  if (isObject(old) && isObject(next)) {
    return [
      ...Object.keys(old)
        .filter((key) => !(key in next))
        .map((key) => ({ path: [...path, key], value: undefined })),
      ...Object.keys(next).flatMap((key) =>
        key in old ? changes(old[key]!, next[key]!, [...path, key]) : [{ path: [...path, key], value: next[key] }],
      ),
    ];
  }
  if (Array.isArray(old) && Array.isArray(next) && old.length === next.length)
    return next.flatMap((item, i) => changes(old[i]!, item, [...path, i]));
  return isDeepStrictEqual(old, next) ? [] : [{ path, value: next }];
}

/**
 * A JSON document as Keystatic would save it, rewritten to change only what changed: each changed
 * value is edited in place in the file's own text (jsonc-parser), so every other line, whatever its
 * layout, stays as it was.
 */
export function quietJson(oldText: string | undefined, newText: string, parsed?: unknown): string {
  const next = JSON.parse(newText) as Json;
  let old: Json | undefined;
  try {
    old = oldText === undefined ? undefined : (JSON.parse(oldText) as Json);
  } catch {
    // The file on disk was broken (a trailing comma): the form's save replaces it whole.
    old = undefined;
  }
  if (oldText === undefined || old === undefined) return `${JSON.stringify(reconcile(undefined, next), null, 2)}\n`;
  let text = oldText;
  const formattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };
  for (const change of changes(old, reconcile(old, next, parsed))) {
    text = applyEdits(text, modify(text, change.path, change.value, { formattingOptions }));
  }
  return text;
}

/** Each top-level key of a YAML front matter with the exact lines that hold it. */
function blocks(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let key: string | undefined;
  let lines: string[] = [];
  for (const line of text.split('\n')) {
    const start = /^([A-Za-z_][\w-]*):/.exec(line);
    if (start) {
      if (key !== undefined) out.set(key, lines.join('\n'));
      key = start[1]!;
      lines = [line];
    } else lines.push(line);
  }
  if (key !== undefined) out.set(key, lines.join('\n'));
  return out;
}

/** A Markdown document with front matter, rewritten so only the changed keys' lines and the body change. */
export function quietFrontmatter(oldText: string | undefined, newText: string, parsed?: unknown): string {
  const nextSplit = splitFrontmatter(newText);
  if (!nextSplit) return newText;
  const next = (readYaml(nextSplit.front) ?? {}) as Json;
  const oldSplit = oldText === undefined ? undefined : splitFrontmatter(oldText);
  let old: Json | undefined;
  try {
    old = oldSplit ? ((readYaml(oldSplit.front) ?? {}) as Json) : undefined;
  } catch {
    old = undefined;
  }
  const body = nextSplit.body;
  // The form's rich-text body may differ only in the blank lines around it: keep the file's.
  const oldBody = oldSplit?.body;
  const sameBody = oldBody !== undefined && oldBody.trim() === body.trim();
  // Front matter written as JSON (the plan versions' is) is edited in place as JSON, so it stays
  // JSON, and only the changed values' lines change.
  if (oldSplit && isObject(old) && /^\s*\{/.test(oldSplit.front)) {
    const front = quietJson(oldSplit.front, JSON.stringify(next), parsed).replace(/\n$/, '');
    return `---\n${front}\n---\n${sameBody ? oldBody : body}`;
  }
  const data = reconcile(old, next, parsed);
  if (!isObject(data)) return newText;
  const kept = oldSplit && isObject(old) ? blocks(oldSplit.front) : new Map<string, string>();
  const lines = Object.entries(data).map(([key, value]) =>
    isObject(old) && kept.has(key) && isDeepStrictEqual(old[key], value)
      ? kept.get(key)!
      : yaml.dump({ [key]: value }, { lineWidth: -1 }).trimEnd(),
  );
  return `---\n${lines.join('\n')}\n---\n${sameBody ? oldBody : body}`;
}

/**
 * The file `path` as the editor should write it, given what it held (undefined: a new file) and,
 * where the check could read it, its data with the defaults the check fills in.
 */
export function quietSave(path: string, oldText: string | undefined, newText: string, parsed?: unknown): string {
  if (path.endsWith('.json')) return quietJson(oldText, newText, parsed);
  if (/\.(mdx|md)$/.test(path)) return quietFrontmatter(oldText, newText, parsed);
  return newText;
}

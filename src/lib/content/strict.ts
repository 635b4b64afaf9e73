// Strict content, one mechanism for every schema: unknown fields are refused with a "did you mean",
// and zod's default messages ("Invalid input: expected string, received undefined") are replaced by
// what the field is (its .describe() text), what to write, and how to say the source is silent.
// Nothing here names a field: a field added to any schema is covered by declaring it there.
import type { z } from 'astro/zod';
import { show } from './problems.ts';
import { plural } from '../base/text.ts';

type AnySchema = z.ZodType;
interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
  options?: AnySchema[];
  valueType?: AnySchema;
  entries?: Record<string, string | number>;
  values?: unknown[];
  getter?: () => AnySchema;
}
const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** What a field is and how it may be left out, found by walking the schema's wrappers. */
export interface FieldInfo {
  schema: AnySchema;
  description?: string;
  optional: boolean;
  nullable: boolean;
  hasDefault: boolean;
}

/** Peels optional/nullable/default/pipe wrappers off a schema, collecting what they say. */
export function unwrap(schema: AnySchema): FieldInfo {
  const info: FieldInfo = { schema, optional: false, nullable: false, hasDefault: false };
  let current: AnySchema | undefined = schema;
  for (let i = 0; current && i < 20; i++) {
    info.description ??= (current as { description?: string }).description;
    const def = defOf(current);
    if (def.type === 'optional') info.optional = true;
    else if (def.type === 'nullable') info.nullable = true;
    else if (def.type === 'default' || def.type === 'prefault') info.hasDefault = true;
    const next: AnySchema | undefined =
      def.type === 'optional' ||
      def.type === 'nullable' ||
      def.type === 'default' ||
      def.type === 'prefault' ||
      def.type === 'readonly' ||
      def.type === 'catch' ||
      def.type === 'nonoptional'
        ? def.innerType
        : def.type === 'pipe'
          ? def.in
          : def.type === 'lazy' && def.getter
            ? def.getter()
            : undefined;
    if (!next) break;
    current = next;
  }
  info.schema = current ?? schema;
  return info;
}

/** The field a path leads to, and the nearest description on the way (an array's description stands for its items). */
export function fieldAt(root: AnySchema, path: readonly PropertyKey[]): (FieldInfo & { item: boolean }) | undefined {
  let info = unwrap(root);
  let description = info.description;
  let item = false;
  for (const key of path) {
    const def = defOf(info.schema);
    let next: AnySchema | undefined;
    if (def.type === 'object' && typeof key === 'string') next = def.shape?.[key];
    else if (def.type === 'array' && typeof key === 'number') next = def.element;
    else if (def.type === 'record') next = def.valueType;
    if (!next) return undefined;
    info = unwrap(next);
    item = typeof key === 'number';
    if (info.description || !item) description = info.description;
  }
  return { ...info, description, item };
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known name closest to an unknown one, if it is close enough to be a slip. */
export function closest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase().replace(/[-_ ]/g, '');
  let best: { name: string; d: number } | undefined;
  for (const candidate of known) {
    const c = candidate.toLowerCase();
    const d = c === lower ? 0 : distance(lower, c);
    if (!best || d < best.d) best = { name: candidate, d };
  }
  return best && best.d <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

/** A field that the schema does not declare: where it is, its name, and a likely intended name. */
export interface UnknownField {
  path: PropertyKey[];
  key: string;
  suggestion?: string;
  known: string[];
}

/** Every field in `data` that its schema does not declare, at any depth. */
export function unknownFields(schema: AnySchema, data: unknown, path: PropertyKey[] = []): UnknownField[] {
  const { schema: inner } = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object' && data && typeof data === 'object' && !Array.isArray(data)) {
    const shape = def.shape ?? {};
    const known = Object.keys(shape);
    return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) =>
      key in shape
        ? unknownFields(shape[key]!, value, [...path, key])
        : [{ path, key, suggestion: closest(key, known), known }],
    );
  }
  if (def.type === 'array' && Array.isArray(data) && def.element)
    return data.flatMap((value, i) => unknownFields(def.element!, value, [...path, i]));
  if (def.type === 'record' && data && typeof data === 'object' && def.valueType) {
    return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) =>
      unknownFields(def.valueType!, value, [...path, key]),
    );
  }
  if (def.type === 'union' && def.options) {
    // The option the data fits best decides; a union of non-objects has nothing to report.
    const reports = def.options.map((option) => unknownFields(option, data, path));
    return reports.reduce((a, b) => (b.length < a.length ? b : a), reports[0] ?? []);
  }
  return [];
}

/** The message for an unknown field. */
export function unknownFieldMessage(field: UnknownField): string {
  const lost = 'a field the site does not know would be left out without a word';
  if (field.suggestion)
    return `"${field.key}" is not a field here: did you mean "${field.suggestion}"? Rename it (${lost})`;
  return `"${field.key}" is not a field here (${lost}): the fields here are ${field.known.map((k) => `"${k}"`).join(', ')}. Rename it to one of them, or move its text into "notes" if there is one`;
}

const kinds: Record<string, string> = {
  string: 'text in double quotes, e.g. "…"',
  number: 'a number without quotes, e.g. 65',
  int: 'a whole number without quotes, e.g. 8',
  boolean: 'true or false, without quotes',
  array: 'a list in square brackets, e.g. ["…", "…"]',
  object: 'a group of fields in curly brackets, { … }',
  null: 'null',
};

function describeValue(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return `the date ${input.toISOString().slice(0, 10)} without quotes`;
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return `the text ${show(input)}`;
  if (typeof input === 'number') return `the number ${show(input)}`;
  return `${typeof input} ${show(input)}`;
}

/** How to record that the source document does not give this field, given how the schema allows it. */
function whenSilent(info: FieldInfo | undefined): string {
  if (!info) return '';
  if (info.nullable) return '; write null where the source does not say';
  if (info.optional) return '; leave the field out where the source does not say';
  if (info.hasDefault) return '; leave it out (or write []) where the source gives none';
  return '';
}

interface IssueInput {
  code: string;
  path?: PropertyKey[];
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: unknown[];
  format?: string;
  message?: string;
}

/**
 * An error map for zod's `safeParse(data, { error })`: replaces its default messages with an
 * author's. Schemas' own messages take precedence, so they stay as written.
 */
export function authorErrorMap(root: AnySchema) {
  return (issue: IssueInput): string | undefined => {
    const path = issue.path ?? [];
    const info = fieldAt(root, path);
    const what = info?.description ? `${info.description.replace(/\.$/, '')}` : 'this field';
    const silent = whenSilent(info?.item ? undefined : info);
    switch (issue.code) {
      case 'invalid_type': {
        const expected = issue.expected ?? 'value';
        const write = kinds[expected] ?? expected;
        if (issue.input === undefined) {
          return info && !info.optional && !info.hasDefault && !info.nullable
            ? `is missing. It is required (${what}): write ${write}. The site cannot publish this document without it`
            : `is missing (${what}): write ${write}${silent}`;
        }
        const hint =
          expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')
            ? `: write ${JSON.stringify(String(issue.input))}`
            : expected === 'array' && typeof issue.input === 'string'
              ? `: put it in a list, [${JSON.stringify(issue.input)}]`
              : expected === 'number' && typeof issue.input === 'string'
                ? `: write the number alone, without quotes or units${/^\s*-?\d+(\.\d+)?\s*$/.test(issue.input) ? `, ${issue.input.trim()}` : ''}`
                : '';
        const short = hint ? write.replace(/, e\.g\. .*$/, '') : write;
        return `${what}: must be ${short}, not ${describeValue(issue.input)}${hint}${silent}`;
      }
      case 'too_small':
        if (issue.origin === 'string') return `${what}: is empty: write the text${silent}`;
        if (issue.origin === 'array')
          return `${what}: needs at least ${plural(Number(issue.minimum), 'item')}${silent}`;
        return `${what}: ${show(issue.input)} is too small: it must be at least ${issue.minimum}`;
      case 'too_big':
        return `${what}: ${issue.origin === 'string' ? 'is too long' : `${show(issue.input)} is too big`}: at most ${issue.maximum}`;
      case 'invalid_value':
        return `${what}: ${show(issue.input)} is not allowed: use ${(issue.values ?? []).map((v) => show(v)).join(', ')}${silent}`;
      case 'invalid_format':
        return `${what}: ${show(issue.input)} is not in the right form (${issue.format})`;
      case 'not_multiple_of':
        return `${what}: ${show(issue.input)} must be a whole number`;
      case 'unrecognized_keys':
        return undefined;
      default:
        return undefined;
    }
  };
}

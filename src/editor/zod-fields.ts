// The editor's form fields, generated from the zod schemas that `npm run check` applies, so the
// two cannot drift apart: every key of a schema becomes a field with the schema's `.describe()`
// text as its label and help, its enum values as the only choices, its required / optional /
// nullable / default as the field's, and its length, regex and registered refinements
// (editorPatterns) as the field's validation, shown beside the field before saving.
// A construct the form cannot edit (a union, an optional group) becomes `fields.ignored()`, which
// keeps the stored value untouched; `describeFields` lists them, and tests/editor-fields.test.ts
// proves the correspondence key by key.
import { fields } from '@keystatic/core';
import type { ComponentSchema } from '@keystatic/core';
import { createElement, Fragment, type ComponentType } from 'react';
import type { z } from 'astro/zod';
import { editorPatterns } from '../schemas/common.ts';
import { notStated } from '../lib/base/vocabulary.ts';

/** The parts of a zod v4 schema's definition the generator reads. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  defaultValue?: unknown;
  checks?: {
    _zod: {
      def: { check: string; format?: string; pattern?: RegExp; minimum?: number; fn?: unknown; error?: unknown };
    };
  }[];
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** What a schema says about a value once its wrappers (optional, nullable, default) are peeled. */
export interface FieldShape {
  /** The innermost schema: string, number, boolean, enum, array or object. */
  core: z.ZodType;
  type: string;
  optional: boolean;
  nullable: boolean;
  defaultValue?: unknown;
  description?: string;
}

/** Peels optional / nullable / default wrappers, keeping the outermost description. */
export function shapeOf(schema: z.ZodType): FieldShape {
  const shape: FieldShape = { core: schema, type: '', optional: false, nullable: false };
  let node = schema;
  for (;;) {
    shape.description ??= node.description;
    const def = defOf(node);
    if (def.type === 'optional') shape.optional = true;
    else if (def.type === 'nullable') shape.nullable = true;
    else if (def.type === 'default')
      shape.defaultValue =
        typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
    else break;
    node = def.innerType!;
  }
  shape.core = node;
  shape.type = defOf(node).type;
  return shape;
}

/**
 * A schema's description in an officer's words: the check's descriptions name the file's keys and
 * null for the people who write files; a form has a "not in the source" note and empty choices.
 */
export function officerWords(text: string): string {
  return text
    .replace(
      /\bdateNotes\.(\w+)\.notInSource\b/g,
      (_, topic: string) => `"Notes on the dates", ${keyWords(topic)}, "Where the date is left out"`,
    )
    .replace(/,? or null when not yet rated/g, '')
    .replace(/\s*\(or null\)|,? or null\b/g, '')
    .replace(/\bnotInSource(\.\w+)?/g, 'the "not in the source" note');
}

/** A key in words, where its schema gives none: "keyAction" → "Key action". */
export const keyWords = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^./, (c) => c.toUpperCase());

/** A field's label: its description up to the first colon ("Reference number: "1.1.1"" → "Reference number"). */
function labelOf(key: string, description: string | undefined): string {
  const text = description ? officerWords(description) : keyWords(key);
  return text.split(/:\s/)[0]!.replace(/^./, (c) => c.toUpperCase());
}

/**
 * The help under a field: the full description and what an empty field means, in an officer's
 * words (never the file's key: an officer edits forms, not files).
 */
export function helpOf(key: string, shape: FieldShape, extra?: string): string {
  const described = shape.description ? officerWords(shape.description) : undefined;
  const parts = [described && described !== labelOf(key, shape.description) ? described : ''];
  if (extra) parts.push(extra);
  if (shape.optional) parts.push('Optional: leave empty if the source does not say.');
  // Each part a sentence: "…the date is shown. Optional: …", never "…the date is shown Optional: …".
  return parts
    .filter(Boolean)
    .map((part, i, all) => (i < all.length - 1 && !/[.!?:]$/.test(part) ? `${part}.` : part))
    .join(' ');
}

/** Human words for an enum value: "no-change" → "No change". */
export const optionLabel = (value: string) => value.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/**
 * The message a zod check gives for a bad value, reworded for a form: the zod message names the
 * value ("\"20/11/2019\" is not a date: …"); the form says "This is not a date: …".
 */
function messageOf(error: unknown, fallback: string): string {
  const sentinel = '\u0000value\u0000';
  const raw =
    typeof error === 'function' ? (error as (issue: { input: string }) => unknown)({ input: sentinel }) : error;
  const text =
    typeof raw === 'string' ? raw : typeof raw === 'object' && raw && 'message' in raw ? String(raw.message) : fallback;
  return text
    .replace(JSON.stringify(sentinel), 'This')
    .replace(/^must /, 'This must ')
    .replace(/^./, (c) => c.toUpperCase());
}

/** The length and pattern a string schema requires, as the editor's text validation. */
export function stringRules(schema: z.ZodType): { min: number; pattern?: { regex: RegExp; message: string } } {
  let min = 0;
  let pattern: { regex: RegExp; message: string } | undefined;
  // z.url(): a web address, as the check reads one (the form cannot run the URL parser itself).
  if ((defOf(schema) as { format?: string }).format === 'url')
    pattern = {
      regex: /^https?:\/\/[^\s/?#]+\.[^\s]*$/,
      message: messageOf(
        defOf(schema).checks?.[0]?._zod.def.error ?? (defOf(schema) as { error?: unknown }).error,
        'This must be a web address starting https://',
      ),
    };
  // z.email(): an email address, by zod's own pattern.
  if ((defOf(schema) as { format?: string }).format === 'email')
    pattern = {
      regex: (defOf(schema) as { pattern?: RegExp }).pattern ?? /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
      message: messageOf((defOf(schema) as { error?: unknown }).error, 'This must be an email address'),
    };
  for (const check of defOf(schema).checks ?? []) {
    const def = check._zod.def;
    if (def.check === 'min_length') min = Math.max(min, def.minimum ?? 0);
    else if (def.check === 'string_format' && def.format === 'regex' && def.pattern) {
      pattern = { regex: def.pattern, message: messageOf(def.error, `This must match ${def.pattern}`) };
    } else if (
      def.check === 'custom' &&
      typeof def.fn === 'function' &&
      editorPatterns.has(def.fn as (v: string) => boolean)
    ) {
      pattern = {
        regex: editorPatterns.get(def.fn as (v: string) => boolean)!,
        message: messageOf(def.error, 'This is not allowed here'),
      };
    }
  }
  return pattern ? { min, pattern } : { min };
}

/** Keys whose text is one line (names, ids, dates); any other text gets a multi-line box. */
const oneLine =
  /^(title|name|shortName|abbreviation|ref|previousRef|reference|label|id|lead|timescale|period|source|file|date|published|due|starts|when|area|judgement|statedIn|inspectorate|issuedBy|issued|addressee|inspection|indicator|dueText|basisText|dataPeriod|fieldworkStart|fieldworkEnd|citation|term|publishAt|publisher|address)$/;

/** Overrides for particular keys: a field to use instead of the generated one. */
export type Overrides = Record<string, ComponentSchema | ((generated: ComponentSchema) => ComponentSchema)>;

/** A select whose empty choice stands for null (or an absent key): "Not yet rated". */
export function nullableSelect(options: {
  label: string;
  description: string;
  choices: { label: string; value: string }[];
  empty: string;
  absentKey?: boolean;
}): ComponentSchema {
  const base = choice({
    label: options.label,
    description: options.description,
    options: [{ label: options.empty, value: '' }, ...options.choices],
    defaultValue: '',
  }) as unknown as {
    parse: (value: unknown) => unknown;
    validate: (value: unknown) => unknown;
  };
  const parse = (value: unknown) => (value === null || value === undefined ? '' : base.parse(value));
  return {
    ...base,
    parse,
    serialize: (value: string) => ({ value: value === '' ? (options.absentKey ? undefined : null) : value }),
    reader: { parse: (value: unknown) => base.validate(parse(value)) },
  } as ComponentSchema;
}

/** What a choice field says under itself when its file holds a value its list does not. */
export const unlistedWarning = (value: unknown) =>
  `This file says ${JSON.stringify(value)}, which is not one of the choices. Pick one: until then the save is refused, and nothing else in the form is lost.`;

/**
 * A choice from a fixed list (Keystatic's select) that still opens when the file holds a value the
 * list does not (a hand edit, a document since renamed): the value is kept as it is, the field's
 * description becomes the warning (so a screen reader hears it with the field: the description is
 * tied to it), a red flag under the field marks it for the eye, and the save's check refuses it in
 * its own words. Keystatic's own select refuses to open the whole form, locking the officer out of
 * the form that would fix it.
 */
export function choice(options: {
  label: string;
  description?: string;
  options: { label: string; value: string }[];
  defaultValue: string;
}): ComponentSchema {
  const base = fields.select(options) as unknown as {
    Input: ComponentType<{ value: unknown; description?: string }>;
  };
  const known = new Set(options.options.map((o) => o.value));
  const parse = (value: unknown) => (value === undefined ? options.defaultValue : value);
  const Input = (props: { value: unknown }) => {
    if (typeof props.value === 'string' && known.has(props.value)) return createElement(base.Input, props);
    return createElement(
      Fragment,
      null,
      // Keystatic's select takes a description from its props over its own.
      createElement(base.Input, { ...props, description: unlistedWarning(props.value) }),
      createElement(
        'p',
        {
          'data-unlisted': '',
          // The same words are the field's description, which a screen reader already reads with it.
          'aria-hidden': 'true',
          style: { color: '#b3261e', fontSize: '0.875rem', fontWeight: 600, margin: '0.25rem 0 0' },
        },
        '⚠ Not one of the choices: pick one above.',
      ),
    );
  };
  return { ...base, parse, Input, reader: { parse } } as unknown as ComponentSchema;
}

/** A text field whose empty value stands for null: a paragraph whose text is not known. */
function nullableText(label: string, description: string, multiline: boolean): ComponentSchema {
  const base = fields.text({ label, description, multiline });
  return {
    ...base,
    parse: (value: unknown, extra?: { slug: string }) =>
      value === null ? '' : base.parse(value as string, extra as never),
    serialize: (value: string) => ({ value: value === '' ? null : value }),
  } as ComponentSchema;
}

/** The label an array item shows in its list: its ref and title, question, name or text. */
function itemLabelFor(element: FieldShape): ((props: unknown) => string) | undefined {
  const keys = element.type === 'object' ? Object.keys(defOf(element.core).shape!) : [];
  const wanted = [
    'ref',
    'number',
    'title',
    'question',
    'name',
    'label',
    'text',
    'area',
    'period',
    'term',
    'id',
    'note',
  ].filter((k) => keys.includes(k));
  if (element.type === 'object' && wanted.length === 0) return undefined;
  return (props: unknown) => {
    const read = (p: unknown): unknown => (p as { value?: unknown } | undefined)?.value;
    if (element.type !== 'object') return String(read(props) ?? '') || '(empty)';
    const fields = (props as { fields: Record<string, unknown> }).fields;
    const texts = wanted
      .slice(0, 2)
      .map((k) => String(read(fields[k]) ?? ''))
      .filter(Boolean);
    const label = texts.join(' ').trim();
    return label.length > 90 ? `${label.slice(0, 87)}…` : label || '(empty)';
  };
}

/** The editor field for one key of a zod object schema. */
export function fieldFor(key: string, schema: z.ZodType, overrides: Overrides = {}, path = key): ComponentSchema {
  const override = overrides[path];
  if (override && typeof override !== 'function') return override;
  const generated = generate(key, schema, overrides, path);
  return typeof override === 'function' ? override(generated) : generated;
}

function generate(key: string, schema: z.ZodType, overrides: Overrides, path: string): ComponentSchema {
  const shape = shapeOf(schema);
  const label = labelOf(key, shape.description);
  const def = defOf(shape.core);
  switch (shape.type) {
    case 'string': {
      const rules = stringRules(shape.core);
      const multiline = !oneLine.test(key) && !rules.pattern;
      if (shape.nullable)
        return nullableText(label, helpOf(key, shape, 'Leave empty where it is not known.'), multiline);
      // Required when the schema refuses an empty value (a minimum length, or a date's pattern).
      const required = !shape.optional && !shape.core.safeParse('').success;
      return fields.text({
        label,
        description: helpOf(key, shape),
        multiline,
        ...(typeof shape.defaultValue === 'string' ? { defaultValue: shape.defaultValue } : {}),
        validation: {
          length: { min: shape.optional ? 0 : Math.max(rules.min, required ? 1 : 0) },
          ...(rules.pattern ? { pattern: optionalPattern(rules.pattern, shape.optional) } : {}),
          isRequired: required,
        },
      });
    }
    case 'number': {
      const integer = (def.checks ?? []).some(
        (c) => c._zod.def.check === 'number_format' && /int/.test(c._zod.def.format ?? ''),
      );
      const min = (def.checks ?? []).find((c) => c._zod.def.check === 'greater_than')?._zod.def as
        { value?: number; inclusive?: boolean } | undefined;
      const options = {
        label,
        description: helpOf(key, shape),
        ...(typeof shape.defaultValue === 'number' ? { defaultValue: shape.defaultValue } : {}),
        validation: {
          isRequired: !shape.optional && !shape.nullable,
          ...(min?.value !== undefined ? { min: min.inclusive ? min.value : min.value + 1 } : {}),
        },
      };
      return integer ? fields.integer(options) : fields.number(options);
    }
    case 'boolean':
      return fields.checkbox({ label, description: helpOf(key, shape), defaultValue: shape.defaultValue === true });
    case 'enum': {
      const values = Object.values(def.entries!);
      const choices = values.map((value) => ({ label: optionLabel(value), value }));
      const help = helpOf(key, shape, `One of: ${values.map(optionLabel).join(', ')}.`);
      if (shape.optional || shape.nullable) {
        return nullableSelect({
          label,
          description: help,
          choices,
          empty: shape.nullable ? notStated : 'Not given',
          absentKey: !shape.nullable,
        });
      }
      const defaultValue = typeof shape.defaultValue === 'string' ? shape.defaultValue : values[0]!;
      return choice({ label, description: help, options: choices, defaultValue });
    }
    case 'array': {
      if (shape.optional || shape.nullable) return keptAsIs();
      const element = shapeOf(def.element!);
      const min = (def.checks ?? []).find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
      const itemLabel = itemLabelFor(element);
      return fields.array(fieldFor(singular(key), def.element!, overrides, `${path}[]`), {
        label,
        description: helpOf(key, shape, min > 0 ? `At least ${min}.` : undefined),
        ...(itemLabel ? { itemLabel } : {}),
        ...(min > 0 ? { validation: { length: { min } } } : {}),
      });
    }
    case 'object': {
      if (shape.optional || shape.nullable) return keptAsIs();
      return fields.object(objectFields(shape.core as z.ZodObject, overrides, `${path}.`), {
        label,
        description: helpOf(key, shape),
      });
    }
    case 'record': {
      // Notes by topic ({ "visited": { "words": "…" } }): a group per topic the schema names, each
      // with the note's fields; a topic left empty is not written (src/editor/quiet.ts).
      const keys = defOf(def.keyType!);
      const value = shapeOf(def.valueType!);
      if (shape.optional || shape.nullable || keys.type !== 'enum' || value.type !== 'object') return keptAsIs();
      return fields.object(
        Object.fromEntries(
          Object.values(keys.entries!).map((topic) => [
            topic,
            fields.object(objectFields(value.core as z.ZodObject, overrides, `${path}.${topic}.`), {
              label: keyWords(topic),
            }),
          ]),
        ),
        { label, description: helpOf(key, shape) },
      );
    }
    default:
      return keptAsIs();
  }
}

/**
 * A field the form shows nothing for and saves exactly as it was read (an optional group, a
 * union): `keptAsIs` marks it for tests/editor-fields.test.ts, which lists every one.
 */
export function keptAsIs(): ComponentSchema {
  return Object.assign(fields.ignored(), { keptAsIs: true });
}

/** An optional field's pattern also accepts the empty value. */
function optionalPattern(pattern: { regex: RegExp; message: string }, optional: boolean) {
  return optional ? { regex: new RegExp(`^$|${pattern.regex.source}`), message: pattern.message } : pattern;
}

/** The key an array's items are shown under: "keyActions" → "keyAction". */
function singular(key: string): string {
  return key.replace(/ies$/, 'y').replace(/s$/, '');
}

/** Every key of a zod object schema as an editor field. */
export function objectFields(
  schema: z.ZodObject,
  overrides: Overrides = {},
  prefix = '',
): Record<string, ComponentSchema> {
  const shape = defOf(schema).shape!;
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, fieldFor(key, field, overrides, `${prefix}${key}`)]),
  );
}

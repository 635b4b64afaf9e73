// Checks a Frictionless Data Package (v1) and the files it describes, offline:
// - the descriptor against the specification's own JSON Schemas (tests/fixtures/frictionless, the
//   Data Package and Tabular Data Resource profiles as published by Frictionless Data), with ajv;
// - each tabular file against its Table Schema: the header is the fields in order, every value has
//   its field's type and meets its constraints (required, enum, pattern), the primary key is unique;
// - each CSV as RFC 4180 says and spreadsheet programs need: UTF-8 with a byte-order mark, CRLF
//   between records.
// Returns the problems, empty when all is well. The npm "datapackage" library was tried first: it is
// unmaintained and cannot read a CSV that starts with a byte-order mark.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { readSheet } from '../src/lib/spreadsheets/sheet-files.ts';

const profile = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/frictionless/${name}.json`, import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
const validatePackage = ajv.compile(profile('data-package'));
const validateTabular = ajv.compile(profile('tabular-data-resource'));

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: unknown[]; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  profile?: string;
  format?: string;
  schema?: { fields: Field[]; primaryKey?: string; missingValues?: string[] };
}

const ajvProblems = (where: string, errors: typeof validatePackage.errors) =>
  (errors ?? []).map((e) => `${where}${e.instancePath}: ${e.message}`);

/** The descriptor's problems by the Data Package and Tabular Data Resource profiles. */
export function descriptorProblems(descriptor: unknown): string[] {
  const problems = validatePackage(descriptor) ? [] : ajvProblems('datapackage.json', validatePackage.errors);
  for (const resource of (descriptor as { resources?: Resource[] }).resources ?? []) {
    if (resource.profile !== 'tabular-data-resource') continue;
    const valid: boolean = validateTabular(resource as unknown);
    if (!valid) problems.push(...ajvProblems(`resource ${resource.name}`, validateTabular.errors));
  }
  return problems;
}

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'integer'
          : 'number'
        : typeof value;

/** A value's problem against its field (Table Schema's types and constraints), or undefined. */
function valueProblem(field: Field, value: unknown, missing: readonly string[]): string | undefined {
  const absent = value === null || value === undefined || (typeof value === 'string' && missing.includes(value));
  if (absent) return field.constraints?.required ? 'is required but missing' : undefined;
  const type = typeOf(value);
  const fits = field.type === 'any' || type === field.type || (field.type === 'number' && type === 'integer');
  if (!fits) return `is ${type}, not ${field.type}`;
  const { enum: allowed, pattern } = field.constraints ?? {};
  if (allowed && !allowed.some((a) => JSON.stringify(a) === JSON.stringify(value)))
    return `${JSON.stringify(value)} is not one of ${JSON.stringify(allowed)}`;
  // Table Schema patterns match the whole value (XML Schema regular expressions).
  if (pattern && !new RegExp(`^(?:${pattern})$`, 'u').test(String(value)))
    return `${JSON.stringify(value)} does not match ${pattern}`;
  return undefined;
}

/** Rows (objects keyed by column) against a Table Schema. */
export function rowProblems(
  where: string,
  schema: NonNullable<Resource['schema']>,
  rows: readonly Record<string, unknown>[],
): string[] {
  const problems: string[] = [];
  const names = new Set(schema.fields.map((f) => f.name));
  const missing = schema.missingValues ?? [''];
  const keys = new Set<string>();
  rows.forEach((row, i) => {
    for (const key of Object.keys(row))
      if (!names.has(key)) problems.push(`${where} row ${i + 1}: "${key}" is no field of its schema`);
    for (const field of schema.fields) {
      const problem = valueProblem(field, row[field.name], missing);
      if (problem) problems.push(`${where} row ${i + 1}, ${field.name}: ${problem}`);
    }
    if (schema.primaryKey) {
      const key = JSON.stringify(row[schema.primaryKey]);
      if (keys.has(key)) problems.push(`${where} row ${i + 1}: primary key ${key} is another row's too`);
      keys.add(key);
    }
  });
  return problems;
}

/** A CSV file's problems as a file (byte-order mark, CRLF) and against its Table Schema. */
export async function csvProblems(
  where: string,
  bytes: Buffer,
  schema: NonNullable<Resource['schema']>,
): Promise<string[]> {
  const problems: string[] = [];
  if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf))
    problems.push(`${where}: no UTF-8 byte-order mark, so Excel on Windows misreads its dashes and accents`);
  const text = bytes.toString('utf8');
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n' && text[i - 1] !== '\r') {
      problems.push(`${where}: a record ends with a bare line feed at character ${i}, not CRLF (RFC 4180)`);
      break;
    } else if (!quoted && c === '\r' && text[i + 1] !== '\n') {
      problems.push(`${where}: a bare carriage return at character ${i} (RFC 4180)`);
      break;
    }
  }
  const [header = [], ...body] = await readSheet(bytes, 'csv');
  const names = schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names))
    problems.push(
      `${where}: the header is ${JSON.stringify(header)}, not its schema's fields ${JSON.stringify(names)}`,
    );
  const rows = body.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
  return [...problems, ...rowProblems(where, schema, rows)];
}

/**
 * The whole package under `folder` (the descriptor's own folder): the descriptor, every file it
 * names present, and every tabular file's data; with the files `expectedFiles` says must be described.
 */
export async function packageProblems(
  folder: string,
  read: (path: string) => Buffer | undefined,
  expectedFiles: readonly string[] = [],
): Promise<string[]> {
  const descriptorBytes = read(`${folder}/datapackage.json`);
  if (!descriptorBytes) return [`${folder}/datapackage.json is missing`];
  const descriptor = JSON.parse(descriptorBytes.toString('utf8')) as { resources?: Resource[] };
  const problems = descriptorProblems(descriptor);
  const described = new Set((descriptor.resources ?? []).map((r) => r.path));
  for (const file of expectedFiles) if (!described.has(file)) problems.push(`${file} is published but not described`);
  for (const resource of descriptor.resources ?? []) {
    const bytes = read(`${folder}/${resource.path}`);
    if (!bytes) {
      problems.push(`${resource.name}: ${resource.path} is missing`);
      continue;
    }
    if (resource.profile !== 'tabular-data-resource' || !resource.schema) continue;
    if (resource.format === 'csv') problems.push(...(await csvProblems(resource.name, bytes, resource.schema)));
    else if (resource.format === 'json') {
      const rows = JSON.parse(bytes.toString('utf8')) as unknown;
      if (!Array.isArray(rows)) problems.push(`${resource.name}: not a list of records`);
      else problems.push(...rowProblems(resource.name, resource.schema, rows as Record<string, unknown>[]));
    }
  }
  return problems;
}

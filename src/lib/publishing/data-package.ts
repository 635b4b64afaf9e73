/**
 * The site's Frictionless Data Package (/data/datapackage.json, Data Package v1): one descriptor that
 * names every published table (each dataset's JSON file, each plan version's CSV and workbook) with
 * its columns, their types and meanings, so open-data tools read the files without guessing. Pure.
 */
import type { Graph, PlanVersionNode } from '../graph/graph.ts';
import { dotLabel, titleOf } from '../derivations/labels.ts';
import { slugify } from '../base/ids.ts';
import { dotValues } from '../../schemas/plan-outline.ts';
import { csvDatasets } from '../../schemas/open-data.ts';
import { columnMeanings, columns } from '../spreadsheets/spreadsheet.ts';
import { csvHeader, datasetJsonSchema, datasetNames } from './open-data.ts';
import { planSheetName } from './plan-downloads.ts';

/** A field of a Table Schema (https://specs.frictionlessdata.io/table-schema/). */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'any';
  description: string;
  constraints?: { required?: boolean; enum?: unknown[]; pattern?: string };
}

/** A resource of the package: a tabular file with its Table Schema, or (the workbook) a plain file. */
export interface DataResource {
  profile: 'tabular-data-resource' | 'data-resource';
  name: string;
  path: string;
  title: string;
  description: string;
  format: string;
  mediatype: string;
  encoding?: string;
  dialect?: Record<string, unknown>;
  schema?: { fields: TableField[]; primaryKey?: string; missingValues?: string[] };
}

export interface DataPackage {
  profile: 'data-package';
  name: string;
  title: string;
  description: string;
  homepage: string;
  licenses: { path: string; title: string }[];
  contributors: { title: string; role: 'publisher'; path: string }[];
  resources: DataResource[];
}

/** What the descriptor says about the site itself. */
export interface DataPackageSite {
  name: string;
  tagline: string;
  url: string;
  publisher: string;
  licence: { name: string; url: string };
}

interface JsonField {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  anyOf?: JsonField[];
}

const tableTypes = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object']);

/** A JSON Schema property as a Table Schema field: its type (null allowed when not required), meaning and values. */
function fieldOfJson(name: string, property: JsonField, required: boolean): TableField {
  const variants = property.anyOf ?? [property];
  const all = variants.flatMap((v) => v.type ?? []);
  const types = [...new Set(all.filter((t) => t !== 'null'))];
  const nullable = all.includes('null');
  const type = types.length === 1 && tableTypes.has(types[0]!) ? (types[0] as TableField['type']) : 'any';
  const values = variants.flatMap((v) => v.enum ?? []);
  const description = property.description ?? variants.find((v) => v.description)?.description ?? '';
  const constraints = {
    ...(required && !nullable ? { required: true } : {}),
    ...(values.length > 0 ? { enum: values } : {}),
  };
  return { name, type, description, ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
}

/** The Table Schema of a dataset's records, read from its JSON Schema (one home for each field's words). */
export function datasetTableSchema(name: string): { fields: TableField[] } {
  const schema = datasetJsonSchema(name) as {
    items: { properties: Record<string, JsonField>; required?: string[] };
  };
  const required = new Set(schema.items.required ?? []);
  return {
    fields: Object.entries(schema.items.properties).map(([field, property]) =>
      fieldOfJson(field, property, required.has(field)),
    ),
  };
}

/** Columns a sheet cannot be read back without (spreadsheet.ts's rowsToOutline requires them). */
const requiredColumns = new Set<string>([
  'Ref',
  'Theme',
  'Objective',
  'Desired outcome for children',
  'Actions',
  'Lead',
  'Timescale',
]);

/** The Table Schema of a plan version's spreadsheet: every column as text, with the values some allow. */
export function sheetTableSchema(version: PlanVersionNode): NonNullable<DataResource['schema']> {
  const allowed: Partial<Record<string, Pick<NonNullable<TableField['constraints']>, 'enum' | 'pattern'>>> = {
    Ref: { pattern: '\\d+\\.\\d+\\.\\d+' },
    'Previous ref': { pattern: '\\d+\\.\\d+\\.\\d+' },
    'Due date (ISO 8601)': { pattern: '\\d{4}-\\d{2}(-\\d{2})?' },
    RAG: { enum: (version.data.ratingScale?.ratings ?? []).map((r) => r.label) },
    DOT: { enum: dotValues.map(dotLabel) },
    Paragraphs: { pattern: '\\d+(, \\d+)*' },
    'Internal data': { enum: ['Yes'] },
  };
  return {
    fields: columns.map((name) => {
      const constraints = {
        ...(requiredColumns.has(name) ? { required: true } : {}),
        ...allowed[name],
      };
      return {
        name,
        type: 'string' as const,
        description: columnMeanings[name],
        ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
      };
    }),
    primaryKey: 'Ref',
    // An empty cell is a value the plan does not give.
    missingValues: [''],
  };
}

/** The CSV dialect the site writes (sheet-files.ts's csvOf): RFC 4180 with every field quoted. */
const csvDialect = {
  csvddfVersion: 1.2,
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
  skipInitialSpace: false,
};

/** What each field of a dataset's JSON means, from its schema: the same words serve its CSV column. */
const jsonMeanings = (name: string) =>
  new Map(datasetTableSchema(name).fields.map((f) => [f.name, f.description] as const));

/** The recommendation views' CSV columns, which flatten its records (one row per plan). */
const viewColumnMeanings: Record<string, string> = {
  authority: 'The council id',
  inspection: "The inspection's id",
  recommendation: "The recommendation's id in its report",
  councilPlan: 'The plan whose actions answer it (empty where none does)',
  councilVersion: "That plan's latest version published here",
  councilVersionPublished: "That version's own date, at the precision it gives",
  councilActions: 'How many of its actions answer the recommendation',
  councilRatings: 'The council\'s own ratings of those actions, as counts ("2 Green; 1 Amber")',
  inspectorsVisit: 'The monitoring visit whose letter last speaks to it (empty where none is published here)',
  inspectorsVisited: "That visit's date, at the precision known",
  inspectorsLetter: "The letter's date, where a source gives it",
  inspectorsFinding: "The finding, in the letter's words",
  inspectorsTiedBy: 'The words of the letter that tie the finding to the recommendation',
  url: "The recommendation's page",
};

/** The site's data package: every dataset, then each plan version's CSV and workbook. */
export function dataPackage(graph: Graph, site: DataPackageSite): DataPackage {
  const datasets = datasetNames().map((name): DataResource => ({
    profile: 'tabular-data-resource',
    name,
    path: `${name}.json`,
    title: name,
    description: `${(datasetJsonSchema(name) as { description?: string }).description ?? name}: a list of records, one object per row, each field a column below; the same records are described by the JSON Schema ${name}.schema.json.`,
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    schema: datasetTableSchema(name),
  }));
  // The flat datasets as CSV too: the same records, lists joined by "; ", every cell text.
  const tables = csvDatasets.map((name): DataResource => ({
    profile: 'tabular-data-resource',
    name: `${name}-csv`,
    path: `${name}.csv`,
    title: `${name} (CSV)`,
    description: `${name} as a table: the records of ${name}.json, one row each (lists joined by "; "), every cell text. UTF-8 with a byte-order mark.`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: csvDialect,
    schema: {
      fields: csvHeader(name).map((field) => ({
        name: field,
        type: 'string' as const,
        description: jsonMeanings(name).get(field) ?? viewColumnMeanings[field] ?? field,
      })),
      missingValues: [''],
    },
  }));
  const sheets = [...graph.planVersions.values()].flatMap((version): DataResource[] => {
    const file = planSheetName(version);
    const title = titleOf(version);
    return [
      {
        profile: 'tabular-data-resource',
        name: file,
        path: `plans/${file}.csv`,
        title: `${title} (CSV)`,
        description: `${title}: one row per action, in the columns the council's plan has. UTF-8 with a byte-order mark; edited, it can be imported as the plan's next version.`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: csvDialect,
        schema: sheetTableSchema(version),
      },
      {
        profile: 'data-resource',
        name: `${file}-xlsx`,
        path: `plans/${file}.xlsx`,
        title: `${title} (Excel workbook)`,
        description: `${title}: the same rows and columns as ${file}.csv, every cell text, on one sheet named "Actions".`,
        format: 'xlsx',
        mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    ];
  });
  return {
    profile: 'data-package',
    name: slugify(site.name),
    title: site.name,
    description: `${site.tagline}. Every table this site publishes, with its columns.`,
    homepage: site.url,
    licenses: [{ path: site.licence.url, title: site.licence.name }],
    contributors: [{ title: site.publisher, role: 'publisher', path: site.url }],
    resources: [...datasets, ...tables, ...sheets],
  };
}

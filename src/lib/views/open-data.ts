/**
 * The open-data page (/data/): the downloads with their record counts, each plan version's
 * spreadsheets, the feeds, and the data dictionary read from each dataset's JSON Schema. Pure.
 */
import type { Graph } from '../graph/graph.ts';
import { titleOf } from '../derivations/labels.ts';
import { planFeedPath } from '../publishing/feeds.ts';
import { csvDatasets } from '../../schemas/open-data.ts';
import { datasetJsonSchema, datasetNames } from '../publishing/open-data.ts';
import { planSheetName } from '../publishing/plan-downloads.ts';
import { columnMeanings, columns } from '../spreadsheets/spreadsheet.ts';

interface FieldSchema {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  anyOf?: FieldSchema[];
  items?: FieldSchema;
  properties?: Record<string, FieldSchema>;
  required?: string[];
}

/** One field of a dataset, as the dictionary describes it. */
export interface DictionaryField {
  /** "title", or "sources[].address" for a field of each item of a list. */
  field: string;
  type: string;
  meaning: string;
  allowed: string;
  required: boolean;
}

export interface OpenDataView {
  /** The Frictionless Data Package describing every table below and its columns. */
  dataPackage: string;
  /** The plan spreadsheets' columns, with what each holds. */
  sheetColumns: { name: string; meaning: string }[];
  /** `csv` for the flat datasets also published as CSV, described by the same schema. */
  downloads: { name: string; records: number; data: string; csv?: string; schema: string }[];
  spreadsheets: { title: string; rows: number; xlsx: string; csv: string }[];
  feeds: { text: string; href: string }[];
  dictionary: { name: string; fields: DictionaryField[] }[];
}

/** A JSON Schema's type in words: "string", "list of object", "string or null". */
function describe(s: FieldSchema): Pick<DictionaryField, 'type' | 'meaning' | 'allowed'> {
  const variants = s.anyOf ?? [s];
  const type = variants
    .map((v) => (v.type === 'array' ? `list of ${v.items?.type ?? 'values'}` : (v.type ?? 'object')))
    .join(' or ');
  const allowed = variants
    .flatMap((v) => v.enum ?? [])
    .map((x) => JSON.stringify(x))
    .join(', ');
  return {
    type: String(type),
    meaning: s.description ?? variants.find((v) => v.description)?.description ?? '',
    allowed,
  };
}

/**
 * Lists whose items are described field by field as well: the document's sources (title, publisher,
 * date, public address), which readers of open data ask for by name.
 */
const itemised = new Set(['sources']);

/** The fields of one dataset, with the fields of each source under "sources[]". */
export function dictionaryFields(name: string): DictionaryField[] {
  const schema = datasetJsonSchema(name) as { items: { properties: Record<string, FieldSchema>; required?: string[] } };
  return Object.entries(schema.items.properties).flatMap(([field, s]) => {
    const own = { field, ...describe(s), required: schema.items.required?.includes(field) ?? false };
    const items = itemised.has(field) ? s.items : undefined;
    if (!items?.properties) return [own];
    return [
      own,
      ...Object.entries(items.properties).map(([sub, ss]) => ({
        field: `${field}[].${sub}`,
        ...describe(ss),
        required: items.required?.includes(sub) ?? false,
      })),
    ];
  });
}

/** The open-data page, from the graph and the datasets built from it. */
export function openDataView(graph: Graph, data: Readonly<Record<string, readonly unknown[]>>): OpenDataView {
  return {
    dataPackage: '/data/datapackage.json',
    sheetColumns: columns.map((name) => ({ name, meaning: columnMeanings[name] })),
    downloads: datasetNames().map((name) => ({
      name,
      records: data[name]?.length ?? 0,
      data: `/data/${name}.json`,
      ...((csvDatasets as readonly string[]).includes(name) ? { csv: `/data/${name}.csv` } : {}),
      schema: `/data/${name}.schema.json`,
    })),
    spreadsheets: [...graph.planVersions.values()].map((v) => ({
      title: titleOf(v),
      rows: v.actions.length,
      xlsx: `/data/plans/${planSheetName(v)}.xlsx`,
      csv: `/data/plans/${planSheetName(v)}.csv`,
    })),
    feeds: [
      { text: 'Statements and new documents from every council', href: '/feed.xml' },
      ...graph.authorities.map((a) => ({
        text: `${a.data.name}: statements and new documents`,
        href: `/${a.slug}/feed.xml`,
      })),
      ...[...graph.plans.values()].map((p) => ({
        text: `${p.data.title} (${p.authority.data.name}): new versions and what changed`,
        href: planFeedPath(p),
      })),
    ],
    dictionary: datasetNames().map((name) => ({ name, fields: dictionaryFields(name) })),
  };
}

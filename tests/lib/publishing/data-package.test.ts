import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../../src/lib/publishing/data-package.ts';
import { csvRows, openData } from '../../../src/lib/publishing/open-data.ts';
import { csvDatasets } from '../../../src/schemas/open-data.ts';
import { planSheetName, versionRows } from '../../../src/lib/publishing/plan-downloads.ts';
import { writeSheet } from '../../../src/lib/spreadsheets/sheet-files.ts';
import { descriptorProblems, packageProblems } from '../../data-package-check.ts';
import { threeGraph } from '../fixtures.ts';

const graph = threeGraph();
const site = {
  name: 'Fixture Tracker',
  tagline: 'A fixture',
  url: 'https://tracker.example/',
  publisher: 'Fixture Publisher',
  licence: { name: 'Open Government Licence v3.0', url: 'https://example.org/ogl' },
};
const descriptor = dataPackage(graph, site);

/** The files the site would publish under /data/, as a folder read by path. */
async function published(csv = (rows: string[][]) => writeSheet(rows, 'csv')): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>([['data/datapackage.json', Buffer.from(JSON.stringify(descriptor))]]);
  const data = openData(graph);
  for (const [name, records] of Object.entries(data))
    files.set(`data/${name}.json`, Buffer.from(JSON.stringify(records)));
  for (const name of csvDatasets) files.set(`data/${name}.csv`, await csv(csvRows(name, data)));
  for (const version of graph.planVersions.values()) {
    files.set(`data/plans/${planSheetName(version)}.csv`, await csv(versionRows(version)));
    files.set(`data/plans/${planSheetName(version)}.xlsx`, await writeSheet(versionRows(version), 'xlsx'));
  }
  return files;
}

describe('the data package', () => {
  it('describes every dataset and every plan version’s CSV and workbook, valid by the Data Package profiles', async () => {
    expect(descriptorProblems(descriptor)).toEqual([]);
    expect(descriptor.resources.map((r) => r.path)).toEqual(
      expect.arrayContaining(['actions.json', 'plans/fixture-plan-v1.csv', 'plans/fixture-plan-v3.xlsx']),
    );
    const files = await published();
    const expected = [...files.keys()].filter((f) => f !== 'data/datapackage.json').map((f) => f.slice('data/'.length));
    expect(await packageProblems('data', (p) => files.get(p), expected)).toEqual([]);
  });

  it('gives each CSV column its meaning and the values it allows', () => {
    const csv = descriptor.resources.find((r) => r.path === 'plans/fixture-plan-v3.csv')!;
    const field = (name: string) => csv.schema!.fields.find((f) => f.name === name)!;
    expect(field('Due date (ISO 8601)').description).toMatch(/ISO 8601 at their precision/);
    expect(field('RAG').constraints?.enum).toEqual(['Green', 'Amber', 'Red']);
    expect(csv.dialect).toMatchObject({ lineTerminator: '\r\n', header: true });
    const actions = descriptor.resources.find((r) => r.name === 'actions')!;
    expect(actions.schema!.fields.find((f) => f.name === 'due')).toMatchObject({ type: 'string' });
    expect(actions.schema!.fields.find((f) => f.name === 'ref')).toMatchObject({ constraints: { required: true } });
  });

  it('is refused when a CSV has no byte-order mark, ends rows with a bare line feed, or renames a column', async () => {
    const withoutBom = await published(async (rows) => (await writeSheet(rows, 'csv')).subarray(3));
    expect(await packageProblems('data', (p) => withoutBom.get(p))).toContain(
      'fixture-plan-v1: no UTF-8 byte-order mark, so Excel on Windows misreads its dashes and accents',
    );
    const lf = await published(async (rows) =>
      Buffer.from((await writeSheet(rows, 'csv')).toString().replace(/\r\n/g, '\n')),
    );
    expect((await packageProblems('data', (p) => lf.get(p))).join('\n')).toMatch(/bare line feed/);
    const renamed = await published((rows) =>
      writeSheet([rows[0]!.map((c) => (c === 'RAG' ? 'Rating' : c)), ...rows.slice(1)], 'csv'),
    );
    expect((await packageProblems('data', (p) => renamed.get(p))).join('\n')).toMatch(/the header is .*"Rating"/);
    const missing = await published();
    missing.delete('data/plans/fixture-plan-v2.xlsx');
    expect(await packageProblems('data', (p) => missing.get(p))).toEqual([
      'fixture-plan-v2-xlsx: plans/fixture-plan-v2.xlsx is missing',
    ]);
  });

  it('is refused by the profile when a name breaks the specification', () => {
    expect(descriptorProblems({ ...descriptor, name: 'Fixture Tracker' })).toEqual([
      'datapackage.json/name: must match pattern "^([-a-z0-9._/])+$"',
    ]);
    const undescribed = {
      ...descriptor,
      resources: descriptor.resources.map((r) => ({ ...r, schema: r.schema && { fields: [] } })),
    };
    expect(descriptorProblems(undescribed).length).toBeGreaterThan(0);
  });
});

// The kinds table: one row per kind of page, every column filled, and every per-kind list of the
// site derived from it, so a new kind needs a row (and its own schema, view and page), nothing else.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { checkSources } from '../../../src/lib/graph/integrity/sources.ts';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  partnerInspectionRow,
  registerPartnerInspection,
  unregisterPartnerInspection,
  writePartnerInspection,
  writePartnerInspections,
  type PartnerInspectionNode,
} from '../../fixtures/partner-inspection.ts';
import { collections } from '../../../src/lib/content/collections.ts';
import { parseContent } from '../../../src/lib/content/parse-content.ts';
import { readSources } from '../../../src/lib/content/read-sources.ts';
import { buildGraph } from '../../../src/lib/graph/build.ts';
import { datasetJsonSchema, datasetNames, openData } from '../../../src/lib/publishing/open-data.ts';
import { datedDocuments } from '../../../src/lib/graph/as-of.ts';
import type { AuthorityNode, PeerReviewNode } from '../../../src/lib/graph/graph.ts';
import {
  dateOf,
  inspectionBegan,
  kindRows,
  kinds,
  pageNodes,
  statementTypes,
  titleOf,
  urlOf,
  type KindRow,
} from '../../../src/lib/graph/kinds.ts';
import { openDataRecords } from '../../../src/schemas/open-data.ts';
import { inspectionDate } from '../../../src/lib/derivations/position.ts';
import { timelineOf, undatedOf } from '../../../src/lib/derivations/timeline.ts';
import { feedEntries } from '../../../src/lib/publishing/feeds.ts';
import { searchMetaOf } from '../../../src/lib/search/search-meta.ts';
import { searchFilterOptions } from '../../../src/lib/search/search-options.ts';
import { documentDate, overviewView } from '../../../src/lib/views/overview.ts';
import { sourceView } from '../../../src/lib/views/source.ts';
import { bundledGraph, scratchContent } from '../../helpers.ts';

const graph = bundledGraph();
const torbay = graph.authorityBySlug.get('torbay')!;

/** Every column a row must fill (`null` where it does not apply). */
const columns = [
  'authority',
  'collection',
  'date',
  'dates',
  'documents',
  'feed',
  'openData',
  'overview',
  'parts',
  'path',
  'plain',
  'plan',
  'ref',
  'search',
  'sources',
  'timeline',
  'title',
];

describe('the kinds table', () => {
  it('has every column in every row, and a row for every kind of page the graph builds', () => {
    for (const [kind, row] of Object.entries(kinds)) {
      expect({ kind, columns: Object.keys(row).sort() }).toEqual({ kind, columns });
      for (const column of columns) expect(row[column as keyof typeof row], `${kind}.${column}`).not.toBeUndefined();
    }
    const built = new Set(pageNodes(graph.authorities).map((n) => n.kind));
    expect([...built].sort()).toEqual(Object.keys(kinds).sort());
  });

  it('the compiler names a column a row leaves out', () => {
    const withoutFeed: Omit<KindRow<PeerReviewNode>, 'feed'> = kinds.peerReview;
    // @ts-expect-error: a row without its feed column is not a row (tsc fails here if the column became optional)
    const row: KindRow<PeerReviewNode> = withoutFeed;
    expect(row.path).toBe(kinds.peerReview.path);
  });

  it('names real collections, statement reference types and open-data sets', () => {
    for (const row of kindRows()) {
      if (row.collection) expect(Object.keys(collections)).toContain(row.collection);
      // A plain kind's set is made from its files; every other kind names one of the sets built for it.
      if (!row.plain) expect(Object.keys(openDataRecords)).toContain(row.openData);
    }
    // Every type a statement can name is one kind's, once, and the folder of its collection.
    expect(statementTypes()).toEqual([
      'inspections',
      'monitoring-visits',
      'notices',
      'plans',
      'peer-reviews',
      'statements',
    ]);
    for (const row of kindRows()) if (row.ref !== null) expect(collections[row.collection!].dir, row.ref).toBe(row.ref);
  });

  it('gives every page node a path, a title and a search entry from its row', () => {
    for (const node of pageNodes(graph.authorities)) {
      expect(urlOf(node)).toMatch(/^\/[a-z0-9-]+\/(.+\/)?$/);
      expect(titleOf(node)).not.toBe('');
      expect(searchMetaOf(node).filters.type).toEqual([searchMetaOf(node).type]);
    }
  });
});

describe("an inspection's date: one precedence, used by every view", () => {
  const ofsted2018 = graph.inspections.get('torbay/ofsted-2018')!;
  const without = (...fields: ('published' | 'fieldworkEnd' | 'fieldworkStart')[]) =>
    ({
      ...ofsted2018,
      data: { ...ofsted2018.data, fieldworkEnd: '2018-07', ...Object.fromEntries(fields.map((f) => [f, undefined])) },
    }) as typeof ofsted2018;

  it('is the report published, else the end of fieldwork, else its start', () => {
    expect(dateOf(ofsted2018).date).toBe('2018-08');
    expect(dateOf(without('published')).date).toBe('2018-07');
    expect(dateOf(without('published', 'fieldworkEnd')).date).toBe('2018-06');
  });

  it('began with its fieldwork, else at its date (what came before it is history)', () => {
    expect(inspectionBegan(ofsted2018.data)).toBe('2018-06');
    expect(inspectionBegan(without('fieldworkStart').data)).toBe('2018-08');
    expect(inspectionBegan(without('fieldworkStart', 'published').data)).toBe('2018-07');
  });

  it('is the date the overview, the position and the as-of date use', () => {
    const inspection = without('published');
    expect(documentDate(inspection)).toBe('2018-07');
    expect(inspectionDate(inspection)).toBe('2018-07');
    const council = {
      ...torbay,
      inspections: [inspection],
      monitoringVisits: [],
      notices: [],
      plans: [],
      peerReviews: [],
    };
    expect(datedDocuments(council as AuthorityNode)).toEqual([{ date: '2018-07', title: ofsted2018.data.title }]);
  });
});

describe('a new kind of document needs its collection and kinds rows, its schema, view and page, nothing else', () => {
  // tests/fixtures/partner-inspection.ts: its schema, its collection row and its kinds row.
  afterEach(unregisterPartnerInspection);
  const dir = scratchContent('new-kind-');
  const roots = { content: join(dir, 'content'), data: join(dir, 'data') };
  const file = (council: string, id: string, data: object) => writePartnerInspection(roots, council, id, data);
  writePartnerInspections(roots);
  const row = partnerInspectionRow;
  type Fake = PartnerInspectionNode;
  const register = registerPartnerInspection;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const load = () => parseContent(readSources(roots), roots);
  const built = () => {
    const { content, problems } = load();
    expect(problems).toEqual([]);
    return buildGraph(content);
  };

  it('is refused as a file of no collection before its rows are added', () => {
    expect(load().problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^this file belongs to no collection/),
    );
  });

  it('is read, checked against its schema and its council, and built into the graph in date order', () => {
    register();
    const torbay = built().authorityBySlug.get('torbay')!;
    const nodes = row.documents(torbay) as unknown as Fake[];
    expect(nodes.map((n) => [n.kind, n.key, n.data.date])).toEqual([
      ['partnerInspection', 'torbay/partner-2017', '2017'],
      ['partnerInspection', 'torbay/partner-2019', '2019-03'],
    ]);
    file('nowhere', 'partner-2020', { title: 'Partner agency inspection, 2020', sources: [{ title: 'Y' }] });
    file('torbay', 'partner-undated', { title: '', sources: [] });
    try {
      const { content, problems } = load();
      expect(problems.map((p) => p.file)).toEqual([
        expect.stringMatching(/partner-inspections\/torbay\/partner-undated\.json$/),
        expect.stringMatching(/partner-inspections\/torbay\/partner-undated\.json$/),
      ]);
      expect(() => buildGraph(content)).toThrow(/nowhere/);
    } finally {
      rmSync(join(roots.content, 'partner-inspections', 'nowhere'), { recursive: true });
      rmSync(join(roots.content, 'partner-inspections', 'torbay', 'partner-undated.json'));
    }
  });

  it('is checked word for word against the source file it names', () => {
    register();
    const sourceFile = join(roots.content, 'sources', 'torbay', 'partner-2021.txt');
    writeFileSync(sourceFile, 'Partner agency inspection, 2021\n\nThe partnership has improved.\n');
    const words = (title: string) =>
      file('torbay', 'partner-2021', { title, date: '2021', sources: [{ title: 'Report', file: 'partner-2021.txt' }] });
    const checked = () => {
      const files = readSources(roots);
      const { content } = parseContent(files, roots);
      return checkSources(content, files, roots.content).problems.filter((p) => p.file.includes('partner-2021'));
    };
    try {
      words('Partner agency inspection, 2021');
      expect(checked()).toEqual([]);
      words('Partner agency inspection, 2021: outstanding');
      expect(checked().map((p) => p.path)).toEqual(['title']);
    } finally {
      rmSync(sourceFile);
      rmSync(join(roots.content, 'partner-inspections', 'torbay', 'partner-2021.json'));
    }
  });

  it('can be what a statement is about, by its folder, once its row says so', () => {
    const statementFile = join(roots.content, 'statements', 'torbay', 'pr5220-2016-01-05.mdx');
    const before = readFileSync(statementFile, 'utf8');
    writeFileSync(
      statementFile,
      before.replace(
        '  - "inspections/ofsted-2015"',
        '  - "inspections/ofsted-2015"\n  - "partner-inspections/partner-2019"',
      ),
    );
    try {
      // The schema checks the reference's shape only; the check knows the kinds (its files are no collection's yet).
      expect(load().problems.filter((p) => p.file.includes('statements'))).toEqual([]);
      expect(() => buildGraph(load().content)).toThrow(/"partner-inspections" is not a kind of document a statement/);
      register();
      const graph = built();
      const statement = graph.statements.get('torbay/pr5220-2016-01-05')!;
      expect(statement.about.map((n) => urlOf(n))).toEqual([
        '/torbay/inspections/ofsted-2015/',
        '/torbay/partner-inspections/partner-2019/',
      ]);
      // The published schema of the statements' open data names the types a statement can be about.
      expect(JSON.stringify(datasetJsonSchema('statements'))).toContain('|statements|partner-inspections)');
    } finally {
      writeFileSync(statementFile, before);
    }
  });

  it('gets its path, title, search entry and source block from its row', () => {
    register();
    const node = built().authorityBySlug.get('torbay')!.plainDocuments.get('partnerInspection')!.at(-1)!;
    expect(urlOf(node)).toBe('/torbay/partner-inspections/partner-2019/');
    expect(titleOf(node)).toBe('Partner agency inspection, 2019');
    expect(searchMetaOf(node).type).toBe('Partner inspection');
    expect(sourceView(node)?.items.map((i) => i.title)).toEqual(['Partner agency inspection report']);
  });

  it("appears in the council's pages, feed, timeline, as-of documents, overview and search options", () => {
    register();
    const graph = built();
    const torbay = graph.authorityBySlug.get('torbay')!;
    const node = torbay.plainDocuments.get('partnerInspection')!.at(-1)!;
    expect(pageNodes(graph.authorities)).toContain(node);
    expect(feedEntries(torbay).find((e) => e.node === node)).toMatchObject({
      date: '2019-03',
      title: 'Partner agency inspection, 2019',
    });
    expect(timelineOf(torbay).find((e) => e.node === node)).toMatchObject({
      date: '2019-03',
      title: 'Partner agency inspection, 2019 published',
    });
    expect(undatedOf(torbay).map((e) => e.node)).not.toContain(node);
    expect(datedDocuments(torbay)).toContainEqual({ date: '2019-03', title: 'Partner agency inspection, 2019' });
    const group = overviewView(torbay).documents.find((g) => g.heading === 'Partner inspections');
    expect(group?.items.map((i) => [i.text, i.href, i.date])).toEqual([
      ['Partner agency inspection, 2017', '/torbay/partner-inspections/partner-2017/', '2017'],
      ['Partner agency inspection, 2019', '/torbay/partner-inspections/partner-2019/', 'March 2019'],
    ]);
    expect(searchFilterOptions(graph).type).toContain('Partner inspection');
  });

  it('is published as open data in a set of its own, described by a JSON Schema made from its schema', () => {
    register();
    const data = openData(built());
    expect(datasetNames()).toContain('partner-inspections');
    expect(data['partner-inspections']).toEqual([
      {
        authority: 'torbay',
        id: 'partner-2017',
        title: 'Partner agency inspection, 2017',
        date: '2017',
        sources: [{ title: 'X' }],
      },
      {
        authority: 'torbay',
        id: 'partner-2019',
        title: 'Partner agency inspection, 2019',
        date: '2019-03',
        sources: [{ title: 'Partner agency inspection report' }],
      },
    ]);
    const validate = new Ajv2020({ strict: false }).compile(datasetJsonSchema('partner-inspections'));
    expect(validate(data['partner-inspections'])).toBe(true);
    expect(validate([{ title: 'No council or id' }])).toBe(false);
  });
});

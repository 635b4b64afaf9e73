// The kinds table: one row per kind of page, every column filled, and every per-kind list of the
// site derived from it, so a new kind needs a row (and its own schema, view and page), nothing else.
import { afterEach, describe, expect, it } from 'vitest';
import { documentTypes } from '../../../src/lib/base/ids.ts';
import { collections } from '../../../src/lib/content/collections.ts';
import { datedDocuments } from '../../../src/lib/graph/as-of.ts';
import type { AuthorityNode, LinkableNode, PeerReviewNode } from '../../../src/lib/graph/graph.ts';
import {
  dateOf,
  documentsOf,
  inspectionBegan,
  kindRows,
  kinds,
  pageNodes,
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
import { bundledGraph } from '../../helpers.ts';

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
      expect(Object.keys(openDataRecords)).toContain(row.openData);
    }
    // Every type a statement can name is one kind's, once.
    expect(
      kindRows()
        .map((r) => r.ref)
        .filter((r) => r !== null)
        .sort(),
    ).toEqual([...documentTypes].sort());
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

describe('a new kind of document needs only its row', () => {
  // A partner agency's inspection: a kind the site does not have, registered by one row.
  const fake = {
    kind: 'partnerInspection',
    key: 'torbay/partner-2019',
    slug: 'partner-2019',
    file: 'partner-inspections/torbay/partner-2019.json',
    authority: torbay,
    data: {
      title: 'Partner agency inspection, 2019',
      date: '2019-03',
      sources: [{ title: 'Partner agency inspection report' }],
    },
  } as const;
  const node = fake as unknown as LinkableNode;
  type Fake = typeof fake;
  // Typed by the table's column names: a column left out here fails to compile, as in the table.
  const row = {
    collection: null,
    documents: (a: AuthorityNode) => (a.slug === 'torbay' ? [node] : []),
    parts: null,
    ref: null,
    path: (n: Fake) => `/${n.authority.slug}/partner-inspections/${n.slug}/`,
    title: (n: Fake) => n.data.title,
    authority: (n: Fake) => n.authority,
    plan: null,
    date: (n: Fake) => ({ date: n.data.date }),
    dates: (n: Fake) => [{ date: n.data.date, title: n.data.title }],
    overview: 'Partner inspections',
    sources: (n: Fake) => n.data.sources,
    search: (n: Fake) => ({
      type: 'Partner inspection',
      title: n.data.title,
      breadcrumb: n.authority.data.name,
      filters: { type: ['Partner inspection'], authority: [n.authority.data.name] },
    }),
    feed: (n: Fake) => ({ title: n.data.title, summary: `${n.data.title}, published.` }),
    timeline: (n: Fake) => [{ date: n.data.date, kind: 'inspection', node: n, title: `${n.data.title} published` }],
    openData: 'inspections',
  } satisfies Record<keyof KindRow<LinkableNode>, unknown>;
  const table = kinds as unknown as Record<string, unknown>;
  const withRow = () => {
    table.partnerInspection = row;
  };
  afterEach(() => {
    delete table.partnerInspection;
  });

  it('appears in no list before its row is added', () => {
    expect(documentsOf(torbay).map((d) => d.node)).not.toContain(node);
    expect(feedEntries(torbay).map((e) => e.node)).not.toContain(node);
  });

  it('gets its path, title and search entry from its row', () => {
    withRow();
    expect(urlOf(node)).toBe('/torbay/partner-inspections/partner-2019/');
    expect(titleOf(node)).toBe('Partner agency inspection, 2019');
    expect(searchMetaOf(node).type).toBe('Partner inspection');
    expect(sourceView(node)?.items.map((i) => i.title)).toEqual(['Partner agency inspection report']);
  });

  it("appears in the council's documents, feed, timeline, as-of documents, overview and search options", () => {
    withRow();
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
      ['Partner agency inspection, 2019', '/torbay/partner-inspections/partner-2019/', 'March 2019'],
    ]);
    expect(searchFilterOptions(graph).type).toContain('Partner inspection');
  });
});

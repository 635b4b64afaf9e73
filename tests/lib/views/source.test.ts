// sourceView: every document page names the document it was read from, as published, and never
// invents a publisher, a day or an address (issue 13: "every document page links its source").
import { describe, expect, it } from 'vitest';
import type { LinkableNode } from '../../../src/lib/graph/graph.ts';
import { addressNotRecorded, notInSource, sourceItem, sourceView } from '../../../src/lib/views/source.ts';
import { bundledGraph, bundledSources, otherGraph } from '../../helpers.ts';

const graph = bundledGraph();
const others = otherGraph();

/** Every document node of a graph: the pages that must carry a source block. */
function documents(g: typeof graph): LinkableNode[] {
  return [
    ...g.inspections.values(),
    ...g.monitoringVisits.values(),
    ...g.notices.values(),
    ...g.plans.values(),
    ...g.planVersions.values(),
    ...g.peerReviews.values(),
    ...g.statements.values(),
  ];
}

describe('sourceView on the bundled content', () => {
  it('gives every document page a source block, and no other page one', () => {
    for (const node of documents(graph)) expect(sourceView(node), node.kind).toBeDefined();
    const torbay = graph.authorityBySlug.get('torbay')!;
    expect(sourceView(torbay)).toBeUndefined();
    const action = [...graph.planVersions.values()][0]!.actions[0]!;
    expect(sourceView(action)).toBeUndefined();
  });

  it('says the plan version was read from the plan, published by Torbay Council, October 2019 (no day invented)', () => {
    const v1 = [...graph.planVersions.values()].find((v) => v.slug === 'v1')!;
    expect(sourceView(v1)).toMatchInlineSnapshot(`
      {
        "heading": "Source document",
        "intro": "This page is read from this document, as published:",
        "items": [
          {
            "addressNote": "No public web address for it is recorded here",
            "date": "October 2019",
            "datetime": "2019-10",
            "publisher": "Torbay Council",
            "publisherKnown": true,
            "title": "Torbay Children's Services Improvement Plan, Version 1, October 2019",
          },
        ],
        "printLine": "Torbay Children's Services Improvement Plan, Version 1, October 2019",
      }
    `);
  });

  it('says what the notices do not give: no publisher is named, the Date line is blank', () => {
    const notice = [...graph.notices.values()].find((n) => n.authority.slug === 'worcestershire')!;
    expect(sourceView(notice)).toMatchInlineSnapshot(`
      {
        "heading": "Source document",
        "intro": "This page is read from this document, as published:",
        "items": [
          {
            "addressNote": "No public web address for it is recorded here",
            "date": "Not in the source",
            "publisher": "Not in the source",
            "publisherKnown": false,
            "title": "Improvement Notice to Worcestershire County Council, 2011",
          },
        ],
        "printLine": "Improvement Notice to Worcestershire County Council, 2011 (date not in the source)",
      }
    `);
  });

  it('lists each source of a page read from two documents', () => {
    const inspection = graph.inspections.get('torbay/ofsted-2015')!;
    expect(sourceView(inspection)!.items.map((i) => `${i.title} | ${i.publisher} | ${i.date}`)).toMatchInlineSnapshot(`
      [
        "Joint Statement PR5220, 5 January 2016 | Not in the source | 5 January 2016",
        "Torbay Children's Services Improvement Plan, version 1, October 2019 | Torbay Council | October 2019",
      ]
    `);
  });

  it('never invents a publisher: every publisher recorded is named in the seed it was read from', () => {
    for (const node of documents(graph)) {
      for (const s of (node as { data: { sources: { file?: string; publisher?: string }[] } }).data.sources) {
        if (!s.publisher) continue;
        const source = bundledSources.find((d) => d.file === s.file);
        expect(source, `${s.file} is kept beside the content`).toBeDefined();
        const seed = source!.text.replace(/\s+/g, ' ').toLowerCase();
        expect(seed, `${s.file} names ${s.publisher}`).toContain(s.publisher.toLowerCase());
      }
    }
  });

  it('never invents an address: the seeds give none, so no bundled page has one and each says so', () => {
    for (const node of documents(graph)) {
      for (const item of sourceView(node)!.items) {
        expect(item.address).toBeUndefined();
        expect(item.addressNote).toBe('No public web address for it is recorded here');
      }
    }
  });
});

describe('sourceView on other councils (fixtures)', () => {
  it('gives every fixture document a block, with "Not in the source" where the fixture names no publisher', () => {
    const lines = documents(others).map((node) => {
      const view = sourceView(node)!;
      return `${node.kind} ${'slug' in node ? node.slug : ''}: ${view.items.map((i) => `${i.title} | ${i.publisher} | ${i.date}`).join(' ; ')}`;
    });
    expect(lines).toMatchInlineSnapshot(`
      [
        "inspection ofsted-2015: Test fixture: not a real council or document | Not in the source | Not in the source",
        "inspection ilacs-2023: Test fixture: not a real council or document | Not in the source | Not in the source",
        "inspection ofsted-2013: Test fixture: not a real council or document | Not in the source | Not in the source",
        "monitoringVisit september-2023: Test fixture: not a real council or document | Not in the source | Not recorded separately from the date above (4 October 2023)",
        "monitoringVisit december-2023: Test fixture: not a real council or document | Not in the source | Not in the source",
        "notice improvement-notice-2013: Test fixture: not a real council or document | Not in the source | Not recorded separately from the date above (3 August 2013)",
        "notice improvement-notice-2015: Test fixture: not a real council or document | Not in the source | Not recorded separately from the date above (1 June 2015)",
        "notice improvement-notice-2023: Test fixture: not a real council or document | Not in the source | Not recorded separately from the date above (June 2023)",
        "notice direction-2024: Test fixture: not a real council or document | Not in the source | Not recorded separately from the date above (15 January 2024)",
        "plan improvement-plan: Test fixture: not a real council or document | Not in the source | Not in the source",
        "planVersion v1: Test fixture: not a real council or document | Eastborough (a test fixture) | November 2023",
        "statement statement-2025-01-10: Test fixture: not a real council or document | Not in the source | Not recorded separately from the date above (10 January 2025)",
      ]
    `);
  });
});

describe('sourceItem', () => {
  it('links a recorded address and shows a date at its own precision', () => {
    expect(
      sourceItem({
        title: 'Improvement plan, version 2',
        publisher: 'Northmoor Borough Council',
        date: '2024',
        address: 'https://www.example.gov.uk/improvement-plan-v2.pdf',
      }),
    ).toEqual({
      title: 'Improvement plan, version 2',
      publisher: 'Northmoor Borough Council',
      publisherKnown: true,
      date: '2024',
      datetime: '2024',
      address: 'https://www.example.gov.uk/improvement-plan-v2.pdf',
    });
  });

  it('words what is missing as a state of the source or of this site', () => {
    const item = sourceItem({ title: 'A notice' });
    expect(item.publisher).toBe(notInSource);
    expect(item.publisherKnown).toBe(false);
    expect(item.date).toBe('Not in the source');
    expect(item.addressNote).toBe(addressNotRecorded);
    expect(item.addressNote).not.toMatch(/not (online|published|available)/);
  });

  it('says an original statement was written for this site', () => {
    const statement = [...graph.statements.values()][0]!;
    const original = { ...statement, data: { ...statement.data, origin: 'original' as const } };
    expect(sourceView(original)!.intro).toMatch(/^This statement was written for this site/);
    expect(sourceView(statement)!.intro).not.toMatch(/written for this site/);
  });
});

describe("the source block beside the page's own date", () => {
  it('never says "Not in the source" under a date the page reads from that same source', () => {
    // Eastborough's statement: "Published 10 January 2025", read from its one source, which records no date of its own.
    const statement = others.statements.get('eastborough/statement-2025-01-10')!;
    const view = sourceView(statement)!;
    expect(view.items[0]!.date).toBe('Not recorded separately from the date above (10 January 2025)');
    expect(view.printLine).toBe('Test fixture: not a real council or document (dated 10 January 2025)');
    // An inferred date is not read in the source, so there the source's date is indeed not in it.
    const worcestershire = [...graph.notices.values()].find((n) => n.authority.slug === 'worcestershire')!;
    expect(sourceView(worcestershire)!.items[0]!.date).toBe(notInSource);
  });
});

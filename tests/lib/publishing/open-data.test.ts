import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  csvRows,
  datasetJsonSchema,
  datasetNames,
  datasetRecord,
  openData,
} from '../../../src/lib/publishing/open-data.ts';
import {
  openDataRecords,
  type FigureRecord,
  type FindingRecord,
  type RecommendationViewsRecord,
} from '../../../src/schemas/open-data.ts';
import { bundledGraph, otherGraph } from '../../helpers.ts';

const data = openData(bundledGraph());
// The bundled content publishes no indicator figures and ties no finding: the other councils' fixture does.
const otherData = openData(otherGraph());
const someData = (name: string) => ((data[name] as unknown[]).length > 0 ? data : otherData);

describe('open data', () => {
  it('publishes every action of every plan version with its lead, timescale and citations', () => {
    const actions = data.actions as z.infer<typeof openDataRecords.actions>[];
    expect(actions).toHaveLength(36);
    expect(actions[0]).toMatchObject({
      authority: 'torbay',
      plan: 'improvement-plan',
      version: 'v1',
      ref: '1.1.1',
      lead: 'CEO and Senior Leaders',
      timescale: 'Immediate',
      due: null,
      immediate: true,
      rag: null,
      ragLabel: 'Not yet rated',
      recommendations: ['8'],
      paragraphs: [83, 85, 86],
      monitoringVisits: [],
    });
    const a412 = actions.find((a) => a.ref === '4.1.2')!;
    expect(a412).toMatchObject({
      lead: 'Deputy DCS',
      timescale: '31 st December 2019',
      due: '2019-12-31',
      paragraphs: [91, 92],
    });
    const a231 = actions.find((a) => a.ref === '2.3.1')!;
    expect(a231.monitoringVisits).toEqual(['january-2019', 'april-2019', 'october-2019']);
  });

  it('publishes 16 recommendations of the 2018 report, 6 repeated, none unaddressed', () => {
    const recs = (data.recommendations as z.infer<typeof openDataRecords.recommendations>[]).filter(
      (r) => r.authority === 'torbay' && r.inspection === 'ofsted-2018',
    );
    expect(recs).toHaveLength(16);
    expect(recs.filter((r) => r.repeated)).toHaveLength(6);
    expect(recs.filter((r) => r.unaddressed)).toHaveLength(0);
    expect(recs.find((r) => r.id === '2')!.objectives.map((o) => o.ref)).toEqual(['2.4', '2.5']);
  });

  it('matches its own schema, record by record, in every dataset', () => {
    for (const name of datasetNames()) {
      for (const set of [data, otherData]) {
        const result = z.array(datasetRecord(name)).safeParse(set[name]);
        expect(result.error?.issues ?? [], name).toEqual([]);
      }
      expect((someData(name)[name] as unknown[]).length, name).toBeGreaterThan(0);
    }
  });

  it('generates a JSON Schema for every dataset from the zod schemas', () => {
    const schema = datasetJsonSchema('actions') as {
      type: string;
      items: { properties: Record<string, { description?: string }>; required: string[] };
    };
    expect(schema.type).toBe('array');
    expect(schema.items.required).toContain('recommendations');
    expect(schema.items.properties.due!.description).toMatch(/Due date/);
  });

  it('publishes JSON Schemas that every dataset passes and that refuse a field they do not list', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    for (const name of datasetNames()) {
      const validate = ajv.compile(datasetJsonSchema(name));
      expect(validate(data[name]) ? [] : validate.errors, name).toEqual([]);
      expect(validate(otherData[name]) ? [] : validate.errors, name).toEqual([]);
      const [first, ...rest] = someData(name)[name] as Record<string, unknown>[];
      expect(validate([{ ...first, unlisted: 1 }, ...rest]), `${name} with an unlisted field`).toBe(false);
      expect(validate.errors?.[0]?.keyword).toBe('additionalProperties');
    }
  });
});

describe("open data: the inspectors' view beside the council's", () => {
  const other = otherData;

  it('publishes findings with what their letters tie them to, and nothing tied on the bundled content', () => {
    const findings = other.findings as FindingRecord[];
    expect(findings.map((f) => `${f.visit} ${f.number}: [${f.recommendations.join(',')}] ${f.tiedBy ?? '—'}`))
      .toMatchInlineSnapshot(`
        [
          "september-2023 1: [1] Progress against recommendation 1 (caseloads and supervision):",
          "september-2023 2: [2] Recommendation 2, the identification of and response to risk:",
          "december-2023 1: [2] In relation to recommendation 2,",
          "december-2023 2: [] —",
        ]
      `);
    expect((data.findings as FindingRecord[]).every((f) => f.recommendations.length === 0 && f.tiedBy === null)).toBe(
      true,
    );
  });

  it('publishes per recommendation both views with their dates, in JSON and CSV', () => {
    const views = other['recommendation-views'] as RecommendationViewsRecord[];
    expect(views.find((v) => v.recommendation === '2')!.inspectors).toMatchInlineSnapshot(`
      {
        "certain": true,
        "finding": "Risk is now identified promptly at the front door, and strategy discussions are timely.",
        "letter": null,
        "tiedBy": "In relation to recommendation 2,",
        "visit": "december-2023",
        "visited": "2023-12",
      }
    `);
    expect(csvRows('recommendation-views', other).map((r) => r.join(' | '))).toMatchInlineSnapshot(`
      [
        "authority | inspection | recommendation | councilPlan | councilVersion | councilVersionPublished | councilActions | councilRatings | inspectorsVisit | inspectorsVisited | inspectorsLetter | inspectorsFinding | inspectorsTiedBy | url",
        "westshire | ofsted-2015 | a |  |  |  |  |  |  |  |  |  |  | /westshire/inspections/ofsted-2015/recommendations/a/",
        "westshire | ofsted-2015 | b |  |  |  |  |  |  |  |  |  |  | /westshire/inspections/ofsted-2015/recommendations/b/",
        "westshire | ofsted-2015 | c |  |  |  |  |  |  |  |  |  |  | /westshire/inspections/ofsted-2015/recommendations/c/",
        "westshire | ofsted-2015 | d |  |  |  |  |  |  |  |  |  |  | /westshire/inspections/ofsted-2015/recommendations/d/",
        "eastborough | ilacs-2023 | 1 | improvement-plan | v1 | 2023-11 | 2 |  | september-2023 | 2023-09-12 | 2023-10-04 | Senior leaders have reduced social workers' caseloads, and most now receive regular supervision, although its quality remains variable. | Progress against recommendation 1 (caseloads and supervision): | /eastborough/inspections/ilacs-2023/recommendations/1/",
        "eastborough | ilacs-2023 | 2 | improvement-plan | v1 | 2023-11 | 2 |  | december-2023 | 2023-12 |  | Risk is now identified promptly at the front door, and strategy discussions are timely. | In relation to recommendation 2, | /eastborough/inspections/ilacs-2023/recommendations/2/",
        "eastborough | ilacs-2023 | 2.1 | improvement-plan | v1 | 2023-11 | 2 |  |  |  |  |  |  | /eastborough/inspections/ilacs-2023/recommendations/2.1/",
      ]
    `);
  });

  it("publishes the indicators' published figures, in JSON and CSV", () => {
    expect((other.figures as FigureRecord[]).map((f) => `${f.indicator} ${f.period}: ${f.value}`))
      .toMatchInlineSnapshot(`
      [
        "children-in-need-rate 2023-Q3: 470",
        "re-referrals FY2013/14: 35",
        "re-referrals 2016-09: 28",
      ]
    `);
    const [header, first] = csvRows('figures', other);
    expect(header).toEqual(Object.keys(openDataRecords.figures.shape));
    expect(first![header!.indexOf('value')]).toBe(String((other.figures[0] as FigureRecord).value));
  });
});
